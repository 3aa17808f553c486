"""Property tests: the cleaner never crashes, and its output always has the contract's shape."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings, strategies as st

from dateline.clean import clean_document
from dateline.errors import DatelineError
from dateline.ingest.document import RawDocument

URL = re.compile(r"https?://|www\.", re.IGNORECASE)

# Pieces of real-looking noise mixed with arbitrary text, so the search reaches the
# cleaner's branches (dates, links, bylines, hyphens, quotes, page breaks) and not only
# random unicode.
PIECES = st.sampled_from([
    "\n", "\n\n", "\f", "-\n", " ", "''", "``", "'", '"', "Related article: ", "See also: ",
    "https://example.org/2031/01/02/a_b", "www.example.com/x", "By Jane Roe", "April 10,2018",
    "Photo: A / B", "(AP Photo/C)", "MOSCOW (Reuters) - ", "Reuters contributed reporting.",
    "WORLD | ASIA", "Page 1 of 2", "The minister said.", "talks", "al", "Assad", "\u00ad", "â€™",
    "...", "   ", "\t", "\r\n",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=60).map("".join)


def _clean(text: str):
    try:
        return clean_document(RawDocument(text=text, format="text", origin="prop"))
    except DatelineError:
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_cleaning_never_crashes_and_body_has_contract_shape(text):
    art = _clean(text)
    if art is None:
        return
    body = art.text
    assert body and body == body.strip()
    assert "\n\n\n" not in body
    paragraphs = body.split("\n\n")
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)
    assert "\f" not in body
    assert not URL.search(body), "a URL stayed in the body"
    for link in art.links:
        assert link.url or link.text
    if art.published is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", art.published)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(text):
    art = _clean(text)
    if art is not None:
        assert "\n\n\n" not in art.text and not URL.search(art.text)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_cleaning_is_deterministic(text):
    a, b = _clean(text), _clean(text)
    assert (a is None) == (b is None)
    if a is not None:
        assert a.to_dict() == b.to_dict()
