"""code74: right actors, wrong code (docs/evaluation/events-code74.md). Every sentence is our
own, in the style of 1987 wire copy.

- A party said not to have kept a written rule or a promise ("said Japan had not lived up to the
  terms of the accord", "had not honoured its commitments", "had not kept its promise") is accused
  of a breach (112), as "failed to honour the agreement" already was (code71); a promise or a
  pledge is such an instrument ("failed to meet its pledge").
- Not an accusation: a breach denied, a keeping hedged or undecided, a thing kept that is no rule.
- A court overturning, rejecting or denying a party's claim, petition or motion rejects its plea (120),
  not a ruling against a measure (116) nor a denial (016).
- A government's trade appeal to its own country's firms ("asked Japanese chip makers to reduce output")
  is a plain appeal (020); to another state or its firms it stays 0211.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

D87 = "1987-04-10"


def _wire87(place: str, sentence: str) -> str:
    return f"{place}, April 9 - \n\n{sentence}"


@pytest.mark.parametrize("place, sentence, triple", [
    ("WASHINGTON", "U.S. trade officials said Japan had not lived up to the terms of the 1986 semiconductor accord.",
     ("USAGOV", "112", "JPN")),
    ("ATHENS", "Greece said Turkey had not honoured its commitments under the 1976 Berne agreement.",
     ("GRC", "112", "TUR")),
    ("PARIS", "France said Iran had not kept its promise to repay the loan.", ("FRA", "112", "IRN")),
    ("LONDON", "Britain said Nigeria failed to meet its pledge to repay the export credits.", ("GBR", "112", "NGA")),
])
def test_a_rule_or_promise_said_not_kept_is_an_accusation(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got
    assert not any(t[1] == "111" and t[2] == triple[2] for t in got), got


@pytest.mark.parametrize("place, sentence", [
    ("ATHENS", "Greece said Turkey had not violated the agreement."),
    ("TOKYO", "Japan said it had not yet decided whether to honour the accord."),
    ("MEXICO CITY", "Mexico said the banks might not keep their promise."),
    ("NAIROBI", "Kenya said Uganda had not kept its troops at the border."),
])
def test_no_breach_stated_is_no_accusation(place, sentence):
    got = coded_triples(_wire87(place, sentence), D87)
    assert not any(t[1] == "112" for t in got), got


# ---------------------------------------------------------------- a court turning down a party's plea (120)

@pytest.mark.parametrize("place, sentence, triple", [
    ("WASHINGTON", "The U.S. Supreme Court denied a petition by Acme Chemical Corp asking it to review the patent.",
     ("USAJUD", "120", "USABUS")),
    ("ROME", "An appeal court rejected Fiat's claim that the accord with the state holding company was binding.",
     ("ITAJUD", "120", "ITABUS")),
    ("BONN", "The court overturned a claim by the former dealer that the case had been brought too late.",
     ("DEUJUD", "120", "DEUCVL")),
])
def test_a_court_turning_down_a_partys_plea_is_a_rejection(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got
    assert not any(t[1] in ("116", "016") for t in got), got


@pytest.mark.parametrize("place, sentence, triple", [
    ("NAIROBI", "The court overturned the government's ban on the newspaper.", ("KENJUD", "116", "KENGOV")),
    ("JERUSALEM", "Israel rejected Syrian claims that it was massing troops on the Golan Heights.", ("ISR", "016", "SYR")),
])
def test_a_measure_blocked_and_a_charge_denied_keep_their_codes(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got


# ---------------------------------------------------------------- a government's trade appeal to its own firms (020)

@pytest.mark.parametrize("place, sentence, triple", [
    ("TOKYO", "Last month, the Japanese trade ministry asked Japanese chip makers to reduce first quarter output "
              "by 10 pct.", ("JPNGOV", "020", "JPNBUS")),
    ("WASHINGTON", "The U.S. administration urged American car makers to boost exports to Japan.",
     ("USAGOV", "020", "USABUS")),
])
def test_a_trade_appeal_to_the_home_firms_is_a_plain_appeal(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got
    assert not any(t[1] == "0211" for t in got), got


@pytest.mark.parametrize("place, sentence, triple", [
    ("LONDON", "Britain called on Japan to increase foreign imports.", ("GBR", "0211", "JPN")),
    ("WASHINGTON", "Washington urged Japanese car makers to buy more American parts.", ("USA", "0211", "JPNBUS")),
])
def test_a_trade_appeal_abroad_stays_cooperation(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got
