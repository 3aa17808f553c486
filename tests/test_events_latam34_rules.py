"""latam34: Latin America's politics and conflicts, 1986-2020, in wire and Wikinews style
(docs/evaluation/events-latam34.md). Every sentence is our own.

- A person's title read backwards from the name stops at the clause's verb: "FARC rebels
  kidnapped presidential candidate X" no longer makes the hostage a rebel (resolve/actors.py).
- The first word of a place's own name is not the meeting place's owner: "X and Y met in Mexico
  City" no longer takes Mexico for the party met (frames._one_name).
- Latin American figures, armed groups, cartels and ruling parties of 1986-2020 in the actor
  tables (people.txt, orgs.tsv, ruling_parties.tsv, latam34 sections).
"""
from __future__ import annotations

from events_variety import coded_triples


def _codes(triples):
    return {code for _, code, _ in triples}


# --- a title stops at the verb -------------------------------------------------------------------

def test_a_kidnapped_candidate_is_no_rebel():
    got = coded_triples("FARC rebels kidnapped presidential candidate Ingrid Betancourt on Saturday.", "2002-02-23")
    assert ("COLREB", "181", "COLOPP") in got, got
    assert not any(tgt == "COLREB" for _, _, tgt in got), got


def test_an_arrested_candidate_is_no_policeman():
    got = coded_triples("Police arrested presidential candidate Ingrid Betancourt on Saturday.", "2002-02-23")
    assert any(code == "173" and tgt and tgt.endswith("OPP") for _, code, tgt in got), got
    assert not any(tgt and tgt.endswith("COP") for _, _, tgt in got), got


def test_a_title_modifier_before_the_name_still_counts():
    got = coded_triples("Soldiers detained former rebel commander Juan Ruiz on Thursday.", "1996-10-10")
    assert any(code == "173" and tgt and tgt.endswith("REB") for _, code, tgt in got), got


def test_a_denied_kidnapping_is_not_coded():
    got = coded_triples("FARC rebels did not kidnap presidential candidate Ingrid Betancourt, a spokesman said.",
                        "2002-02-23")
    assert "181" not in _codes(got), got


# --- a city's own name is no party -----------------------------------------------------------------

def test_a_meeting_in_a_two_word_capital_keeps_the_pair():
    for text in ("Obama and Raul Castro met in Mexico City on Saturday.",
                 "Obama and Raul Castro met in Panama City on Saturday, the first meeting between the leaders "
                 "of the two countries in more than 50 years."):
        got = coded_triples(text, "2015-04-11")
        assert ("USAGOV", "044", "CUBGOV") in got and ("CUBGOV", "044", "USAGOV") in got, (text, got)
        assert not any(tgt in ("MEX", "PAN") for _, _, tgt in got), (text, got)


def test_other_two_word_cities_keep_the_pair():
    got = coded_triples("Iranian and British diplomats met in New York on Tuesday.", "2019-10-01")
    assert ("IRNGOV", "044", "GBRGOV") in got, got


def test_a_struck_city_still_names_its_country():
    got = coded_triples("Israeli jets struck Gaza City on Tuesday.", "2019-10-01")
    assert any(src == "ISRMIL" and tgt == "PSE" for src, _, tgt in got), got


# --- Latin American actors -------------------------------------------------------------------------

def test_contras_and_sandinista_government():
    got = coded_triples("The Sandinista government and the Contra rebels signed a ceasefire agreement at Sapoa "
                        "on Wednesday.", "1988-03-23")
    assert ("NICGOV", "057", "NICREB") in got and ("NICREB", "057", "NICGOV") in got, got


def test_the_sandinistas_govern_until_1990_and_oppose_after():
    assert ("NICGOV", "112", "HND") in coded_triples(
        "The Sandinistas accused Honduras of sheltering the Contras.", "1987-03-05")
    assert ("NICOPP", "112", "NICGOV") in coded_triples(
        "The Sandinistas accused Chamorro of betraying the peace accord.", "1993-03-05")


def test_the_fmln_is_salvadoran():
    assert ("SLVREB", "190", "SLVMIL") in coded_triples(
        "FMLN guerrillas attacked an army base in Chalatenango on Tuesday.", "1990-05-02")


def test_santos_and_the_farc_leader_sign():
    got = coded_triples("Colombian President Juan Manuel Santos and FARC leader Rodrigo Londono signed a peace "
                        "accord in Cartagena on Monday.", "2016-09-26")
    assert ("COLGOV", "057", "COLREB") in got and ("COLREB", "057", "COLGOV") in got, got
    assert ("COLGOV", "057", "COLGOV") not in got, got


def test_latin_american_leaders_by_surname():
    assert ("COLGOV", "112", "VEN") in coded_triples("Uribe accused Venezuela of funding the FARC.", "2008-03-04")
    assert ("MEXGOV", "040", "USAGOV") in coded_triples("Pena Nieto met Obama at the White House.", "2012-12-01")
    assert ("ECUGOV", "111", "USA") in coded_triples(
        "Ecuadorean President Rafael Correa criticised the United States on Tuesday.", "2015-03-10")


def test_a_cartel_is_criminal():
    got = coded_triples("Lopez Obrador accused the Sinaloa cartel of attacking soldiers in Culiacan.", "2019-07-18")
    assert ("MEXGOV", "1123", "MEXCRM") in got, got


def test_negated_and_hypothetical_meetings_stay_uncoded():
    for text, day in (("Santos said he would not meet Londono before the vote.", "2016-09-26"),
                      ("Lopez Obrador said the Sinaloa cartel would not intimidate his government.", "2019-07-18")):
        got = coded_triples(text, day)
        assert not got, (text, got)
