"""Shared helpers for the entity/coref tests: run the entities stage on a hand-written text."""
from __future__ import annotations

from dateline.model import Article, Source, check_offsets


def annotate(text: str):
    """(article with entities, doc) for a text written in the test."""
    from dateline.nlp import load_nlp
    from dateline.resolve.entities import resolve_entities

    doc = load_nlp()(text)
    article = Article(text=text, source=Source("text"))
    article.entities = resolve_entities(doc, article)
    assert check_offsets(article) == []
    return article, doc


def entity(article, name):
    found = [e for e in article.entities if e.name == name]
    assert found, [(e.name, e.label) for e in article.entities]
    return found[0]


def refs_by_word(text: str) -> list[tuple[str, str]]:
    """(token text, entity name) for every token resolve_references ties to an entity."""
    from dateline.resolve.coref import resolve_references

    article, doc = annotate(text)
    names = {e.id: e.name for e in article.entities}
    return [(doc[i].text, names[eid]) for i, eid in sorted(resolve_references(doc, article).items())]
