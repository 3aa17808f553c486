"""code73: right actors, wrong code (docs/evaluation/events-code73.md). Every sentence is our
own, in the style of 1987 wire copy.

- An appeal, advice or "must" addressed to a government whose asked act works one of the state's
  own economic instruments (measures, bonds, the money supply, capital markets, taxes) is an appeal
  for a change in policy (0242), not the plain appeal (020) or demand (100). Not for firms, courts
  or international bodies asked, punitive measures, or a stance on another side's measure.
- "called for the abolition / elimination of a tax" is a measure withdrawn (0242).
- A debtor talking to its creditors, and talks on the repayment of a loan, are negotiation (046).
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

D87 = "1987-04-10"


def _wire87(place: str, sentence: str) -> str:
    return f"{place}, April 9 - \n\n{sentence}"


@pytest.mark.parametrize("place, sentence, triple", [
    ("ROME", "Italy's main employers' federation urged the government to prepare emergency spending measures "
             "to revive demand.", ("ITABUS", "0242", "ITAGOV")),
    ("TOKYO", "The head of the Japanese steel industry said the government should issue more construction bonds "
              "to stimulate the economy.", ("JPNBUS", "0242", "JPNGOV")),
    ("WASHINGTON", "A senior U.S. Commerce Department official said South Korea should open its capital markets "
                   "to American banks.", ("USAGOV", "0242", "KOR")),
    ("PARIS", "The Bank of France governor said the government must take firm measures to cut the budget deficit.",
     ("FRAGOV", "0242", "FRAGOV")),
    ("WASHINGTON", "Senate leaders said President Reagan must reconsider his opposition to higher taxes.",
     ("USALEG", "0242", "USAGOV")),
    ("CANBERRA", "The industry has been calling for the abolition of secondary taxation on oil.",
     ("AUSBUS", "0242", "AUSGOV")),
])
def test_an_appeal_to_a_government_to_use_its_instruments_is_a_policy_appeal(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got


@pytest.mark.parametrize("place, sentence, triple", [
    ("WASHINGTON", "Congress urged the administration to take retaliatory measures against the Community.",
     ("USALEG", "020", "USAGOV")),
    ("WASHINGTON", "Senators urged the administration to oppose the proposed European tax on vegetable oils.",
     ("USALEG", "020", "USAGOV")),
    ("CANBERRA", "Hawke said business must not waste the gains of wage restraint.", ("AUSGOV", "100", "AUSBUS")),
    ("TOKYO", "A Japanese finance ministry official said the government should not abandon its target of ending "
              "the issue of deficit bonds.", ("JPNGOV", "020", "JPNGOV")),
])
def test_other_appeals_keep_their_code(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got
    assert not any(t[1] == "0242" for t in got), got


@pytest.mark.parametrize("place, sentence", [
    ("TOKYO", "The ministry urged chip makers to cut their output by 10 pct."),
    ("PARIS", "French Finance Minister Edouard Balladur said the Group of Seven should honour its pledges on "
              "monetary policy."),
    ("ROME", "The unions called for the elimination of nuclear weapons."),
])
def test_no_policy_appeal_to_firms_bodies_or_for_arms(place, sentence):
    got = coded_triples(_wire87(place, sentence), D87)
    assert not any(t[1] == "0242" for t in got), got


@pytest.mark.parametrize("place, sentence, triple", [
    ("BRASILIA", "Brazil is talking to its commercial bank creditors in New York this week.", ("BRA", "046", "---BUS")),
    ("PARIS", "Talks between France and Iran on the repayment of a 500 mln dlr loan have made progress, officials said.",
     ("FRA", "046", "IRN")),
    ("MEXICO CITY", "Mexico's finance minister talked with U.S. officials about the economy.", ("MEXGOV", "040", "USAGOV")),
])
def test_talks_with_creditors_and_on_repayment_are_negotiation(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got
