"""parties22 rules, each checked on sentences we wrote (docs/evaluation/events-parties22.md): the
sides of joint acts (talks, agreements) written as group nouns.

- "management" is the employer's side of a labour dispute (BUS, actors.ROLE_WORDS);
- "representatives / negotiators of, from, for X" are X; for a country, its government
  (events/joint_sides.represented_body, actors._represented_actor);
- a joint act whose one subject is a group noun takes the noun coordinated last inside the
  subject's "of" phrase as the other side (events/joint_sides.stranded_co_sides).
"""
from __future__ import annotations

from events_variety import coded_triples, resolved_codes

DATE = "1987-03-10"


# --- management is the employer -------------------------------------------------------------------

def test_talks_between_management_and_unions_are_coded_both_ways():
    text = ("LONDON 1987-03-10\n\nTalks between management and unions at Cargill U.K. Ltd's oilseed plant in "
            "Liverpool will resume Monday, a company spokesman said.")
    got = coded_triples(text, DATE)
    assert ("GBRBUS", "036", "GBRLAB") in got
    assert ("GBRLAB", "036", "GBRBUS") in got


def test_management_alone_resolves_to_the_firms_country():
    text = ("SYDNEY 1987-03-10\n\nManagement at the BHP steelworks in Newcastle rejected the pay claim on "
            "Monday, a union official said.")
    assert resolved_codes(text, "Management", DATE) == ["AUSBUS"]


def test_managements_own_failure_is_no_talks():
    # a noun of acting ("his management of the crisis") stays no party to anything here
    text = ("LONDON 1987-03-10\n\nThe minister's management of the strike drew little comment from "
            "either side on Monday.")
    assert not any(t[2] for t in coded_triples(text, DATE))


# --- representatives of X are X --------------------------------------------------------------------

def test_representatives_from_a_bank_are_the_bank_not_legislators():
    text = ("SAO PAULO 1987-03-10\n\nFinance Minister Dilson Funaro met on Monday with representatives "
            "from Citibank to discuss the foreign debt.")
    got = coded_triples(text, DATE)
    assert ("BRAGOV", "040", "USABUS") in got
    assert not any(t[2] == "BRALEG" for t in got)


def test_a_representative_for_creditors_is_a_creditor():
    text = ("LAGOS 1987-03-10\n\nNigeria will hold talks with a newly appointed representative for its "
            "creditor banks next week, the central bank said.")
    assert ("NGA", "036", "---BUS") in coded_triples(text, DATE)


def test_representatives_of_two_countries_are_their_governments():
    text = "CAIRO 1987-03-10\n\nRepresentatives of Egypt and Israel will resume talks in Cairo on Monday."
    got = coded_triples(text, DATE)
    assert ("EGYGOV", "036", "ISRGOV") in got
    assert ("ISRGOV", "036", "EGYGOV") in got


def test_the_house_of_representatives_stays_the_legislature():
    text = ("WASHINGTON 1987-03-10\n\nThe House of Representatives and the Senate reached an agreement on "
            "the budget on Monday.")
    got = coded_triples(text, DATE)
    assert got and all(t[0] == "USALEG" for t in got)


def test_a_trade_representative_keeps_his_office():
    text = ("WASHINGTON 1987-03-10\n\nU.S. Trade Representative Clayton Yeutter met Japanese officials in "
            "Tokyo on Monday.")
    assert ("USAGOV", "040", "JPNGOV") in coded_triples(text, DATE)


# --- a side stranded in the subject's "of" phrase ------------------------------------------------

def test_union_leaders_of_miners_and_government_representatives_resume_talks():
    text = ("LA PAZ 1987-03-10\n\nUnion leaders of the tin miners and government representatives will "
            "resume talks on Monday to end a strike over pay, a union spokesman said.")
    got = coded_triples(text, DATE)
    assert ("BOLLAB", "036", "BOLGOV") in got
    assert ("BOLGOV", "036", "BOLLAB") in got


def test_a_side_attached_deeper_still_is_found():
    text = ("LA PAZ 1987-03-10\n\nUnion leaders of 9,000 miners employed by the state mining corporation "
            "Comibol and government representatives will resume talks on Monday, a union spokesman said.")
    got = coded_triples(text, DATE)
    assert ("BOLLAB", "036", "BOLGOV") in got
    assert ("BOLGOV", "036", "BOLLAB") in got


def test_a_one_way_act_does_not_pair_the_of_phrase():
    # criticism is no joint act: the miners' and farmers' leaders criticise the government, not each other
    text = "LA PAZ 1987-03-10\n\nLeaders of the tin miners and the farmers criticised the government on Monday."
    got = coded_triples(text, DATE)
    assert ("BOLLAB", "111", "BOLGOV") in got
    assert not any(t[1] == "111" and t[2] in ("BOLLAB", "BOLAGR") for t in got)


def test_negated_talks_stay_uncoded():
    text = ("LA PAZ 1987-03-10\n\nUnion leaders of the tin miners and government representatives did not "
            "resume talks on Monday, a union spokesman said.")
    assert not any(t[1][:2] in ("03", "04") and t[2] for t in coded_triples(text, DATE))


# --- "they" / "the parties" of a joint act: the pair last coded both ways ------------------------

def test_they_agreed_after_a_meeting_is_the_pair_that_met():
    text = ("LJUBLJANA 1996-09-10\n\nPolish President Aleksander Kwasniewski and his Slovenian counterpart "
            "Milan Kucan met on Tuesday at the start of a visit to Slovenia by Kwasniewski. They said in a "
            "statement they agreed to hold regular telephone consultations.")
    got = coded_triples(text, "1996-09-10")
    assert ("POLGOV", "036", "SVNGOV") in got
    assert ("SVNGOV", "036", "POLGOV") in got


def test_they_after_a_one_way_act_names_no_pair():
    # an attack is no joint act: "they" pairs nobody with the post they attacked
    text = ("MANILA 1996-09-10\n\nCommunist rebels attacked an army post in the north on Monday. "
            "They agreed to hold telephone consultations, a spokesman said.")
    got = coded_triples(text, "1996-09-10")
    assert not any(t[1][:2] == "03" and t[2] for t in got)
