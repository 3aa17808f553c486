"""targets19: group and role nouns the role tables lacked, so that a target (or source) phrase
coded nothing or only its bare country and the coder dropped the event. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from events_variety import coded_triples
from dateline.resolve.actor_roles import head_role, role_code

DATE = "2019-05-06"


# ---- the role tables: the head noun gives the role

@pytest.mark.parametrize("phrase,code", [
    ("all Afghan factions", "REB"),
    ("the rival faction", "REB"),
    ("Maoists", "REB"),
    ("the writers guild", "LAB"),
    ("striking air traffic controllers", "LAB"),
    ("the company's shareholders", "BUS"),
    ("a Japanese trade team", "GOV"),
    ("the French trade delegation", "GOV"),
])
def test_group_nouns_have_roles(phrase: str, code: str) -> None:
    assert head_role(phrase) == code


def test_faction_is_weak_beside_a_party_or_union() -> None:
    # a faction of a party or union is still the party's (OPP) or union's (LAB) people
    assert role_code("opposition party faction") == "OPP"
    assert role_code("union faction") == "LAB"


def test_maoist_led_union_keeps_its_head() -> None:
    assert head_role("a Maoist-led trade union") == "LAB"


def test_a_controller_alone_is_no_worker() -> None:
    # "controller" alone is also a firm's finance officer: only the full phrase is LAB
    assert head_role("the company controller") != "LAB"


# ---- whole sentences: the event now finds its target

def test_talks_with_national_factions() -> None:
    got = coded_triples("President Karzai met all Afghan factions in Kabul on Monday to discuss a ceasefire.", DATE)
    assert got == {("AFGGOV", "040", "AFGREB")}


def test_government_criticises_controllers() -> None:
    got = coded_triples("The Bulgarian government criticised the striking air traffic controllers on Monday.", DATE)
    assert got == {("BGRGOV", "111", "BGRLAB")}


def test_meeting_with_a_trade_team() -> None:
    got = coded_triples("The minister met a Japanese trade team in Washington on Monday.", DATE)
    assert got == {("USAGOV", "040", "JPNGOV")}


# ---- negatives: negated or hypothetical events stay uncoded

def test_negated_meeting_with_factions_stays_uncoded() -> None:
    got = coded_triples("President Karzai did not meet the Afghan factions in Kabul on Monday.", DATE)
    assert not any(t[2] == "AFGREB" and t[1].startswith("04") for t in got)


def test_hypothetical_criticism_of_controllers_stays_uncoded() -> None:
    got = coded_triples("The Bulgarian government may criticise air traffic controllers if they strike.", DATE)
    assert ("BGRGOV", "111", "BGRLAB") not in got
