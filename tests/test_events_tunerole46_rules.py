"""tunerole46: a wrong actor role in an otherwise right triple (docs/evaluation/events-tunerole46.md).
Every story is our own, a dateline paragraph first, one sentence a paragraph."""
from __future__ import annotations

import pytest

from dateline.resolve.actor_roles import role_code
from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- parties and groups sitting in parliament act as the legislature (roles.tsv)

@pytest.mark.parametrize("dateline, text, triple", [
    ("AMSTERDAM 1996-05-14", "Dutch parliamentary parties backed the government's plan to cut farm subsidies.",
     ("NLDLEG", "051", "NLDGOV")),
    ("BERLIN 1996-05-14", "German parliamentary parties criticised the government over the pension reform.",
     ("DEULEG", "111", "DEUGOV")),
    ("STOCKHOLM 2019-05-14", "Swedish parliamentary parties condemned the government's handling of the pension fund.",
     ("SWELEG", "111", "SWEGOV")),
    ("BRUSSELS 2019-05-14", "Belgium's main parliamentary groups voiced support for the government's budget on Tuesday.",
     ("BELLEG", "051", "BELGOV")),
])
def test_parliamentary_parties_are_legislators(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text, triple", [
    ("ROME 2019-05-14", "An Italian opposition party criticised the government over the migrant deal.",
     ("ITAOPP", "111", "ITAGOV")),
    ("CAIRO 2019-05-14", "The Egyptian opposition party condemned government policies that it said had deepened poverty.",
     ("EGYOPP", "111", "EGYGOV")),
])
def test_opposition_parties_stay_opposition(dateline, text, triple):
    assert triple in _story(dateline, text)


# --- the accused of a trial is a private person; "chief" alone stays the government's

@pytest.mark.parametrize("title, role", [
    ("the chief accused", "CVL"),
    ("the accused", "CVL"),
    ("co-accused", "CVL"),
    ("a minister accused", "GOV"),
    ("chief", "GOV"),
    ("Dutch parliamentary parties", "LEG"),
    ("parliamentary leader", "LEG"),
    ("ruling party", "GOV"),
    ("opposition party", "OPP"),
])
def test_role_words(title, role):
    assert role_code(title) == role
