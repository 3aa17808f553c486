"""Round-65 violence65 rules (docs/evaluation/events-violence65.md), each on sentences we wrote:
a clash told as its clause's subject ("Clashes broke out between X and Y", "Fighting between X and
Y killed 30") is the clash (events/clash_subjects.py); "shot and wounded" is an assault, not a
killing; force inside a work of fiction is no act; a verb the small model hung on a "by" agent
("troops backed by tanks pushed into X") is the sentence's verb; gunfire named by its side
("killed by Israeli fire") is that side's forces; "Thousands" read as a name after a wire dateline
still counts its crowd; "threw more than just rocks at police" throws the rocks; a passive verb's
own "by" agent is its doer, never its target; a crowd attacking journalists assaults them (182)."""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _dyadic(text: str, date: str) -> set[tuple[str, str, str]]:
    return {(s, c, t) for s, c, t in coded_triples(text, date) if t}


# --- a clash told as the subject of its clause ------------------------------------------------------

def test_clashes_broke_out_between_police_and_a_crowd_is_the_crowds_clash():
    got = _dyadic(wire_story("DHAKA", "1996-11-04", "Clashes broke out between police and opposition "
                             "activists in the capital on Monday, witnesses said."), "1996-11-04")
    assert ("BGDOPP", "145", "BGDCOP") in got
    assert not any(s == "BGDCOP" and c[:2] in ("14", "19") for s, c, _t in got)


def test_clashes_erupted_between_students_and_riot_police():
    got = _dyadic(wire_story("SEOUL", "1996-08-15", "Violent clashes erupted between riot police and "
                             "thousands of students in central Seoul on Thursday."), "1996-08-15")
    assert ("KOREDU", "145", "KORCOP") in got


def test_fighting_between_two_armed_sides_that_killed_people_is_fighting_each_way():
    got = _dyadic(wire_story("DUSHANBE", "1996-10-02", "Fighting between Tajik government troops and "
                             "Islamic rebels killed at least 15 people near the Afghan border, officials said."),
                  "1996-10-02")
    assert ("TJKMIL", "190", "TJKREB") in got and ("TJKREB", "190", "TJKMIL") in got


def test_a_gunbattle_between_soldiers_and_separatists_raged():
    got = _dyadic("A fierce gunbattle raged between Ukrainian soldiers and pro-Russian separatists "
                  "outside Luhansk on Saturday.", "2014-08-02")
    assert ("UKRMIL", "190", "UKRREB") in got


def test_clashes_as_a_setting_of_another_clause_stay_uncoded():
    got = _dyadic(wire_story("ALGIERS", "1996-09-20", "Six people died in clashes between police and Moslem "
                             "militants east of the capital, newspapers said."), "1996-09-20")
    assert not any(c[:2] in ("14", "19") for _s, c, _t in got)


def test_clashes_over_a_topic_between_politicians_are_a_quarrel():
    got = _dyadic("Clashes between the prime minister and parliament over the new constitution continued "
                  "on Tuesday.", "2011-03-01")
    assert not any(c[:2] in ("14", "19") for _s, c, _t in got)


def test_clashes_that_may_break_out_or_did_not_are_no_event():
    got = _dyadic("Observers fear clashes could break out between police and opposition supporters after "
                  "the count.", "2011-03-01")
    assert not any(c[:2] in ("14", "19") for _s, c, _t in got)
    got = _dyadic("No clashes broke out between police and the marchers on Sunday.", "2011-03-01")
    assert not any(c[:2] in ("14", "19") for _s, c, _t in got)


# --- shot and wounded ------------------------------------------------------------------------------------

def test_troops_who_shot_and_wounded_a_man_assaulted_him():
    got = _dyadic("Indian troops shot and wounded a Kashmiri teenager in Srinagar on Sunday.", "2016-07-10")
    assert ("INDMIL", "182", "INDCVL") in got
    assert not any(c == "1823" for _s, c, _t in got)


def test_troops_who_shot_a_man_dead_still_killed_him():
    got = _dyadic("Indian troops shot dead a Kashmiri teenager in Srinagar on Sunday.", "2016-07-10")
    assert ("INDMIL", "1823", "INDCVL") in got


