"""source72: sources the coder lost and pairs it pruned (docs/evaluation/events-source72.md). Every
sentence is our own, written in the style of 1987 Reuters.

- "The suit, filed by X, charges ...": the suit's own filing participle names its plaintiff
  (events/suit_authors._own_filer); an unnamed filer gives none, and a participle with no agent
  leaves the earlier suit to be looked for.
- Takeovers between two named firms of one country are coded (the round-71 batch's settled
  convention: a done purchase 061, "agreed to acquire" 057); a bare-country guess, an unnamed
  counterpart, papers sold and undone or hypothetical purchases stay uncoded
  (events/firm_deals.firm_pair).
"""
from __future__ import annotations

from events_variety import coded_triples


def test_the_suit_names_its_own_filer():
    got = coded_triples("CHICAGO, April 9 - The lawsuit, filed by Midland Grain Co last year, alleges that "
                        "Carver Shipping Inc overcharged it for barge freight.", "1987-04-09")
    assert ("USABUS", "112", "USABUS") in got, got
    got = coded_triples("BOSTON, April 9 - The complaint filed by Ardmore Foods Corp claims that Baxley Dairy "
                        "Inc broke a supply contract.", "1987-04-09")
    assert ("USABUS", "112", "USABUS") in got, got
    got = coded_triples("LONDON, April 9 - The suit, brought by Gerrard Holdings Plc in the High Court, alleges "
                        "that Tamworth Securities Ltd misled investors.", "1987-04-09")
    assert ("GBRBUS", "112", "GBRBUS") in got, got


def test_a_suit_with_no_own_filer_still_finds_the_earlier_suit():
    got = coded_triples("HOUSTON, April 9 - Texaco Inc said it sued Pennzoil Co in state court.\n\nThe suit, "
                        "filed on Tuesday, accuses Pennzoil of interfering with its contracts.", "1987-04-09")
    assert ("USABUS", "112", "USABUS") in got, got


def test_an_unnamed_or_negated_filer_codes_nothing():
    assert not coded_triples("DALLAS, April 9 - The suit, filed by a group of investors, charges that Crane "
                             "Savings misled them.", "1987-04-09")
    assert not coded_triples("DALLAS, April 9 - The suit, filed by Omega Pipe Co in 1985, does not charge Delta "
                             "Steel Inc with fraud.", "1987-04-09")


def test_takeovers_between_named_firms_at_home_are_coded():
    got = coded_triples("CHICAGO, April 9 - Midwest Foods Inc said it sold its bakery unit to Grayson Baking Co "
                        "for 12 mln dlrs.", "1987-04-09")
    assert ("USABUS", "061", "USABUS") in got, got
    got = coded_triples("NEW YORK, April 9 - Cobalt Financial Corp said it has agreed to acquire Eastway Savings "
                        "Bank for 80 mln dlrs.", "1987-04-09")
    assert ("USABUS", "057", "USABUS") in got, got


def test_purchases_that_stay_uncoded():
    assert not coded_triples("NEW YORK, April 9 - The Federal Reserve bought 2 billion dlrs of Treasury bills from "
                             "dealers, a spokesman said.", "1987-04-09")
    assert not coded_triples("NEW YORK, April 9 - Delmont Industries Inc said it did not acquire Parkway Tool Co.",
                             "1987-04-09")
    assert not coded_triples("NEW YORK, April 9 - Delmont Industries Inc said it may acquire Parkway Tool Co later "
                             "this year.", "1987-04-09")
    got = coded_triples("NEW YORK, April 9 - Harcourt Corp said it bought a 30 pct stake in Lindell Chemicals Inc "
                        "from private investors.", "1987-04-09")
    assert not any(c == "061" and t == "USACVL" for s, c, t in got), got
