"""The binary-text test's control-character share, against its definition."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dateline.ingest.text import _control_ratio


def _by_definition(text: str) -> float:
    sample = text[:20000]
    bad = [ch for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or 0x7F <= ord(ch) < 0xA0]
    return len(bad) / len(sample) if sample else 0.0


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=300))
def test_the_share_matches_its_definition(text):
    assert _control_ratio(text) == _by_definition(text)


def test_line_breaks_and_tabs_are_not_controls_but_nul_and_c1_are():
    assert _control_ratio("a\tb\nc\r\n\f\v") == 0.0
    assert _control_ratio("ab\x00\x85") == 0.5
    assert _control_ratio("x" * 20000 + "\x00" * 100) == 0.0  # only the first 20,000 count
