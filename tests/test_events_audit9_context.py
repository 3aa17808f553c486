"""A denial answers whoever accused the denier (events/context.py `accuser`), on articles we wrote."""
from __future__ import annotations


def _events(text: str) -> set[tuple[str, str, str]]:
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published="1996-08-22"), pipe.nlp(text))
    return {(e.source.code, e.code, e.target.code) for e in art.events if e.target.code}


def test_a_denial_is_not_aimed_at_who_accused_someone_else():
    got = _events("The Spanish farm minister accused the Danish government of causing needless alarm. "
                  "Kenyan farmers denied on Thursday that their beef was unsafe.")
    assert not any(code == "016" and tgt == "ESPGOV" for _, code, tgt in got), got


def test_a_denial_still_answers_its_own_accuser():
    got = _events("The Kenyan opposition accused the Ugandan government of rigging the vote. "
                  "The Ugandan government denied the allegations on Friday.")
    assert any(code == "016" and tgt.startswith("KEN") for src, code, tgt in got), got
