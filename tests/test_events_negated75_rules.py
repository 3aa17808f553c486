"""negated75: acts the mood guard left uncoded although the standard codes them (issue #4).

- An answer held out on the other side's conduct with no act named ("would respond in kind if
  Washington deployed the missiles", "would hit back if ...") is a threat (130; 1312 in a trade
  quarrel) toward the party the condition names (events/held_out_responses.py); a kind answer
  ("respond constructively"), an answer to a message, a forecast by markets or a question is none.
- "Neither X nor Y <verb>" negates the verb: no act; a refused acceptance is a refusal (12x).
- Policy advice in the passive by a non-state speaker ("said the tax should be scrapped") is an
  appeal to the speaker's own government (events/passive_advice.py); a minister's, an owned
  thing's, a done act's, or an asked one's is none.
Sentences written for this round, not copied from any corpus.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples


def _dyadic(text: str) -> set[tuple[str, str, str]]:
    return {t for t in coded_triples(text, "1987-03-02") if t[2]}


@pytest.mark.parametrize("text,want", [
    ("MOSCOW, March 2 - \n\nForeign Ministry spokesman Gennady Gerasimov said the Soviet Union would respond in kind "
     "if Washington deployed the new missiles.", ("RUS", "130", "USA")),
    ("BRUSSELS, March 2 - \n\nAn EC Commission spokesman said the Community would react swiftly if the United States "
     "imposed the tariffs on European pasta.", ("IGOEUREEC", "1312", "USA")),
    ("NEW DELHI, March 2 - \n\nDefence Minister K.C. Pant said India would hit back if Pakistani troops crossed the "
     "line of control.", ("IND", "130", "PAKMIL")),
    ("TEHRAN, March 2 - \n\nParliament speaker Rafsanjani said that if the United States attacked Iranian ships, Iran "
     "would respond in kind.", ("IRN", "130", "USA")),
])
def test_an_unsaid_response_held_out_is_a_threat(text: str, want: tuple[str, str, str]) -> None:
    assert want in _dyadic(text)


@pytest.mark.parametrize("text", [
    "MOSCOW, March 2 - \n\nGerasimov said the Soviet Union would respond constructively if Washington accepted the "
    "proposal.",
    "MOSCOW, March 2 - \n\nGerasimov said the Soviet Union would respond to the American letter if Washington asked "
    "for an answer.",
    "MOSCOW, March 2 - \n\nWestern diplomats wondered whether the Soviet Union would respond if Washington deployed "
    "the missiles.",
    "BRUSSELS, March 2 - \n\nCurrency markets would react if the Bundesbank raised its discount rate, a dealer said.",
    "TOKYO, March 2 - \n\nThe minister said Japan would not react if the United States imposed the tariffs.",
    "TOKYO, March 2 - \n\nIf the United States imposes the tariffs, Japan will respond.",
    "TOKYO, March 2 - \n\nWould Japan retaliate if the United States imposed the tariffs, the minister was asked.",
])
def test_no_threat_from_kind_answers_forecasts_or_questions(text: str) -> None:
    assert not {t for t in _dyadic(text) if t[1].startswith("13")}, text


def test_neither_nor_negates_the_act() -> None:
    assert not _dyadic("JERUSALEM, March 2 - \n\nNeither Israel nor Jordan sent troops to the border, diplomats said.")
    assert not _dyadic("BRASILIA, March 2 - \n\nNeither Sarney nor Finance Minister Dilson Funaro met the IMF's "
                       "managing director, the sources said.")


def test_neither_nor_refuses_an_acceptance() -> None:
    got = _dyadic("BRASILIA, March 2 - \n\nNeither President Jose Sarney nor Planning Minister Anibal Teixeira accepted "
                  "the IMF's conditions, aides said.")
    assert ("BRAGOV", "124", "IGOIMF") in got
    assert not {t for t in got if t[1].startswith("08")}


@pytest.mark.parametrize("text,want", [
    ("OTTAWA, March 2 - \n\nThe Canadian Labour Congress said the new tax on food should be scrapped.",
     ("CANLAB", "0242", "CANGOV")),
    ("WASHINGTON, March 2 - \n\nThe American Farm Bureau Federation said that export subsidies should be extended to "
     "all grains.", ("USAAGR", "0242", "USAGOV")),
    ("WASHINGTON, March 2 - \n\nThe Semiconductor Industry Association said sanctions should be imposed against "
     "Japanese chipmakers as of April 1.", ("USABUS", "020", "USAGOV")),
])
def test_passive_policy_advice_is_an_appeal_to_the_own_government(text: str, want: tuple[str, str, str]) -> None:
    assert want in _dyadic(text)


@pytest.mark.parametrize("text", [
    "WASHINGTON, March 2 - \n\nAgriculture Secretary Richard Lyng said export subsidies should be extended to all grains.",
    "WASHINGTON, March 2 - \n\nThe American Farm Bureau Federation said that export subsidies had been extended to all "
    "grains.",
    "WASHINGTON, March 2 - \n\nThe American Farm Bureau Federation said its members should be consulted.",
    "NEW YORK, March 2 - \n\nThe company said its preferred shares should be redeemed by June.",
    "WASHINGTON, March 2 - \n\nThe institute asked whether the tax should be abolished.",
    "TOKYO, March 2 - \n\nThe federation said Japan's import quotas should be lifted.",
])
def test_no_appeal_from_state_speakers_owned_things_or_done_acts(text: str) -> None:
    assert not {t for t in _dyadic(text) if t[1][:2] == "02"}, text


@pytest.mark.parametrize("text,want", [
    ("LISBON, March 2 - \n\nUnion leaders said the strike would spread to the northern ports unless the shipping "
     "companies withdrew the wage cuts.", ("PRTLAB", "133", "PRTBUS")),
    ("SYDNEY, March 2 - \n\nThe unions would extend their action for two more weeks if the state government went "
     "ahead with its plan, a union official said.", ("AUSLAB", "133", "AUSGOV")),
    ("MADRID, March 2 - \n\nUnion sources said the strike would continue on Monday and would spread unless the port "
     "companies met the dockers' demands.", ("ESPLAB", "133", "ESPBUS")),
])
def test_a_strike_grown_on_a_condition_is_a_threatened_strike(text: str, want: tuple[str, str, str]) -> None:
    assert want in _dyadic(text)


@pytest.mark.parametrize("text", [
    "MADRID, March 2 - \n\nAnalysts said the strike would spread to other ports unless the companies met the dockers' "
    "demands.",
    "MADRID, March 2 - \n\nUnion sources said the strike would not spread to other ports.",
    "SYDNEY, March 2 - \n\nThe government said it would extend its action against tax evaders if parliament approved "
    "the bill.",
    "MADRID, March 2 - \n\nUnion sources said the strike would spread to other ports.",
])
def test_no_threat_from_forecasts_negations_or_state_action(text: str) -> None:
    assert not {t for t in _dyadic(text) if t[1].startswith("13")}, text
