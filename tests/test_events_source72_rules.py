"""source72: sources the coder lost and pairs it pruned (docs/evaluation/events-source72.md). Every
sentence is our own, written in the style of 1987 Reuters.

- "The suit, filed by X, charges ...": the suit's own filing participle names its plaintiff
  (events/suit_authors._own_filer); an unnamed filer gives none, and a participle with no agent
  leaves the earlier suit to be looked for.
- "The suit also names X as a defendant" is a suit (115) by the plaintiff (verbs.txt, suit_authors).
- "trade group", "trade association", "economic / business organisations" are business (roles.tsv).
- "X is unlikely / certain / sure to <act>" is a forecast (filters.SCHEDULED_HEADS).
- "Criticism of X came from Y": Y is the doer (events/came_from.py).
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


def test_the_suit_names_its_defendants():
    got = coded_triples("NEW YORK, April 9 - Harwell Chemical Corp said it sued the Treasury Department.\n\nThe suit "
                        "also names Mitsui and Co Ltd of Japan as a defendant.", "1987-04-09")
    assert ("USABUS", "115", "JPNBUS") in got, got
    got = coded_triples("NEW YORK, April 9 - Granite Savings Bank filed a lawsuit against Moreland Realty Corp in "
                        "state court.\n\nThe lawsuit names as defendants <Pratt Insurance Co> and two former officers "
                        "of Moreland.", "1987-04-09")
    assert ("USABUS", "115", "USABUS") in got, got
    assert not coded_triples("NEW YORK, April 9 - Harwell Chemical Corp named Dayton Plastics Inc as its main "
                             "supplier.", "1987-04-09")
    assert not coded_triples("NEW YORK, April 9 - The suit does not name Ridgeway Supply Co as a defendant.",
                             "1987-04-09")


def test_business_lobbies_are_business():
    got = coded_triples("TOKYO, April 9 - Leading economic organisations called on the government to adopt a large "
                        "supplementary budget.", "1987-04-09")
    assert ("JPNBUS", "0242", "JPNGOV") in got, got
    got = coded_triples("WASHINGTON, April 9 - The trade group said Japan had failed to honour the semiconductor "
                        "pact.", "1987-04-09")
    assert ("USABUS", "112", "JPN") in got, got
    got = coded_triples("TOKYO, April 9 - Japan's four major business organisations urged the government to cut "
                        "corporate taxes.", "1987-04-09")
    assert any(s == "JPNBUS" and t == "JPNGOV" for s, c, t in got), got


def test_unlikely_or_certain_acts_are_forecasts():
    assert not coded_triples("TORONTO, April 9 - Workers at the Gaspe smelter are unlikely to reject the company's "
                             "offer, Noranda said.", "1987-04-09")
    assert not coded_triples("WASHINGTON, April 9 - Japan is unlikely to accept the American proposal, officials "
                             "said.", "1987-04-09")
    assert not coded_triples("TOKYO, April 9 - The move is certain to anger Washington, diplomats said.", "1987-04-09")
    got = coded_triples("TORONTO, April 9 - Noranda Inc said workers at its Gaspe smelter rejected the company's "
                        "latest wage offer.", "1987-04-09")
    assert ("CANLAB", "120", "CANBUS") in got, got


def test_an_act_noun_that_came_from_its_doer():
    got = coded_triples("BEIRUT, April 9 - Swift condemnation of the Israeli raid came from Syria and Egypt.",
                        "1987-04-09")
    assert {("SYR", "111", "ISR"), ("EGY", "111", "ISR")} <= got, got
    got = coded_triples("MOSCOW, April 9 - Sharp criticism of Washington's arms policy came on Tuesday from the "
                        "Soviet Foreign Ministry.", "1987-04-09")
    assert ("RUSGOV", "111", "USA") in got, got
    got = coded_triples("LONDON, April 9 - Criticism of the Thatcher government's budget came from the Labour "
                        "Party.", "1987-04-09")
    assert ("GBROPP", "111", "GBRGOV") in got, got


def test_no_act_noun_or_an_unreal_coming_codes_nothing():
    assert not coded_triples("MOSCOW, April 9 - No criticism of the American plan came from the Kremlin.", "1987-04-09")
    assert not coded_triples("MOSCOW, April 9 - Criticism of the American plan may come from the Kremlin next week.",
                             "1987-04-09")
    assert not coded_triples("MOSCOW, April 9 - The idea for the meeting came from Soviet leader Mikhail Gorbachev.",
                             "1987-04-09")


def test_takeovers_moved_from_older_tests_now_code():
    got = coded_triples("NEW YORK 1989-11-20\n\nFirst Harbor Corp said it tentatively agreed to acquire Westgate Bancorp "
                        "for stock valued at about 18 million dollars.", "1989-11-20")
    assert ("USABUS", "057", "USABUS") in got, got
    got = coded_triples("NEW YORK 1987-04-02\n\nAlleghany Corp bought Cyclops Corp's steel business for 110 mln dlrs.",
                        "1987-04-02")
    assert ("USABUS", "061", "USABUS") in got, got
    got = coded_triples("CARACAS 1987-04-02\n\nPetroleos de Venezuela will not buy a stake in Champlin Petroleum Co, "
                        "the energy minister said.", "1987-04-02")
    assert not any(c[:2] in ("03", "06", "12") for _, c, _ in got), got
