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


@pytest.mark.parametrize("dateline, text, triple", [
    ("COPENHAGEN 2019-05-14", "The chief accused in the Copenhagen tax fraud case travelled to Germany several times, "
     "prosecutors said.", ("DNKCVL", "042", "DEU")),
    ("BRASILIA 2019-05-14", "The minister accused in the bribery scandal travelled to Argentina on Monday.",
     ("BRAGOV", "042", "ARG")),
])
def test_the_accused_of_a_case(dateline, text, triple):
    assert triple in _story(dateline, text)


# --- a state's demonym beside a separatist people's word on a group head: the war's rebels

@pytest.mark.parametrize("dateline, text, triple", [
    ("ANKARA 1996-05-14", "An Iraqi Kurdish group criticised the Turkish army for its incursion.",
     ("IRQREB", "111", "TURMIL")),
    ("ANKARA 1996-05-14", "A Turkish Kurdish group accused Ankara of burning villages in the southeast.",
     ("TURREB", "112", "TUR")),
    # roles61: the rival of a group of known country is of that country (tune gold c6: IRQREB); was ---REB
    ("ANKARA 1996-05-14", "An Iraqi Kurdish group said on Wednesday it had signed a truce with a rival faction.",
     ("IRQREB", "0871", "IRQREB")),
])
def test_state_demonym_kurdish_group(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text, triple", [
    ("BAGHDAD 2010-05-14", "An Iraqi Kurdish group criticised the Turkish army for its incursion.",
     ("IRQ", "111", "TURMIL")),  # after the table's period: no war's rebels
    ("BAGHDAD 1996-05-14", "An Iraqi group criticised the United States for the sanctions.", ("IRQ", "111", "USA")),
    ("BAGHDAD 1996-05-14", "Iraqi Kurdish lawmakers criticised the Turkish army for its incursion.",
     ("IRQLEG", "111", "TURMIL")),
])
def test_state_demonym_group_negatives(dateline, text, triple):
    assert triple in _story(dateline, text)


# --- traders and merchants are business

@pytest.mark.parametrize("dateline, text, triple", [
    ("NEW DELHI 2019-05-14", "Indian traders condemned the government's decision to allow foreign supermarkets.",
     ("INDBUS", "111", "INDGOV")),
    ("LONDON 2019-05-14", "City traders criticised the British government over its handling of the pound.",
     ("GBRBUS", "111", "GBRGOV")),
    ("SEOUL 2019-05-14", "South Korea's trade minister held talks with his Japanese counterpart on Tuesday.",
     ("KORGOV", "040", "JPNGOV")),
    ("JOHANNESBURG 2019-05-14", "South African trade unions criticised the government over the power cuts.",
     ("ZAFLAB", "111", "ZAFGOV")),
])
def test_traders(dateline, text, triple):
    assert triple in _story(dateline, text)


# --- constables and patrolmen are police

@pytest.mark.parametrize("dateline, text, triple", [
    ("MUMBAI 2019-05-14", "Two constables arrested a taxi driver accused of robbing a passenger.", ("INDCOP", "173", "INDCVL")),
    ("LONDON 2019-05-14", "The chief constable of Greater Manchester criticised the Home Office over budget cuts.",
     ("GBRCOP", "111", "GBRGOV")),
    ("NEW YORK 2019-05-14", "A patrolman arrested a teenager after a shooting in the Bronx.", ("USACOP", "173", "USACVL")),
])
def test_constables(dateline, text, triple):
    assert triple in _story(dateline, text)
