"""Wire conventions of the audit10 census audit (events/wire.py, events/dating.py), on our sentences."""
from __future__ import annotations


def _events(text: str, published: str = "1996-08-22") -> set[tuple[str, str, str]]:
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published=published), pipe.nlp(text))
    return {(e.source.code, e.code, e.target.code) for e in art.events if e.target.code}


def test_a_chronology_entry_is_history():
    assert not _events("1979 - Egypt and Israel signed a peace treaty in Washington.")
    # the same act told as news codes
    assert ("EGY", "057", "ISR") in _events("Egypt and Israel signed a peace treaty in Washington on Monday.")

