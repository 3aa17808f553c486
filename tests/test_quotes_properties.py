"""The quotes stage never crashes and its spans always slice the text, whatever the text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.extraction.quotes import find_quotes
from dateline.model import Article, Source

PIECES = ["Anna Berg", " said", " told reporters", " he", " the minister", " according to",
          " that", " the plan", " will fail", ",", ".", ":", " “", "”", ' "', "''", "'", " ―",
          "\n\n", " It", " Reuters", " reported", " added", " ''a new era'", " — "]
TEXTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)


@given(TEXTS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_quote_spans_slice_the_text(pipeline, text):
    article = Article(text=text, source=Source("text"))
    doc = pipeline.nlp(text)
    article.entities = pipeline.stages[0][1](doc, article)
    for q in find_quotes(doc, article):
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text
        assert q.kind in ("direct", "indirect")
        for span in (q.cue_span, q.speaker_span):
            if span is not None:
                assert 0 <= span["start"] <= span["end"] <= len(text)
        if q.speaker is not None:
            assert article.entity(q.speaker) is not None


SPANS = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)).map(lambda t: (t[0], t[0] + t[1])),
                 max_size=12)


@given(SPANS, st.lists(st.integers(0, 270), min_size=1, max_size=20))
@settings(max_examples=200, deadline=None)
def test_indexed_inside_agrees_with_a_plain_scan(spans, positions):
    from dateline.extraction.quote_indirect import _inside

    for pos in positions:
        assert _inside(pos, spans) == any(s <= pos < e for s, e in spans)
    other = list(spans) + [(0, 1)]  # a new list is indexed afresh
    assert _inside(0, other)
