"""pairs55: acts the coder read and then threw away (docs/evaluation/events-pairs55.md).
Every sentence is our own, written in wire or Wikinews style.

- A body acting on its own officer ("Texaco sued its former chairman") is two parties: the
  resolver gives "its chairman" the body's entity, and the "actor acting on itself" guard dropped
  the pair. The officer now codes as the body's code without its entity (`events/owned_officials.py`).
- The guard still drops what it was written for: an office holder acting on the body he heads,
  an organ of the body ("its board"), reflexives, a body's statement about its own officer.
- A body firing its officer ("dismissed its chief financial officer") is 172, not the 120 of a
  request refused; a firm's own staffing stays uncoded (coop.refine keeps a state's 172 only).
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story

OLD, WIRE, WIKI = "1987-05-12", "1996-08-30", "2019-04-11"


def test_a_firm_acting_on_its_own_officer_codes():
    # actors73: a former holder of a firm's post is a private person (CVL), as the 1987 gold codes
    # "its former chairman Ernest Saunders" and "a former officer and director"
    for text, day, want in (
            ("Texaco Inc sued its former chairman on Tuesday, a company spokesman said.", OLD, ("USABUS", "115", "USACVL")),
            (wire_story("PITTSBURGH", OLD, "Allegheny International Inc filed suit against its former chairman on Friday."), OLD,
             ("USABUS", "115", "USACVL")),
            ("Boeing criticised its former chief executive in a statement on Wednesday.", WIKI, ("USABUS", "111", "USACVL"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_the_guard_still_drops_one_side_read_twice():
    for text, day in (("The chairman of Texaco criticised the company on Tuesday.", OLD),
                      ("Texaco's chairman sued the company over his pension.", WIRE),
                      ("Siemens said its board backed its chief executive.", WIKI),
                      ("Acme Corp said its chief executive would resign.", WIKI),
                      ("The company said it would defend itself in court.", WIRE)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[0] == t[2]], (text, got)


def test_a_firm_firing_its_officer_is_no_rejection():
    for text, day in (("General Motors Corp dismissed its chief financial officer on Monday.", OLD),
                      ("Daewoo Corp sacked its president on Friday after the bribery scandal.", WIRE)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1][:2] == "12"], (text, got)


def test_a_person_acting_on_a_relative_codes_the_relative_as_a_private_person():
    for text, day, want in (
            (wire_story("KARACHI", WIRE, "Prime Minister Benazir Bhutto accused her brother of plotting against the government."),
             WIRE, ("PAKGOV", "PAKCVL")),
            (wire_story("MANILA", OLD, "Imelda Marcos sued her nephew in a Manila court on Tuesday over the family estate."),
             OLD, ("PHLCVL", "PHLCVL")),
            (wire_story("WASHINGTON", WIKI, "Senator Mary Jones defended her niece's account on Monday, saying the meeting "
                                            "took place earlier."), WIKI, ("USALEG", "USACVL")),
            (wire_story("PARIS", WIRE, "President Jacques Chirac praised his late father in a speech on Thursday."),
             WIRE, ("FRAGOV", "FRACVL"))):
        got = coded_triples(text, day)
        assert any((s, t) == want for s, _, t in got), (text, got)


def test_a_relative_in_a_report_or_a_reflexive_is_still_no_pair():
    for text, day in ((wire_story("WASHINGTON", WIKI, "Senator Mary Jones said her son had been arrested in Texas."), WIKI),
                      (wire_story("PARIS", WIRE, "President Jacques Chirac defended himself in a television interview on Thursday."),
                       WIRE),
                      (wire_story("MANILA", OLD, "Imelda Marcos said she would not let her nephew sell the family estate."), OLD)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[2] and t[2].endswith("CVL")], (text, got)


# --- an object "them" is not its own clause's subject ----------------------------------------------

def test_them_as_an_object_is_not_the_subject_of_its_own_verb():
    story = wire_story("BELGRADE", WIKI, "Thousands of opposition supporters marched on the parliament building in "
                                         "Belgrade on Saturday.", "As they tried to storm parliament, police fired tear gas at them.")
    got = coded_triples(story, WIKI)
    assert ("SRBCOP", "175", "SRBOPP") in got, got
    story = wire_story("COLOMBO", WIRE, "Sri Lankan soldiers said Tamil rebels ambushed them near Vavuniya on Tuesday.")
    got = coded_triples(story, WIRE)
    assert ("LKAREB", "190", "LKAMIL") in got, got
    assert not [t for t in got if t[0] == t[2]], got


def test_them_still_takes_the_group_named_before():
    for story, day, want in (
            (wire_story("PARIS", WIKI, "Yellow vest protesters blocked roads around Paris on Saturday.",
                        "Police dispersed them with water cannon."), WIKI, ("FRACOP", "175", "FRAOPP")),
            (wire_story("SANTIAGO", OLD, "Striking copper miners blocked the main highway south of Santiago on Monday.",
                        "Soldiers fired rubber bullets at them and detained 40 men."), OLD, ("CHLMIL", "175", "CHLLAB"))):
        got = coded_triples(story, day)
        assert want in got, (story, got)


# --- a regional official naming the national capital -----------------------------------------------

def test_a_regional_official_acting_on_the_capital_codes_the_state():
    for story, day, want in (
            (wire_story("MONTREAL", WIRE, "Quebec Premier Lucien Bouchard accused Ottawa on Friday of meddling in the "
                                          "province's affairs."), WIRE, ("CANGOV", "CAN")),
            (wire_story("TORONTO", OLD, "Ontario Premier David Peterson criticised Ottawa on Tuesday over the free trade "
                                        "talks."), OLD, ("CANGOV", "CAN")),
            (wire_story("SACRAMENTO", WIKI, "California Governor Gavin Newsom criticised Washington on Monday for cutting "
                                            "wildfire aid."), WIKI, ("USAGOV", "USA"))):
        got = coded_triples(story, day)
        assert any((s, t) == want and code[:2] == "11" for s, code, t in got), (story, got)


def test_trips_national_officials_and_other_cities_stay_places_at_home():
    for story, day in (
            (wire_story("MONTREAL", WIRE, "Quebec Premier Lucien Bouchard flew to Ottawa on Friday for talks."), WIRE),
            (wire_story("BEIJING", WIRE, "Chinese Premier Li Peng returned to Beijing on Friday after a tour of the provinces."),
             WIRE),
            (wire_story("SACRAMENTO", WIKI, "California Governor Gavin Newsom criticised Los Angeles on Monday over "
                                            "homelessness."), WIKI),
            (wire_story("MOSCOW", OLD, "Soviet Premier Nikolai Ryzhkov praised Moscow on Tuesday for its housing programme."),
             OLD)):
        got = coded_triples(story, day)
        assert not [t for t in got if t[2] and len(t[2]) == 3], (story, got)


def test_a_business_persons_relative_is_not_read_as_a_private_person():
    story = wire_story("NEW YORK", WIKI, "Businessman John Smith accused his brother of stealing company funds.")
    got = coded_triples(story, WIKI)
    assert not [t for t in got if t[2] == "USACVL"], got
