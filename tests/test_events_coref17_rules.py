"""coref17: actors a sentence names only by pronoun or description (sentences written for these
tests, in the style of wire news).

- "they" after two named people acting together (coordinated subjects, or a person and the
  person met), also "X and Y said they ..." (events/context.py::person_pair);
- "the two sides" after "talks between X and Y" or coordinated subjects earlier in the same
  sentence (events/context.py::named_pair);
- "they" after any plural group noun the actor coder gives a role, not only the small role
  table ("teachers", "opposition supporters": events/actors.py::group_noun);
- "director general" is an official, not a military general (resolve/actor_roles.py);
- "X, leader of the opposition," takes the role of the whole apposition, complement included
  (events/actors.py::appositive_title_role);
- "he"/"she" tied to a person stands for the person as introduced with a title and body
  (events/actors.py::introduced_actor).
"""
from __future__ import annotations

from events_variety import coded_triples, resolved_codes

DATE = "2021-06-15"
PAIR_DATE = "2023-06-15"  # both men in office as presidents


# -- "they" after a pair of named people ---------------------------------------------------


def test_they_after_coordinated_people_is_both():
    text = ("Chilean President Gabriel Boric and Argentine President Alberto Fernandez met in Santiago on "
            "Monday. They signed a trade agreement.")
    got = coded_triples(text, PAIR_DATE)
    assert ("CHLGOV", "057", "ARGGOV") in got
    assert ("ARGGOV", "057", "CHLGOV") in got


def test_they_after_person_and_the_person_met_is_both():
    text = ("Chilean President Gabriel Boric met his Argentine counterpart Alberto Fernandez in Santiago on "
            "Monday. They agreed to hold regular talks.")
    got = coded_triples(text, PAIR_DATE)
    assert ("CHLGOV", "036", "ARGGOV") in got
    assert ("ARGGOV", "036", "CHLGOV") in got


def test_coordinated_people_said_they():
    text = ("Chilean President Gabriel Boric and Argentine President Alberto Fernandez said on Monday they had "
            "agreed to hold regular talks.")
    got = coded_triples(text, PAIR_DATE)
    assert ("CHLGOV", "036", "ARGGOV") in got
    assert ("ARGGOV", "036", "CHLGOV") in got


def test_they_after_one_person_acting_on_another_is_no_pair():
    text = ("Chilean President Gabriel Boric praised Argentine President Alberto Fernandez on Monday. They "
            "agreed to hold regular talks.")
    got = coded_triples(text, PAIR_DATE)
    assert ("CHLGOV", "051", "ARGGOV") in got
    assert not {t for t in got if t[1] == "036"}


def test_they_pair_negated_stays_uncoded():
    text = ("Chilean President Gabriel Boric and Argentine President Alberto Fernandez met in Santiago on "
            "Monday. They did not agree to hold talks.")
    assert not {t for t in coded_triples(text, PAIR_DATE) if t[1] == "036"}


# -- "the two sides" -----------------------------------------------------------------------


def test_two_sides_after_talks_between():
    text = ("Talks between Russian envoy Sergei Ivanov and Chechen rebel leaders went well on Thursday. "
            "The two sides signed a ceasefire.")
    got = coded_triples(text, DATE)
    assert ("RUSGOV", "0871", "RUSREB") in got
    assert ("RUSREB", "0871", "RUSGOV") in got


def test_two_sides_after_coordinated_subjects_in_the_same_sentence():
    text = ("Talks between Russian envoy Sergei Ivanov and Chechen rebel leaders went well on Thursday and "
            "the two sides signed a ceasefire.")
    got = coded_triples(text, DATE)
    assert ("RUSGOV", "0871", "RUSREB") in got
    assert ("RUSREB", "0871", "RUSGOV") in got


# -- "they" after any group noun the actor coder knows ---------------------------------------


def test_they_after_teachers():
    text = "Thousands of Kenyan teachers marched in Nairobi on Monday. They accused the government of lying."
    assert ("KENEDU", "1121", "KENGOV") in coded_triples(text, DATE)


def test_they_after_opposition_supporters():
    text = ("Hundreds of Kenyan opposition supporters marched in Nairobi on Monday. They accused the "
            "government of rigging the vote.")
    assert ("KENOPP", "1121", "KENGOV") in coded_triples(text, DATE)


def test_they_after_teachers_hypothetical_stays_uncoded():
    text = ("Thousands of Kenyan teachers marched in Nairobi on Monday. They may accuse the government of "
            "lying if talks fail.")
    assert not {t for t in coded_triples(text, DATE) if t[1] == "1121"}


# -- titles ----------------------------------------------------------------------------------


def test_director_general_is_an_official():
    text = "Bulgarian air traffic director general Ivan Petrov criticised the controllers' union on Friday."
    assert resolved_codes(text, "Petrov", DATE) == ["BGRGOV"]


def test_army_general_stays_military():
    text = "Kenyan army general Robert Kariuki criticised the union on Monday."
    assert resolved_codes(text, "Kariuki", DATE) == ["KENMIL"]


def test_leader_of_the_opposition_in_apposition():
    text = "Raila Odinga, leader of the Kenyan opposition, criticised the government on Monday."
    assert resolved_codes(text, "Odinga", DATE) == ["KENOPP"]
    assert ("KENOPP", "111", "KENGOV") in coded_triples(text, DATE)


def test_leader_of_the_country_in_apposition_stays_government():
    text = "William Ruto, head of the Kenyan government, criticised the union on Monday."
    assert resolved_codes(text, "Ruto", DATE) == ["KENGOV"]


# -- a pronoun stands for the person as introduced -----------------------------------------


def test_he_is_the_spokesman_as_introduced():
    text = ("ExxonMobil said on Monday it was in talks with Yemen. \"We have been asked not to comment,\" "
            "said ExxonMobil spokesman Dan Hart. \"We can neither confirm nor deny the report,\" he said.")
    assert resolved_codes(text, "he", DATE) == resolved_codes(text, "Hart", DATE)
    assert resolved_codes(text, "he", DATE)[0].endswith("BUS")


def test_they_after_a_passive_subject():
    text = ("NAIROBI - Kenyan opposition parties were barred from the vote on Monday. They accused the "
            "government of rigging it.")
    assert ("KENOPP", "1121", "KENGOV") in coded_triples(text, DATE)


def test_a_later_bare_name_is_the_person_as_introduced():
    text = ("ExxonMobil said on Monday it was in talks with Yemen. \"We have been asked not to comment,\" "
            "said ExxonMobil spokesman Dan Hart. Hart said the Yemeni government had asked for more time.")
    assert resolved_codes(text, "Hart", DATE, 1) == resolved_codes(text, "Hart", DATE, 0)
    assert resolved_codes(text, "Hart", DATE, 1)[0].endswith("BUS")
