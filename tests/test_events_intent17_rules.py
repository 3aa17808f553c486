"""The intent17 rules (events/readiness.py), each on sentences we wrote: an intention told by an
adjective of readiness ("stood ready to"), a plan noun a copula equates with the act ("its aim
was to"), a conditional wish ("would like to"), a gerund after an intention noun ("has every
intention of meeting"), a readiness word that takes an event noun ("ready for talks with Y",
"open to negotiations", "looks forward to talks", "in favour of talks"), and the inverted
timetable ("Also due to visit Y is X"). The act is coded by its own dictionary line and mapped to
its 03x. Negated, questioned, conditional and forecast ones stay uncoded; a union's intent to
meet a company is kept (firm dealings); a timetabled trip for a check-up is no visit.
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "2021-06-15") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _codes(text: str, root: str) -> set[str]:
    return {c for _, c, _ in _events(text) if c.startswith(root)}


# ---------------------------------------------------------------- readiness adjectives

def test_standing_ready_to_hold_talks_is_an_intent_to_meet():
    assert ("KEN", "036", "UGA") in _events("Kenya said it stood ready to hold talks with Uganda.")


def test_a_denied_readiness_codes_nothing():
    got = _events("Kenya is not willing to meet Uganda.")
    assert not any(c.startswith(("03", "04")) for _, c, _ in got)


def test_a_readiness_in_a_question_codes_nothing():
    assert not _codes("Is Kenya willing to meet Uganda?", "03")


def test_a_readiness_in_a_hypothetical_codes_nothing():
    assert not _codes("Kenya would be willing to meet Uganda if the war ended.", "03")


def test_a_forecast_stays_uncoded():
    assert not _codes("Kenyan President William Ruto is expected to meet Yoweri Museveni on Friday.", "03")


# ---------------------------------------------------------------- the union and the company

def test_a_union_ready_to_negotiate_with_a_company_intends_to_meet_it():
    assert ("---LAB", "036", "---BUS") in _events(
        "The union said it is willing to enter negotiations with the company.")


def test_a_union_saying_it_would_enter_negotiations_intends_to_meet():
    assert ("---LAB", "036", "---BUS") in _events("The union said it would enter negotiations with the company.")


def test_a_firm_inviting_unions_for_talks_intends_to_meet_them():
    assert ("---BUS", "036", "---LAB") in _events("The employers have invited the unions for talks on Friday.")


# ---------------------------------------------------------------- plan nouns and wishes

def test_an_aim_that_is_an_act_is_its_intent():
    assert ("KEN", "036", "UGA") in _events("Kenya said its aim was to resume talks with Uganda.")


def test_an_intention_that_is_an_act_is_its_intent():
    assert ("KEN", "036", "UGA") in _events("Kenya said its intention was to resume talks with Uganda.")


def test_would_like_to_meet_is_an_intent_to_meet():
    assert ("KEN", "036", "UGA") in _events("Kenya would like to meet Uganda.")


def test_would_prefer_to_agree_a_solution_is_an_intent_to_cooperate():
    assert ("KEN", "030", "UGA") in _events("Kenya said it would prefer to agree a solution with Uganda.")


def test_a_wish_under_a_condition_codes_nothing():
    assert not _codes("Kenya would like to meet Uganda if the talks in Geneva succeed.", "03")


def test_a_repeated_desire_to_normalise_relations_is_an_intent():
    assert ("KEN", "032", "UGA") in _events("Kenya repeated its desire to normalise relations with Uganda.")


def test_every_intention_of_meeting_is_an_intent_to_meet():
    assert ("KEN", "036", "KENREB") in _events("Kenya said it has every intention of meeting the rebels.")


def test_an_announced_intention_of_sending_troops_is_an_intent():
    assert ("KEN", "0334", "SOM") in _events("Kenya announced its intention of sending troops to Somalia.")


def test_no_intention_of_meeting_codes_nothing():
    got = _events("Kenya said it had no intention of meeting the rebels.")
    assert not any(c.startswith(("03", "04")) for _, c, _ in got)


# ---------------------------------------------------------------- readiness for an event noun

def test_ready_for_talks_is_an_intent_to_meet():
    assert ("KEN", "036", "UGA") in _events("Kenya is ready for talks with Uganda.")


def test_open_to_negotiations_is_an_intent_to_meet():
    assert ("KEN", "036", "UGA") in _events("Kenya is open to negotiations with Uganda.")


def test_expressed_readiness_for_talks_is_an_intent_to_meet():
    assert ("KEN", "036", "UGA") in _events("Kenya expressed readiness for talks with Uganda.")


def test_looking_forward_to_talks_is_an_intent_to_meet():
    assert ("KEN", "036", "UGA") in _events("Kenya said it was looking forward to talks with Uganda.")


def test_looking_forward_to_working_together_is_an_intent_to_cooperate():
    got = _events("Kenya said it looked forward to working with Uganda.")
    assert ("KEN", "030", "UGA") in got and ("KEN", "060", "UGA") not in got


def test_in_favour_of_talks_is_an_intent_to_meet():
    assert ("KEN", "036", "KENREB") in _events("Kenya is in favour of talks with the rebels.")


def test_not_in_favour_of_talks_codes_nothing():
    got = _events("Kenya is not in favour of talks with the rebels.")
    assert not any(c.startswith(("03", "04")) for _, c, _ in got)


def test_not_ready_for_talks_codes_nothing():
    got = _events("Kenya is not ready for talks with Uganda.")
    assert not any(c.startswith(("03", "04")) for _, c, _ in got)


def test_ready_for_war_is_no_intent_to_cooperate():
    assert not _codes("Kenya is ready for war with Uganda.", "03")


# ---------------------------------------------------------------- timetables

def test_an_inverted_timetable_gives_each_visitor_its_intent():
    got = _events("Also due to visit Brazil in September are South Korean President Kim Young Sam "
                  "and German Chancellor Helmut Kohl.")
    assert {("KORGOV", "036", "BRA"), ("DEUGOV", "036", "BRA")} <= got
    assert ("DEU", "036", "BRA") not in got  # the adjective before a name is no second visitor


def test_an_inverted_timetable_with_one_visitor():
    assert ("JPNGOV", "036", "KEN") in _events("Also due to visit Kenya next week is the Japanese prime minister.")


def test_a_timetabled_trip_for_a_check_up_is_no_visit():
    got = _events("Nicaraguan President Violeta Chamorro was due to fly to the United States on Saturday "
                  "for a medical check-up.")
    assert not any(t == "USA" for _, _, t in got)


def test_interested_in_talks_is_an_intent_to_meet():
    assert ("KEN", "036", "UGA") in _events("Kenya is interested in talks with Uganda.")


def test_hoping_for_a_meeting_is_an_intent_to_meet():
    assert ("KEN", "036", "UGA") in _events("Kenya hopes for a meeting with Uganda.")


def test_looking_forward_to_another_partys_visit_is_not_the_hosts_intent():
    got = _events("Kenya is looking forward to the visit of the Ugandan president.")
    assert ("KEN", "036", "UGAGOV") not in got and ("KEN", "036", "UGA") not in got


def test_open_to_criticism_is_no_intent():
    assert not _codes("The Kenyan minister said she was open to criticism from the opposition.", "03")


# ---------------------------------------------------------------- wanted ties (act lines)

def test_wanting_closer_ties_is_an_intent_of_diplomatic_cooperation():
    assert ("KEN", "032", "UGA") in _events("Kenya wants closer ties with Uganda.")


def test_seeking_closer_cooperation_is_an_intent_to_cooperate():
    assert ("KEN", "030", "UGA") in _events("Kenya is seeking closer cooperation with Uganda.")


# ---------------------------------------------------------------- "the first leader to <act>"

def test_will_be_the_first_leader_to_meet_is_an_intent_to_meet():
    assert ("ITAGOV", "036", "TURGOV") in _events(
        "The Italian prime minister will be the first Western leader to meet Turkish Prime Minister Necmettin Erbakan.")


def test_was_the_first_leader_to_visit_is_the_visit():
    assert ("KENGOV", "042", "PRK") in _events(
        "Kenyan President William Ruto was the first African leader to visit North Korea.")


def test_would_be_the_first_leader_to_visit_codes_nothing():
    got = _events("Kenyan President William Ruto would be the first African leader to visit North Korea.")
    assert not any(t == "PRK" for _, _, t in got)


def test_was_not_the_first_leader_to_visit_codes_nothing():
    got = _events("Kenyan President William Ruto was not the first African leader to visit North Korea.")
    assert not any(t == "PRK" for _, _, t in got)


# ---------------------------------------------------------------- agreed future contact

def test_agreeing_to_have_regular_contact_is_an_intent_each_way():
    got = _events("Kenya and Uganda agreed to have regular telephone contact.")
    assert {("KEN", "036", "UGA"), ("UGA", "036", "KEN")} <= got
    assert ("KEN", "040", "UGA") not in got


def test_agreeing_with_a_partner_to_hold_talks_is_an_intent_toward_it():
    got = _events("Kenya agreed with Uganda to hold regular talks.")
    assert ("KEN", "036", "UGA") in got
    assert ("UGA", "036", "KEN") not in got  # the partner is no grammatical agent


def test_not_agreeing_to_have_contact_codes_nothing():
    got = _events("Kenya and Uganda did not agree to have regular telephone contact.")
    assert not any(c.startswith(("03", "04")) for _, c, _ in got)
