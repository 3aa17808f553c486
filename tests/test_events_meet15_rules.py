"""The meet15 rules (events/meetings.py), each on sentences we wrote: a meeting noun whose
"between" phrase is one plural noun under two nationality words, a meeting reported through its
attendees, an arrival put on the timetable with "due", a speaker saying it is time for talks
with the other side, and negotiators for two named parties. Each has negative tests: negated,
hypothetical, future or wrong-sense uses stay uncoded (or are not coded as the act).
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "1996-08-20") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


# ---------------------------------------------------------------- "between the X and Y ministers"

def test_talks_between_two_nationalities_of_one_noun_code_both_ways():
    got = _events("Talks between the Kenyan and Ugandan presidents were going well on Thursday, an aide said.")
    assert {("KENGOV", "040", "UGAGOV"), ("UGAGOV", "040", "KENGOV")} <= got


def test_agentless_passive_meeting_between_two_nationalities():
    got = _events("Talks between the Chilean and Peruvian foreign ministers were held in Lima on Monday.")
    assert {("CHLGOV", "040", "PERGOV"), ("PERGOV", "040", "CHLGOV")} <= got


def test_talks_between_two_nationalities_that_will_resume_are_intended():
    got = _events("Talks between the Kenyan and Ugandan foreign ministers will resume on Monday.")
    assert {("KENGOV", "036", "UGAGOV"), ("UGAGOV", "036", "KENGOV")} <= got
    assert not any(c == "040" for _, c, _ in got)


def test_no_talks_between_two_nationalities_are_not_coded():
    assert not any(c.startswith("04") or c == "036" for _, c, _ in _events(
        "There were no talks between the Kenyan and Ugandan presidents on Monday."))


# ---------------------------------------------------------------- attendees of a meeting

def test_a_meeting_attended_by_two_leaders_codes_both_ways():
    got = _events("The meeting was attended by the French president and the German chancellor.")
    assert got == {("FRAGOV", "040", "DEUGOV"), ("DEUGOV", "040", "FRAGOV")}


def test_attendees_of_one_side_are_not_paired_with_each_other():
    got = _events("The meeting was attended by the French president, the French prime minister and the German chancellor.")
    assert ("FRAGOV", "040", "DEUGOV") in got
    assert ("FRAGOV", "040", "FRAGOV") not in got


def test_a_future_negated_or_single_attendance_is_not_a_meeting():
    assert _events("The meeting will be attended by the French president and the German chancellor.") == set()
    assert _events("The meeting was not attended by the French president and the German chancellor.") == set()
    assert _events("The meeting was attended by the French president.") == set()


def test_a_concert_attended_by_two_leaders_is_no_meeting():
    assert _events("The concert was attended by the French president and the German chancellor.") == set()


# ---------------------------------------------------------------- "is due in Y"

def test_due_in_a_place_is_an_announced_visit():
    assert ("JORGOV", "036", "FRA") in _events("The Jordanian king is due in Paris on Monday.")
    assert ("IGOIMF", "036", "KEN") in _events("An IMF team is due in Kenya next week, an official said.")


def test_due_here_under_a_dateline_is_a_visit_to_its_country():
    assert ("IGOIMF", "036", "KEN") in _events(
        "NAIROBI, June 3 (Reuters) - An IMF team is due here next week, an official said.")


def test_a_payment_due_or_a_visit_not_due_is_not_coded():
    assert _events("The loan is due in March.") == set()
    assert _events("The French president is not due in Berlin until May.") == set()


# ---------------------------------------------------------------- "said it was time for talks with Y"

def test_saying_it_is_time_for_talks_with_the_other_side_is_an_intent_to_meet():
    assert ("CHNGOV", "036", "TWN") in _events("The Chinese foreign minister said it was time for political talks with Taiwan.")
    assert ("INDGOV", "036", "PAK") in _events(
        "The Indian prime minister told reporters that it is time for a dialogue with Pakistan.")


def test_not_time_or_time_for_something_else_or_a_condition_is_not_coded():
    assert _events("The Indian prime minister said it was not time for talks with Pakistan.") == set()
    assert _events("The Indian prime minister said it was time for lunch.") == set()
    assert _events("The minister said it would be time for talks with Pakistan if the attacks stopped.") == set()


# ---------------------------------------------------------------- negotiators for two parties

def test_negotiators_for_two_named_parties_meet_each_other():
    got = _events("Negotiators for General Motors and the United Auto Workers union resumed talks on Friday.")
    assert {("USABUS", "046", "USALAB"), ("USALAB", "046", "USABUS")} <= got


def test_negotiators_for_two_countries_are_their_governments():
    got = _events("Negotiators for Kenya and Uganda met on Monday.")
    assert {("KENGOV", "040", "UGAGOV"), ("UGAGOV", "040", "KENGOV")} <= got


def test_negotiators_for_one_party_meet_the_object_only():
    assert _events("Negotiators for General Motors met the union on Friday.") == {("USABUS", "040", "USALAB")}


# ---------------------------------------------------------------- a trip's purpose

def test_talks_a_trip_is_for_are_not_coded_of_their_own():
    got = _events("The Israeli foreign minister will visit Egypt on Sunday for talks with the Egyptian president.")
    assert ("ISRGOV", "036", "EGY") in got and ("ISRGOV", "036", "EGYGOV") not in got
    got = _events("The Russian commander arrived in Grozny on Tuesday for discussions with the rebel chief of staff.")
    assert not any(c == "040" for _, c, _ in got)


def test_talks_a_light_verb_carries_are_still_coded():
    assert ("ISRGOV", "040", "EGYGOV") in _events(
        "The Israeli foreign minister held talks with the Egyptian president in Cairo on Sunday.")


def test_a_visit_a_departure_is_for_is_the_trip():
    # the integrator's regression check: the rule above must not drop the visit a trip is for
    got = _events("President Ruto left Nairobi on Monday for a three-day visit to Uganda.")
    assert ("KENGOV", "042", "UGA") in got
    got = _events("The Chilean foreign minister flew out of Santiago for a state visit to Peru.")
    assert ("CHLGOV", "042", "PER") in got
