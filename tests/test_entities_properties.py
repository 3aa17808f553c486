"""Property tests: the entities stage and coreference never crash and keep offsets exact."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from dateline.model import Article, Source, check_offsets

_WORDS = st.sampled_from([
    "Russia", "U.S.", "the", "The", "minister", "Foreign", "Minister", "said", "he", "she", "it",
    "they", "Lavrov", "Sergei", "Ri", "Yong", "Ho", "LONDON", "2", "-", "1", "'s", ",", ".", "\n",
    "\n\n", "Related article:", "United", "Leeds", "President", "Kim", "visit", "to", "China",
    "NEWS", "AGENCY", "daily", "Ms.", "of", "Secretary-General", "al-Assad", "Erdoğan", "&",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=40))
def test_entities_and_references_keep_offsets(words):
    from dateline.nlp import load_nlp
    from dateline.resolve.coref import resolve_references
    from dateline.resolve.entities import resolve_entities

    text = " ".join(words).strip() or "x"
    doc = load_nlp()(text)
    art = Article(text=text, source=Source("text"))
    art.entities = resolve_entities(doc, art)
    assert check_offsets(art) == []
    ids = {e.id for e in art.entities}
    assert [e.id for e in art.entities] == [f"e{k + 1}" for k in range(len(art.entities))]
    refs = resolve_references(doc, art)
    assert set(refs.values()) <= ids
    assert all(0 <= i < len(doc) for i in refs)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=200))
def test_entities_on_arbitrary_text(text):
    from dateline.nlp import load_nlp
    from dateline.resolve.entities import resolve_entities

    doc = load_nlp()(text)
    art = Article(text=text, source=Source("text"))
    art.entities = resolve_entities(doc, art)
    assert check_offsets(art) == []
