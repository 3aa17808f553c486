"""target68: targets the clause gives outside the verb's own slots, and firm talks kept
(docs/evaluation/events-target68.md).

- `general.named_firms_talking`: talks between two named firms are coded (annr67d's convention);
  unnamed banks or suppliers stay commerce.
- `meeting_partners`: an act done "in talks with Y" / "at a meeting with Y" is aimed at Y.
- a lawsuit's purpose clause gives it no target (target68's `suit_aims` was dropped: it added a holdout
  false triple and no tune triple).
- `act_targets.ACT_VERBS`: a rejected raise, bid, ceasefire, budget package has its maker as target.
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

FIRM_TALKS = [
    ("British Airways Plc is negotiating with American Airlines over a transatlantic alliance.",
     ("GBRBUS", "046", "USABUS")),
    ("Daimler-Benz AG held talks with Chrysler Corp last month about a possible tie-up.", ("DEUBUS", "040", "USABUS")),
    ("International Lease Finance Corp is negotiating with Airbus Industrie for additional orders of jets.",
     ("---BUS", "046", "EURBUS")),  # (no dateline: a firm the tables do not know has no country)
]


@pytest.mark.parametrize("text,triple", FIRM_TALKS)
def test_talks_between_named_firms_are_coded(text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text", [
    "The Russian oil company held talks with Japanese banks on a loan for new fields.",
    "Nestle SA said it was not negotiating with Unilever.",
    "Rolls-Royce Plc met bankers in London on Thursday.",
])
def test_firm_talks_not_coded(text):
    assert not any(c[:2] == "04" for _, c, _ in triples(text))


MEETINGS = [
    ("The request for more aid was made yesterday by Senator Robert Dole at a meeting with Treasury Secretary "
     "James Baker.", ("USALEG", "020", "USAGOV"), "1987-03-12"),
    ("Russian Foreign Minister Yevgeny Primakov pledged economic aid to the region in talks with Georgian "
     "President Eduard Shevardnadze.", ("RUSGOV", "0331", "GEOGOV"), "1996-08-30"),
]


@pytest.mark.parametrize("text,triple,date", MEETINGS)
def test_act_in_talks_with_is_aimed_at_the_partner(text, triple, date):
    assert triple in triples(text, published=date)


@pytest.mark.parametrize("text,date", [
    ("Lebed did not discuss the troop withdrawal in talks with Maskhadov.", "1996-08-30"),
    ("Netanyahu may discuss the annexation plan at a meeting with Trump next week.", "2020-03-03"),
    ("Israeli troops raided the village after talks with the army commander.", "1996-08-30"),
])
def test_meeting_partner_not_taken(text, date):
    got = triples(text, published=date)
    assert not any(c[:2] == "04" for _, c, _ in got)
    assert not any(t.endswith(("GOV", "MIL")) and c[:2] in ("01", "02", "03", "04", "05") for _, c, t in got)


@pytest.mark.parametrize("text", [
    "The company filed suit last week to recover damages from its former auditors.",
    "Texaco Inc did not file suit to block Pennzoil Co's attempt to collect the judgment.",
])
def test_suit_without_a_stopped_party(text):
    assert not any(c == "115" for _, c, _ in triples(text, published="1987-03-12"))


@pytest.mark.parametrize("text,triple", [
    ("The Iraqi government proposed a ceasefire, which Iran accepted.", ("IRN", "0871", "IRQGOV")),
    ("The European Commission unveiled a budget package, which the Dutch government criticised.",
     ("NLDGOV", "111", "IGOEUREEC")),
    ("The Tamil Tigers declared a unilateral ceasefire, which the Sri Lankan government dismissed as a ploy.",
     ("LKAGOV", "120", "LKAREB")),
])
def test_answered_offer_aimed_at_its_maker(text, triple):
    assert triple in triples(text, published="1996-08-30")


def test_raise_the_verb_is_no_offer():
    assert not any(c[:2] == "12" for _, c, _ in triples("The company raised prices, which customers rejected.",
                                                      published="1987-03-12"))
