"""spurious74: a country or government named on a traded instrument or a market is no party
(docs/evaluation/events-spurious74.md). Every sentence is our own, in the style of 1987 wire copy.

- A central bank's open-market operation ("entered the government securities market", "offered
  to buy all maturities of Treasury bills") and a firm's entry into a market ("plans to enter
  Britain's telecommunications market") are no act toward the government or country whose bonds
  or market they are.
- A stance on a market, an appeal to issue bonds, an accord on market information and an
  accusation about a closed market stay.
- "X said Y must <act>" with Y of X's own actor code is no demand ("the state must take the
  lead", said by its governor); a demand on another party stays.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

D87 = "1987-04-10"


def _wire87(place: str, sentence: str) -> str:
    return f"{place}, April 9 - \n\n{sentence}"


def _dyadic(place: str, sentence: str) -> set[tuple[str, str, str | None]]:
    return {t for t in coded_triples(_wire87(place, sentence), D87) if t[2]}


@pytest.mark.parametrize("place, sentence", [
    ("NEW YORK", "The Federal Reserve entered the government securities market to add reserves through customer repurchase agreements, a Fed spokesman said."),
    ("SYDNEY", "The Reserve Bank said it was offering to buy short-dated government bonds in the money market."),
    ("NEW YORK", "The Federal Reserve offered to buy all maturities of Treasury bills, dealers said."),
    ("NEW YORK", "The Fed will enter the U.S. Government securities market later today to supply temporary reserves, economists said."),
    ("LONDON", "Fujitsu plans to enter Britain's deregulated telecommunications market next year."),
])
def test_no_party_named_on_a_traded_instrument(place, sentence):
    got = _dyadic(place, sentence)
    assert not got, got


@pytest.mark.parametrize("place, sentence, triple", [
    ("WASHINGTON", "Treasury Secretary James Baker criticised Japan's closed markets on Tuesday.", ("USAGOV", "111", "JPN")),
    ("TOKYO", "Business leaders called on the government to issue more construction bonds to stimulate the economy.", ("JPNBUS", "0242", "JPNGOV")),
    ("LONDON", "Japan and Britain have signed a memorandum on the exchange of securities market information.", ("JPN", "057", "GBR")),
    ("WASHINGTON", "The United States accused Japan of keeping its construction market closed to American firms.", ("USA", "112", "JPN")),
])
def test_acts_about_markets_stay(place, sentence, triple):
    got = _dyadic(place, sentence)
    assert triple in got, got


# --- "said Y must <act>" with Y of the speaker's own code ------------------------------------------

@pytest.mark.parametrize("place, sentence", [
    ("AUSTIN", "Governor Mark White said the state must take the lead in finding new markets for Texas crude."),
    ("WASHINGTON", "The Agriculture Department must decide soon how to change the soybean loan rate, a department official said."),
])
def test_no_demand_on_the_speakers_own_side(place, sentence):
    got = _dyadic(place, sentence)
    assert not any(code[:2] == "10" for _, code, _ in got), got


def test_a_demand_on_another_party_stays():
    got = _dyadic("WASHINGTON", "Secretary of State George Shultz said the Soviet Union must withdraw its troops from Afghanistan.")
    assert ("USAGOV", "1056", "RUS") in got, got
