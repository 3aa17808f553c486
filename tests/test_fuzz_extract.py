"""Fuzzing the cleaner and `dateline.extract()` with random and mutated inputs.

Properties: nothing but a DatelineError ever escapes (with a one-line message), every span
slices the text (check_offsets), and the id is stable (same input, same id; id = hash of text).

The default run is cheap; `scripts/fuzz` selects the long profile with
DATELINE_FUZZ_PROFILE=long (docs/reliability.md).
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings, strategies as st

import dateline
from dateline.clean import clean_document
from dateline.errors import DatelineError
from dateline.ingest.document import RawDocument
from dateline.model import article_id, check_offsets

settings.register_profile("dateline-quick", max_examples=12, deadline=None, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("dateline-long", max_examples=int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "1500")),
                          deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile("dateline-long" if os.environ.get("DATELINE_FUZZ_PROFILE") == "long"
                               else "dateline-quick")


def fuzz(weight: float = 1.0) -> settings:
    """This module's settings: the selected profile, scaled for cheap (>1) or costly (<1) tests."""
    return settings(PROFILE, max_examples=max(3, int(PROFILE.max_examples * weight)))


SENTENCES = [
    "The foreign ministers of Chile and Peru met in Lima on Monday.",
    "Police in Nairobi said on Friday that three people were arrested.",
    '"We will not accept this," the minister told reporters in Ankara.',
    "Talks resume next week, a spokesman for the United Nations said.",
    "By Jane Example, Staff Reporter",
    "OSLO, March 3 (Wire) - Norway will send aid to Chad, officials said.",
]
HOSTILE_BITS = [
    "\x00", "\x07", "\x1b[31m", "\r", "\r\n", "\u2028", "\u200b", "\u202e", "\ufeff", "\ufffd", "\x85", "\t\t\t",
    "“‘“‘nested “quotes” inside ‘quotes’’”", '"""', "«« »»", "„“", "'\"'\"'", "``''",
    "http://", "https://exa mple.com/<a>", "www.", "[link](http://", "mailto:", "http://[::1", "https://x.y/%zz",
    "<p>", "</div>", "<script>alert(1)</script>", "&amp;", "&#0;", "&#xD800;", "&bogus;",
    "x" * 20_000, "word " * 3000, "-\n", "\n\n\n\n", " " * 500, "Mr.", "U.S.", "12/31/2024", "2024-02-30",
    "Monday Tuesday yesterday tomorrow", "ÄÖÜ", "ğüşıöç", "中文报道", "العربية", "🇺🇦🚀",
]

mutated_text = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(HOSTILE_BITS),
                                  st.text(max_size=40)), min_size=1, max_size=25).map(" ".join)
any_text = st.one_of(st.text(max_size=600), mutated_text)


def check_extract(source: str | bytes) -> None:
    try:
        art = dateline.extract(source)
    except DatelineError as exc:
        assert "\n" not in str(exc) and str(exc).strip(), repr(str(exc))
        return
    assert check_offsets(art) == []
    assert art.id == article_id(art.text)
    assert dateline.extract(source).id == art.id  # same input, same id


@fuzz(0.7)
@given(any_text)
def test_extract_of_random_and_mutated_text(text):
    check_extract(text)


@fuzz(0.7)
@given(st.binary(max_size=2000))
def test_extract_of_random_bytes(data):
    check_extract(data)


@fuzz(0.5)
@given(mutated_text)
def test_extract_of_mutated_text_as_utf8_and_utf16_bytes(text):
    check_extract(text.encode("utf-8"))
    check_extract(b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass"))


@fuzz(4)
@given(any_text)
def test_cleaner_never_raises_anything_else_and_the_id_is_its_text_hash(text):
    raw = RawDocument(text=text, format="text", origin="fuzz.txt")
    try:
        art = clean_document(raw)
    except DatelineError as exc:
        assert str(exc).startswith("fuzz.txt: ") and "\n" not in str(exc)
        return
    assert art.text.strip() and art.id == article_id(art.text)
    assert clean_document(RawDocument(text=text, format="text", origin="again.txt")).text == art.text
