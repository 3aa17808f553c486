"""lexicon18 battery (issue #4): news phrasings of the CAMEO acts news reports most, written from
the codebook and the Wikinews coding standard, not read off annotated sentences (tests/lexicon18_cases.py).

A case that the coder still gets wrong is an xfail naming its failure class (no event / wrong
code / wrong actor); docs/evaluation/events-lexicon18.md counts them.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples
from lexicon18_cases import CASES, NOMINAL, VARIANTS, XFAIL

DATE = "2023-06-15"


def _param(text: str, triple: tuple[str, str, str]):
    marks = [pytest.mark.xfail(reason=XFAIL[text], strict=True)] if text in XFAIL else []
    return pytest.param(text, triple, marks=marks, id=text[:60])


@pytest.mark.parametrize("text,triple", [_param(t, x) for t, x in CASES + VARIANTS])
def test_battery_sentence_codes_its_triple(text, triple):
    assert triple in coded_triples(text, DATE)


@pytest.mark.parametrize("text,triple", NOMINAL)
def test_an_act_told_only_as_a_noun_inside_another_clause_is_not_coded(text, triple):
    assert triple not in coded_triples(text, DATE)


def test_every_xfail_names_a_battery_sentence():
    texts = {t for t, _ in CASES + VARIANTS}
    assert set(XFAIL) <= texts
