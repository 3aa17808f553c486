"""target72: the act is read, the target is not (docs/evaluation/events-target72.md). Every
sentence is our own, in the style of 1987 wire copy.

- Labour answering a wage offer, contract or settlement whose maker the sentence leaves unnamed
  answers the employer, the country's business ("the seamen have rejected offers of up to 100
  pct": BRALAB 120 BRABUS), as a strike is coded; an offer's own modifier can name the employer
  ("employers offers", "a company proposal", "the management offer"). Not for offers outside a
  wage dispute, a named owner ("the government's offer"), negated or "may" answers, a board.
- A firm's national arm named "<firm> <Country>" ("GM Canada", "Shell Canada") is that
  country's business (CANBUS), not the bare country; state bodies ("Statistics Canada",
  "Transport Canada"), broadcasters and a place's own name ("West Germany") are not.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

D87 = "1987-04-10"


def _wire87(place: str, sentence: str) -> str:
    return f"{place}, April 9 - \n\n{sentence}"


# --- the unnamed employer of a wage offer ------------------------------------------------------------

@pytest.mark.parametrize("place, sentence, triple", [
    ("WELLINGTON", "The union rejected employers offers of a six pct pay increase over a year.", ("NZLLAB", "120", "NZLBUS")),
    ("WELLINGTON", "The union rejected an employers offer of a six pct pay increase.", ("NZLLAB", "120", "NZLBUS")),
    ("WELLINGTON", "The dockers' union rejected the offer of a six pct pay increase.", ("NZLLAB", "120", "NZLBUS")),
    ("RIO DE JANEIRO", "The striking dockers have rejected offers of up to 80 pct.", ("BRALAB", "120", "BRABUS")),
    ("RIO DE JANEIRO", "Striking bank workers have turned down an offer of a 60 pct rise.", ("BRALAB", "120", "BRABUS")),
    ("LONDON", "The union rejected the management offer of a five pct increase.", ("GBRLAB", "120", "GBRBUS")),
    ("SYDNEY", "The miners' union voted to ratify a new two-year contract, ending the strike.", ("AUSLAB", "057", "AUSBUS")),
])
def test_labour_answering_an_unnamed_employers_offer(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got


def test_a_company_proposal_is_the_employers():
    got = coded_triples(_wire87("OSLO", "The seamen's union accepted a company proposal on overtime pay on Monday."), D87)
    assert any(s == "NORLAB" and t == "NORBUS" for s, _, t in got), got


@pytest.mark.parametrize("place, sentence", [
    ("SYDNEY", "The union did not reject the latest pay offer."),
    ("SYDNEY", "The union may reject the latest pay offer."),
    ("SYDNEY", "Shareholders rejected the offer of 20 dlrs a share."),
    ("SYDNEY", "The union rejected the offer to mediate."),
])
def test_no_employer_guessed(place, sentence):
    got = coded_triples(_wire87(place, sentence), D87)
    assert not any(t and t.endswith("BUS") for _, _, t in got), got


def test_a_named_maker_is_kept():
    got = coded_triples(_wire87("SYDNEY", "The union rejected the government's offer of a five pct pay rise for nurses."), D87)
    assert ("AUSLAB", "120", "AUSGOV") in got, got
    got = coded_triples(_wire87("SYDNEY", "The union rejected a government proposal to cut pay in the public sector."), D87)
    assert not any(t == "AUSBUS" for _, _, t in got), got
    got = coded_triples(_wire87("SYDNEY", "The union rejected an offer of mediation from the archbishop."), D87)
    assert not any(t == "AUSBUS" for _, _, t in got), got


# --- a firm's national arm -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, triple", [
    ("The union accepted an economic offer from GM Canada on Monday.", ("CANLAB", "080", "CANBUS")),
    ("The union said it held talks with Shell Canada on Friday.", ("CANLAB", "040", "CANBUS")),
    ("Chrysler Canada signed a two-year contract with the union.", ("CANBUS", "057", "CANLAB")),
    ("Alcan Canada said it would meet the union next week.", ("CANBUS", "036", "CANLAB")),
    ("Striking workers rejected a contract offer from Chrysler Canada on Sunday.", ("CANLAB", "120", "CANBUS")),
])
def test_a_firms_national_arm_is_business(sentence, triple):
    got = coded_triples(_wire87("TORONTO", sentence), D87)
    assert triple in got, got


@pytest.mark.parametrize("name, code", [
    ("GM Canada", "CANBUS"), ("Shell Canada", "CANBUS"), ("Toyota Australia", "AUSBUS"), ("Esso Australia", "AUSBUS"),
    ("Statistics Canada", None), ("Transport Canada", None), ("Investment Canada", None), ("Radio Canada", None),
    ("Bank of Canada", None), ("West Germany", None), ("Papua New Guinea", None), ("Northern Ireland", None),
    ("Great Britain", None), ("New Zealand", None), ("Oxfam Canada", None), ("Team Canada", None),
])
def test_subsidiary_names(name, code):
    from dateline.resolve.actors import subsidiary_name_code

    assert subsidiary_name_code(name) == code


# --- "it" for the state in a debt suspension -------------------------------------------------------------

@pytest.mark.parametrize("place, sentence, triple", [
    ("ABIDJAN", "The Ivory Coast informed its creditors that it had suspended payments on its foreign debt.", ("CIV", "160", "---BUS")),
    ("LIMA", "Peru said it had suspended interest payments on its foreign debt.", ("PER", "160", "---BUS")),
])
def test_it_for_the_state_suspending_debt_service(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got


@pytest.mark.parametrize("place, sentence", [
    ("RIO DE JANEIRO", "Petrobras said it had suspended payments on its debt."),
    ("BRASILIA", "Brazil said it had not suspended interest payments on its foreign debt."),
    ("LONDON", "The company said it suspended dividend payments."),
])
def test_no_creditor_banks(place, sentence):
    got = coded_triples(_wire87(place, sentence), D87)
    assert not any(t == "---BUS" for _, _, t in got), got


def test_a_company_proposal_is_business_not_the_state():
    got = coded_triples(_wire87("MADRID", "Spanish unions rejected a company compromise proposal to extend the restructuring plan to three years."), D87)
    assert ("ESPLAB", "127", "ESPBUS") in got, got


def test_no_guess_when_the_sentence_names_a_foreign_firm():
    got = coded_triples(_wire87("TORONTO", "Canadian Auto Workers locals on strike at Ford Motor Co rejected a tentative contract."), D87)
    assert not any(t in ("CANBUS", "USABUS") for _, _, t in got), got
