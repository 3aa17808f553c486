"""code74: right actors, wrong code (docs/evaluation/events-code74.md). Every sentence is our
own, in the style of 1987 wire copy.

- A party said not to have kept a written rule or a promise ("said Japan had not lived up to the
  terms of the accord", "had not honoured its commitments", "had not kept its promise") is accused
  of a breach (112), as "failed to honour the agreement" already was (code71); a promise or a
  pledge is such an instrument ("failed to meet its pledge").
- Not an accusation: a breach denied, a keeping hedged or undecided, a thing kept that is no rule.
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
