"""normalize.fix_encoding_damage skips ftfy on lines it cannot change: it must give exactly
what ftfy gives on the whole text, whatever the text."""
from __future__ import annotations

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.clean.normalize import fix_encoding_damage

SETTINGS = {"normalization": "NFC", "uncurl_quotes": False, "fix_line_breaks": True}

# Pieces that exercise every ftfy fixer and the cross-line HTML rule, mixed with plain words.
PIECES = ["plain words ", "\n", "\r\n", "\r", "&amp;", "&lt;b&gt;", "&eacute;", "<p>", "<", "caf\u00c3\u00a9",
          "\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d", "\u201ccurly\u201d", "\ufb01", "\uff21\uff22", "\x1b[31m",
          "\x00", "\x07", "\x7f", "\x85", "\u2028", "\f", "\v", "\t", "\u00a0", "e\u0301", "\ud7ff", "\u00ad",
          "Peugeot <PEUP.PA>", "AT&T", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_the_fast_path_equals_ftfy_on_mixed_text(pieces):
    text = "".join(pieces)
    assert fix_encoding_damage(text) == ftfy.fix_text(text, **SETTINGS)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_the_fast_path_equals_ftfy_on_any_text(text):
    assert fix_encoding_damage(text) == ftfy.fix_text(text, **SETTINGS)


def test_entities_after_a_tag_line_stay_escaped_as_ftfy_leaves_them():
    # ftfy stops unescaping once a line looks like HTML, for that line and every later one
    text = "Profits &amp; losses\n<b>bold</b>\nFish &amp; chips caf\u00c3\u00a9\n"
    fixed = fix_encoding_damage(text)
    assert fixed == ftfy.fix_text(text, **SETTINGS)
    assert fixed.startswith("Profits & losses\n") and "Fish &amp; chips caf\u00e9" in fixed


def test_plain_ascii_comes_back_as_the_same_object():
    text = "SEOUL, March 2 - Talks resumed on Monday.\n\nBoth sides said little.\n"
    assert fix_encoding_damage(text) is text