# --- fiction -----------------------------------------------------------------------------------------------

def test_force_in_a_film_or_novel_is_no_act():
    for text in ("In the movie, Chinese commandos storm a Japanese airbase.",
                 "The film depicts French troops shelling an Algerian village.",
                 "The novel tells how British paratroopers attacked a Russian base."):
        got = _dyadic(text, "2015-04-01")
        assert not any(c[:2] in ("17", "18", "19", "20") for _s, c, _t in got), text


def test_a_real_act_beside_a_film_is_still_coded():
    got = _dyadic("Turkish police detained the Kurdish director of the film in Istanbul on Monday.", "2015-04-01")
    assert any(s == "TURCOP" and c == "173" for s, c, _t in got)


# --- the verb hung on a "by" agent ---------------------------------------------------------------------

def test_troops_backed_by_tanks_pushed_into_a_town():
    got = _dyadic(wire_story("SARAJEVO", "1995-05-20", "Croatian troops backed by artillery pushed into "
                             "western Bosnia on Saturday."), "1995-05-20")
    assert any(s == "HRVMIL" and c[:2] == "19" for s, c, _t in got)


# --- gunfire by its side --------------------------------------------------------------------------------

def test_a_soldier_killed_by_a_countrys_fire_was_fought_by_its_forces():
    got = _dyadic("Three Indian soldiers were killed by Pakistani fire along the border, the army said.",
                  "2016-07-10")
    assert ("PAKMIL", "190", "INDMIL") in got


def test_sniper_fire_that_killed_civilians_is_the_forces_killing():
    got = _dyadic("Israeli sniper fire killed two Palestinian men near the Gaza fence on Friday.",
                  "2018-05-04")
    assert ("ISRMIL", "1823", "PSECVL") in got


def test_a_fire_with_no_side_is_no_actor():
    got = _dyadic("A fire killed nine Egyptian workers at a textile plant near Cairo.", "2018-05-04")
    assert not any(c[:2] in ("18", "19") for _s, c, _t in got)


# --- "Thousands" after a wire dateline --------------------------------------------------------------

def test_thousands_read_as_a_name_after_a_dateline_still_riot():
    got = _dyadic("JAKARTA, April 14 -\n\nThousands of students hurled stones at riot police outside "
                  "parliament today.", "1987-04-14")
    assert ("IDNEDU", "145", "IDNCOP") in got


# --- "more than" objects, stoning ------------------------------------------------------------------------

def test_students_threw_more_than_stones_at_police():
    got = _dyadic("Students in Seoul threw more than a thousand petrol bombs at riot police on Friday.",
                  "1996-08-16")
    assert ("KOREDU", "145", "KORCOP") in got


def test_youths_stoning_police_riot():
    got = _dyadic("Hundreds of Palestinian youths stoned Israeli soldiers in Hebron on Tuesday.", "1996-09-24")
    assert ("PSEOPP", "145", "ISRMIL") in got or ("PSECVL", "145", "ISRMIL") in got


# --- a passive verb's own agent is no "by" target ---------------------------------------------------

def test_a_protest_crushed_by_police_is_the_polices_act_on_the_protesters():
    got = _dyadic(wire_story("RANGOON", "1996-12-03", "A student protest was crushed by riot police in "
                             "Rangoon on Tuesday."), "1996-12-03")
    assert any(s == "MMRCOP" and c == "175" and t != "MMRCOP" for s, c, t in got)
    assert ("MMRCOP", "175", "MMRCOP") not in got


# --- a crowd attacking journalists ---------------------------------------------------------------------

def test_protesters_attacking_journalists_assault_them():
    got = _dyadic("Protesters attacked two French journalists in central Caracas on Saturday.", "2019-05-04")
    assert ("VENOPP", "182", "FRAMED") in got


def test_protesters_attacking_police_still_riot():
    got = _dyadic("Protesters attacked police in central Caracas on Saturday.", "2019-05-04")
    assert not any(c == "182" for _s, c, _t in got)
