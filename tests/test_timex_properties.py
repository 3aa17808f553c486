"""Property tests: the finder never crashes and every span slices the text exactly."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.resolve.time import annotate_text

_WORDS = ["on", "Tuesday", "last", "next", "week", "month", "year", "March", "May", "3", "2011",
          "ago", "two", "the", "day", "before", "every", "morning", "at", "3", "p.m.", "fiscal",
          "quarter", "third", "1990s", "-", "/", ",", ".", "'", "early", "late", "mid-", "of",
          "summer", "fall", "Christmas", "a", "half", "and", "years", "12:30", "noon", "FY",
          "decades-long", "10-year", "recent", "now", "Jan.", "Sept.", "30", "31", "29", "Feb."]
_TEXT = st.one_of(st.text(max_size=200),
                  st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join))
_ANCHOR = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()),
                    st.sampled_from(["2018-04-10T15:00:00Z", "not a date", ""]))


def _check(text: str, published: str | None) -> None:
    found = annotate_text(text, published)
    last_end = -1
    for tx in found:
        assert 0 <= tx.start < tx.end <= len(text)
        assert text[tx.start:tx.end] == tx.text
        assert tx.type in ("DATE", "TIME", "DURATION", "SET")
        assert tx.value
        assert tx.start >= last_end  # spans never overlap
        last_end = tx.end


@settings(max_examples=200, deadline=None)
@given(_TEXT, _ANCHOR)
def test_never_crashes_and_spans_slice_exactly(text, published):
    _check(text, published)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25).map(" ".join))
def test_with_a_parse_too(text):
    from dateline.nlp import load_nlp

    found = annotate_text(text, "2018-04-10", load_nlp()(text))
    for tx in found:
        assert text[tx.start:tx.end] == tx.text
