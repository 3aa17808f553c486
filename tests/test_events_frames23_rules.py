"""frames23 rules, each checked on sentences we wrote (docs/evaluation/events-frames23.md): a
dictionary head word is in the sentence, but no pattern's frame took it.

- an act told by the length it has reached: "the strike entered its second week", "talks
  dragged into a third day" (filters.lasted_into: the event noun as subject is an occurrence, as
  with "began" or "continued"), and "workers entered the third week of their strike" (the
  duration's "of" noun is the verb's object: verbs.txt "enter +strike");
- medical aid shipped by counted doses: "delivered 100,000 doses of vaccine to X" (073);
- a judgement or stance told by the adjective of a light verb's object: "took a dim / positive
  view of X" (111 / 051), "sounded a conciliatory note in its row with X" (037).
"""
from __future__ import annotations

from events_variety import coded_triples

DATE = "2021-06-15"


# --- an act told by the length it has reached ----------------------------------------------------

def test_a_strike_entering_its_second_week_is_the_strike():
    got = coded_triples("The strike by French rail workers entered its second week on Monday.", DATE)
    assert ("FRALAB", "143", "FRABUS") in got


def test_a_strike_dragging_into_a_third_week_is_the_strike():
    got = coded_triples("The strike by Brazilian dockworkers dragged into a third week on Monday.", DATE)
    assert ("BRALAB", "143", "BRABUS") in got


def test_talks_entering_a_second_day_are_held_talks():
    got = coded_triples("Talks between Israeli and Palestinian negotiators entered a second day on Tuesday.", DATE)
    assert {("ISRGOV", "040", "PSEGOV"), ("PSEGOV", "040", "ISRGOV")} <= got


def test_workers_entering_the_third_week_of_their_strike_strike():
    got = coded_triples("Brazilian seamen entered the third week of their strike on Monday.", DATE)
    assert ("BRALAB", "143", "BRABUS") in got


def test_a_hunger_strike_entering_its_tenth_day_is_a_hunger_strike_not_a_labour_strike():
    got = coded_triples("The jailed Kurdish leader entered the tenth day of a hunger strike on Monday.", DATE)
    assert {c for _, c, _ in got} == {"142"}


def test_a_strike_that_only_entered_the_talks_is_not_told_as_going_on():
    # "entered" with no length: the strike is only the subject of another act (no occurrence)
    got = coded_triples("The strike by French rail workers entered the debate on pensions on Monday.", DATE)
    assert not any(c == "143" for _, c, _ in got)


def test_soldiers_entering_a_village_strike_nobody():
    assert coded_triples("Turkish soldiers entered the village on Monday.", DATE) == set()


def test_a_length_with_no_act_under_it_is_no_act():
    assert coded_triples("Brazilian seamen entered the third week of their voyage on Monday.", DATE) == set()


# --- medical aid told by its doses -----------------------------------------------------------------

def test_doses_of_vaccine_delivered_to_a_country_are_medical_aid():
    got = coded_triples("UNICEF said it had delivered over 100,000 doses of vaccine to Samoa by November 22.", DATE)
    assert ("IGOUNO", "073", "WSM") in got


def test_vaccine_doses_donated_to_a_country_are_medical_aid():
    got = coded_triples("China donated 500,000 vaccine doses to Cambodia on Monday.", DATE)
    assert ("CHN", "073", "KHM") in got


def test_drugs_shipped_by_a_company_are_trade_not_aid():
    got = coded_triples("The company ships drugs to Canada every month.", DATE)
    assert not any(c == "073" for _, c, _ in got)


def test_vaccine_doses_that_were_not_delivered_are_no_aid():
    got = coded_triples("China did not deliver the 500,000 vaccine doses it had promised to Cambodia.", DATE)
    assert not any(c == "073" for _, c, _ in got)


# --- a judgement or a stance told by the adjective of a light verb's object ---------------------

def test_a_positive_view_of_a_meeting_endorses_its_holder():
    got = coded_triples('"We took a very positive view of the OPEC meeting in Vienna," the Norwegian oil minister said.', DATE)
    assert ("NORGOV", "051", "IGOOPC") in got


def test_a_dim_view_of_a_proposal_criticises_its_author():
    got = coded_triples("The German government takes a dim view of the French proposal.", DATE)
    assert ("DEUGOV", "111", "FRA") in got


def test_a_view_with_no_judging_adjective_is_no_judgement():
    got = coded_triples("The German government took the view of its lawyers on the French proposal.", DATE)
    assert not any(c in ("051", "111") for _, c, _ in got)


def test_a_conciliatory_note_in_a_row_with_a_state_is_intent_to_settle():
    got = coded_triples("The Japanese prime minister sounded a conciliatory note in Japan's increasingly bitter "
                        "row with the United States over trade.", DATE)
    assert ("JPNGOV", "037", "USA") in got


def test_a_conciliatory_tone_toward_a_state_is_intent_to_settle():
    got = coded_triples("The Chinese foreign minister struck a conciliatory tone toward Japan on Monday.", DATE)
    assert ("CHNGOV", "037", "JPN") in got


def test_a_defiant_tone_is_no_intent_to_settle():
    got = coded_triples("The Chinese foreign minister struck a defiant tone toward Japan on Monday.", DATE)
    assert not any(c == "037" for _, c, _ in got)
