"""The Moscow Times sample (read from ../shared at test time, never copied): who said what."""
from __future__ import annotations

import pytest

import dateline
from tests.conftest import SAMPLE_ARTICLE


@pytest.fixture(scope="module")
def article():
    if not SAMPLE_ARTICLE.is_file():
        pytest.skip("../shared/samples is not present")
    return dateline.extract(SAMPLE_ARTICLE)


def speaker_of(article, kind: str, words: str) -> str | None:
    found = [q for q in article.quotes if q.kind == kind and words in q.text]
    assert found, [(q.kind, q.text[:40]) for q in article.quotes]
    ent = article.entity(found[0].speaker)
    return ent.name if ent else found[0].speaker_name


def test_long_direct_quote_is_ri_yong_hos(article):
    assert speaker_of(article, "direct", "strategic communication") == "Ri Yong Ho"


def test_partial_quote_a_new_milestone_is_ri_yong_hos(article):
    q = next(q for q in article.quotes if q.kind == "direct" and "milestone" in q.text)
    assert q.text == "a new milestone"
    assert speaker_of(article, "direct", "milestone") == "Ri Yong Ho"


def test_indirect_statements_go_to_their_speakers(article):
    assert speaker_of(article, "indirect", "accepted an invitation") == "Sergei Lavrov"
    assert speaker_of(article, "indirect", "no decisions had been made") == "Sergei Lavrov"
    assert speaker_of(article, "indirect", "gradual normalisation") == "Sergei Lavrov"  # "He also said"
    assert speaker_of(article, "indirect", "held talks with") == "TASS"


def test_every_quote_has_a_cue(article):
    assert article.quotes and all(q.cue for q in article.quotes)
