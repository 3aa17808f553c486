"""tunecode46: codes when the actors are right (docs/evaluation/events-tunecode46.md).

People barred from travelling, or refused visas, clearance or landing, are restricted (172), not
sanctioned as a state (163) nor merely refused (120); a party exempted from duties, or sanctions
waived, eases sanctions (085; asked for: 0254)."""
from __future__ import annotations

import pytest

from test_events_coder import triples


@pytest.mark.parametrize("text, triple", [
    ("Israel barred Palestinian workers from entering the country on Tuesday.", ("ISR", "172", "PSELAB")),
    ("Serbian authorities banned American journalists from travelling to Kosovo.", ("SRBGOV", "172", "USAMED")),
    ("Greece barred Turkish officials from visiting the island on Monday.", ("GRC", "172", "TURGOV")),
    ("Iran banned American tourists from entering the country.", ("IRN", "172", "USACVL")),
    ("Greece denied landing rights to a Turkish government jet on Friday.", ("GRC", "172", "TURGOV")),
    ("Egypt refused entry visas to a delegation of Sudanese officials.", ("EGY", "172", "SDNGOV")),
    ("Russian officials refused visas to two American reporters.", ("RUSGOV", "172", "USAMED")),
])
def test_people_kept_from_moving_are_restricted(text, triple):
    got = triples(text)
    assert triple in got and not any(code in ("163", "120") for _, code, _ in got)


@pytest.mark.parametrize("text, triple", [
    ("The United States banned Cuban airlines from flying to Miami.", ("USA", "163", "CUBBUS")),
    ("Turkey banned imports from Greece on Monday.", ("TUR", "163", "GRC")),
    ("The Kenyan court denied a request by the opposition leader.", ("KENJUD", "120", "KENOPP")),
])
def test_states_firms_and_requests_keep_their_codes(text, triple):
    assert triple in triples(text)


def test_exemption_from_duties_asked_is_an_appeal_to_ease_sanctions():
    assert ("CAN", "0254", "USA") in triples(
        "Canada asked the United States to exempt Canadian lumber from new import duties.")


def test_duties_waived_ease_sanctions():
    assert ("USA", "085", "JPN") in triples("Washington waived the penalty duties on Japanese chips on Friday.")


def test_a_plain_ask_of_firms_stays_an_appeal():
    assert ("GBRGOV", "020", "GBRBUS") in triples(
        "The British government asked oil companies to cut prices for pensioners.")
