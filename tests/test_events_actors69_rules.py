"""actors69: organisations no actor table lists, read by their name's head word
(docs/evaluation/events-actors69.md). Every sentence is our own, in 1987 Reuters style.

- A firm introduced by what it makes ("British shipping group X", "Italian textile concern Y")
  is a business of the adjective's country, not the bare country.
- An unlisted body's kind from its head word: a federation or brotherhood of employees, pilots or
  clerks is a union (LAB); a "... Project" or a "Center for ..." an advocacy group (NGO); a trade
  federation or association of an industry business (BUS); a "... Board" or "... Bureau" a state
  agency (GOV); a numbered union local ("Local 705") a union.
- A person whose apposed post (attorney, economist, associate) is at such a non-state body speaks
  for it.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story

from dateline.resolve.actor_roles import role_code
from dateline.resolve.org_kinds import body_kind, firm_descriptor

DAY = "1987-03-12"


def _story(place: str, sentence: str) -> str:
    return wire_story(place, DAY, sentence)


# --- firms introduced by their trade -------------------------------------------------------------

def test_a_national_trade_group_is_that_countrys_business():
    for text, triple in (
            (_story("LONDON", "British packaging group Crestmoor said it rejected a bid from Halden Ltd."),
             ("GBRBUS", "120", "GBRBUS")),
            (_story("MILAN", "Italian textile concern Varesi rejected a takeover offer from Halden Ltd."),
             ("ITABUS", "120", "ITABUS")),  # (Ltd names no country: the story's)
            (_story("LONDON", "Halden Ltd said it turned down an offer from the Dutch dredging group Zeewolk."),
             ("GBRBUS", "120", "NLDBUS")),
    ):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_a_political_or_armed_group_is_no_firm():
    assert firm_descriptor(["lebanese", "shi'ite", "group"]) == []
    assert firm_descriptor(["kurdish", "rebel", "group"]) == []
    assert firm_descriptor(["pressure", "group"]) == []
    assert role_code("Italian textile concern") == "BUS"
    assert role_code("expressed concern") is None


# --- an unlisted body's kind from its head word -------------------------------------------------------

def test_body_kinds_from_head_words():
    assert body_kind("National Federation of Postal Employees") == "labor union"
    assert body_kind("American Federation of Government Employees") == "labor union"
    assert body_kind("Brotherhood of Railway Clerks") == "labor union"
    assert body_kind("Air Line Pilots Association") == "labor union"
    assert body_kind("Local 600") == "labor union"
    assert body_kind("Government Accountability Project") == "advocacy group"
    assert body_kind("Center for Auto Safety") == "advocacy group"
    assert body_kind("Japan Iron and Steel Federation") == "company"
    assert body_kind("National Association of Grain Exporters") == "company"
    assert body_kind("Australian Wheat Board") == "authority"
    assert body_kind("Census Bureau") is None  # (read GOV at first; dropped, see the doc)
    assert body_kind("National Association of Home Builders") == "company"
    assert body_kind("Consumer Federation of America") == "advocacy group"
    assert body_kind("Consumers Union") == "advocacy group"
    assert body_kind("Merchant Marine Superintendency") == "authority"


def test_bodies_that_are_not_what_the_head_word_says():
    assert body_kind("Center for Disease Control") is None  # a state body
    assert body_kind("Reuters Tokyo Bureau") is None  # a news bureau
    assert body_kind("Ocean Lines") is None
    assert body_kind("the project") is None  # not a name
    assert role_code("Virginia Farm Bureau") == "AGR"
    assert role_code("Chicago Board of Trade") == "BUS"
    assert role_code("National Council of Churches") == "NGO"
    assert role_code("the local 1990 elections") is None


def test_unlisted_bodies_code_their_kind():
    for text, triple in (
            (_story("WASHINGTON", "The National Federation of Federal Employees accused the Labor "
                                  "Department of breaking the contract."), ("USALAB", "112", "USAGOV")),
            (_story("WASHINGTON", "The Pesticide Reform Project accused the Environmental Protection Agency "
                                  "of ignoring cancer risks."), ("USANGO", "112", "USAGOV")),
            (_story("WINNIPEG", "The Canadian Wheat Board accused U.S. exporters of dumping subsidised grain."),
             ("CANGOV", "112", "USABUS")),
            (_story("WASHINGTON", "The National Association of Home Builders urged Congress to extend the mortgage "
                                  "tax deduction."), ("USABUS", "020", "USALEG")),
            (_story("WASHINGTON", "The Consumer Federation of America accused the banking regulators of "
                                  "protecting the thrift industry."), ("USANGO", "112", "USAGOV")),
            (_story("CHICAGO", "Local 705 of the Teamsters union rejected the latest contract offer from "
                               "Midwest Freight Lines Inc."), ("USALAB", "120", "USABUS")),
    ):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


# --- a body's staff speak for it -------------------------------------------------------------------------

def test_a_staff_post_at_a_non_state_body_is_the_bodys():
    for text, triple in (
            (_story("WASHINGTON", "Ellen Barr, staff attorney at the Consumer Safety Project, accused the Food "
                                  "and Drug Administration of ignoring evidence."), ("USANGO", "112", "USAGOV")),
            (_story("WASHINGTON", "Mark Olson, an economist at the Center for Budget Studies, criticised the "
                                  "administration's tax plan."), ("USANGO", "111", "USAGOV")),
            (_story("DETROIT", "Frank Mazur, a lawyer with the National Union of Auto Workers, accused Ford "
                               "Motor Co of breaking the contract."), ("USALAB", "112", "USABUS")),
    ):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_a_staff_post_at_a_state_body_keeps_its_reading():
    got = coded_triples(_story("WASHINGTON", "Ellen Barr, an attorney at the Justice Department, accused "
                                             "Halden Corp of hiding evidence."), DAY)
    assert not any(src.endswith(("NGO", "LAB", "BUS")) for src, _, _ in got), got


# --- firms named by their trade's "house" ------------------------------------------------------------

def test_a_house_is_still_a_building_or_a_chamber():
    assert role_code("securities houses") == "BUS"
    assert role_code("the House") == "LEG"
    got = coded_triples(_story("BEIRUT", "Israeli jets bombed a house in southern Lebanon."), DAY)
    assert not any(tgt and tgt.endswith("BUS") for _, _, tgt in got), got


# --- a chief's title of a non-state body over a named person's private default ------------------

def test_the_chief_of_a_non_state_body_named_before_the_person_is_the_bodys():
    for text, triple in (
            (_story("VIENNA", "Head of the Chamber of Commerce's trade section, Karl Brandl, said the government "
                              "should cut export taxes."), ("AUTBUS", "020", "AUTGOV")),
            (_story("LONDON", "The head of Harwell Ferries Ltd, Peter Crane, accused the union of wrecking the "
                              "talks."), ("GBRBUS", "112", "GBRLAB")),
    ):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_the_head_of_a_family_stays_a_private_person():
    got = coded_triples(_story("LONDON", "Peter Crane, head of the family, accused the police of harassment."), DAY)
    assert ("GBRCVL", "112", "GBRCOP") in got, got


# --- more trade descriptors, craft unions, untagged names, lawyers for a body ------------------------

def test_trade_bodies_and_monopolies_in_lower_case_are_business():
    assert role_code("the Belgian banking association") == "BUS"
    assert role_code("state oil monopoly") == "BUS"
    assert role_code("the farmers association") != "BUS"
    got = coded_triples(_story("BRUSSELS", "The Dutch insurance federation urged the government to scrap the "
                                           "new premium tax."), DAY)
    assert any(src == "NLDBUS" for src, _, _ in got), got  # (the Dutch federation, not the bare NLD)


def test_a_brotherhood_of_a_craft_is_a_union_and_no_faith_movement_is():
    assert body_kind("Brotherhood of Locomotive Engineers") == "labor union"
    assert body_kind("Brotherhood of Maintenance of Way Employees") == "labor union"
    assert body_kind("Muslim Brotherhood") is None


def test_an_untagged_body_name_is_read_by_its_head_word():
    for text, src in (
            (_story("WASHINGTON", "The Nuclear Safety Project accused the Nuclear Regulatory Commission of "
                                  "ignoring cracks in reactor pipes."), "USANGO"),
            (_story("WASHINGTON", "The Center for Tax Justice criticised the Treasury for favouring large "
                                  "corporations."), "USANGO"),
    ):
        got = coded_triples(text, DAY)
        assert any(s == src and t == "USAGOV" for s, _, t in got), (text, got)


def test_a_lawyer_for_a_union_speaks_for_it():
    got = coded_triples(_story("DETROIT", "Ray Novak, a lawyer for the National Union of Machinists, accused "
                                          "Chrysler Corp of breaking the contract."), DAY)
    assert ("USALAB", "112", "USABUS") in got, got


def test_a_described_state_agency_is_no_earlier_advocacy_group():
    got = coded_triples(_story("WASHINGTON", "Joan Marsh, a staff attorney with the Health Research Project, "
                                             "accused the drug agency of ignoring side effects."), DAY)
    assert ("USANGO", "112", "USAGOV") in got, got


def test_members_opening_a_paragraph_are_their_bodys():
    for text, triple in (
            (wire_story("CHICAGO", DAY, "Members of the Teamsters union rejected the latest offer from Ford Motor Co."),
             ("USALAB", "120", "USABUS")),
            (wire_story("NEW YORK", DAY, "Members of Local 32 of the building workers union rejected the latest "
                                         "offer from Harmon Realty Corp."), ("USALAB", "120", "USABUS")),
            (wire_story("LONDON", DAY, "Officials of the National Union of Seamen accused the ferry companies of "
                                       "breaking the agreement."), ("GBRLAB", "112", "GBRBUS")),
    ):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_members_of_parliament_stay_legislators():
    got = coded_triples(wire_story("LONDON", DAY, "Members of Parliament accused the government of hiding the report."),
                        DAY)
    assert ("GBRLEG", "112", "GBRGOV") in got, got
