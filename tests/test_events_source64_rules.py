"""source64: acts whose source was missing or unresolved, and pairs dropped as a place at home
(docs/evaluation/events-source64.md). Every sentence is our own, written in the style of 1987 and
1996 wire copy and 2004-2020 Wikinews.

- "by protesting lawmakers", "by striking dockers": the parse reads the participle as a gerund
  with the doers as its object; they are the passive's agent (frames.by_participle_doers).
- "Each side accused the other", "each blamed the other": the pair the article just named, each
  toward the other (events/each_other.py).
- A regional official or government named by its people's adjective ("Catalan leader", "the
  Scottish government") naming the national capital acts on the state, not a place at home
  (regional_officials.REGIONAL_PEOPLES).
- A party name several countries share ("the Social Democrats") with no country in its phrase
  is the party of the article's home country (party_names.named_party); the Swedish, Austrian
  and Danish Social Democrats' years in government are dated (ruling_parties.tsv).
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


# --- "by" + a participle of what the doers are doing ---------------------------------------------

def test_a_by_phrase_with_a_doer_participle_is_the_agent():
    got = coded_triples(wire_story(
        "SEOUL", "1987-06-18", "The ruling party chairman was denounced by protesting students on Thursday."), "1987-06-18")
    assert any(s == "KOREDU" and c == "111" for s, c, _ in got), got
    got = coded_triples(wire_story(
        "MANILA", "1996-02-07", "The governor was criticised by protesting farmers on Wednesday over the land reform."),
        "1996-02-07")
    assert ("PHLAGR", "111", "PHLGOV") in got, got
    got = coded_triples(wire_story(
        "BANGKOK", "2010-04-11", "The army barracks was attacked by rioting protesters on Saturday."), "2010-04-11")
    assert any(s == "THAOPP" and c[:2] in ("14", "18", "19") for s, c, _ in got), got


def test_a_gerund_of_means_after_by_is_no_agent():
    assert not coded_triples(wire_story(
        "KARACHI", "1996-02-07", "The crowd was dispersed by firing shots into the air."), "1996-02-07")
    assert not coded_triples(wire_story(
        "LAGOS", "2012-01-09", "The governor was criticised by protesting against the fuel price rise."), "2012-01-09")


# --- "each side ... the other" ---------------------------------------------------------------------

def test_each_side_accusing_the_other_is_the_pair_named_before():
    got = coded_triples(wire_story(
        "ISLAMABAD", "1996-03-12", "India and Pakistan traded charges over Kashmir on Tuesday.",
        "Each side accused the other of violating the border."), "1996-03-12")
    assert {("IND", "112", "PAK"), ("PAK", "112", "IND")} <= got, got
    got = coded_triples(wire_story(
        "ADDIS ABABA", "1999-02-10", "Ethiopia and Eritrea resumed fighting along their border on Wednesday.",
        "Each blamed the other for the collapse of the truce."), "1999-02-10")
    assert {("ETH", "112", "ERI"), ("ERI", "112", "ETH")} <= got, got
    got = coded_triples(wire_story(
        "BAKU", "2020-10-04", "Armenia and Azerbaijan held talks in Moscow on Saturday.",
        "Each country accused the other of shelling civilians."), "2020-10-04")
    assert {("ARM", "1123", "AZE"), ("AZE", "1123", "ARM")} <= got or {("ARM", "112", "AZE"), ("AZE", "112", "ARM")} <= got, got


def test_each_side_negated_or_alone_codes_nothing():
    got = coded_triples(wire_story(
        "BAKU", "2020-10-04", "Armenia and Azerbaijan held talks in Moscow on Saturday.",
        "Each side refused to accuse the other of breaking the truce."), "2020-10-04")
    assert not any(c[:2] == "11" for _, c, _ in got), got
    got = coded_triples(wire_story(
        "BAKU", "2020-10-04", "Armenia and Azerbaijan held talks in Moscow on Saturday.",
        "Each side will name its own delegation."), "2020-10-04")
    assert all(c == "044" for _, c, _ in got), got  # (the talks of the first sentence only)


# --- a region's people word: the region's office against the capital ------------------------------

def test_a_regional_leader_named_by_his_peoples_word_acts_on_the_state():
    got = coded_triples(wire_story(
        "BARCELONA", "2017-10-20", "Catalan president Carles Puigdemont criticised Madrid on Friday for suspending the region's autonomy."),
        "2017-10-20")
    assert ("ESPGOV", "111", "ESP") in got, got
    got = coded_triples(wire_story(
        "EDINBURGH", "2016-06-27", "The Scottish government accused London of ignoring the vote in Scotland."), "2016-06-27")
    assert ("GBRGOV", "112", "GBR") in got, got


def test_a_national_leader_or_a_trip_to_the_capital_stays_at_home():
    got = coded_triples(wire_story(
        "MADRID", "2017-10-20", "Catalan president Carles Puigdemont travelled to Madrid on Friday."), "2017-10-20")
    assert not any(t == "ESP" for _, _, t in got), got
    got = coded_triples(wire_story(
        "MADRID", "2017-10-20", "Spanish Prime Minister Mariano Rajoy criticised Madrid on Friday."), "2017-10-20")
    assert ("ESPGOV", "111", "ESP") not in got, got


# --- a shared party name in its home country's story -----------------------------------------------

def test_a_shared_party_name_is_the_home_countrys_party():
    got = coded_triples(wire_story(
        "BONN", "1987-11-04", "The Social Democrats accused Chancellor Helmut Kohl on Wednesday of misleading parliament.",
        "Kohl said Germany would not change its policy."), "1987-11-04")
    assert ("DEUOPP", "112", "DEUGOV") in got, got
    got = coded_triples(wire_story(
        "STOCKHOLM", "1996-04-10", "The Social Democrats criticised Sweden's central bank on Wednesday for raising interest rates.",
        "The Swedish krona fell in Stockholm."), "1996-04-10")
    assert any(s == "SWEGOV" and c == "111" for s, c, _ in got), got


def test_a_shared_party_name_with_its_own_country_keeps_it():
    got = coded_triples(wire_story(
        "BONN", "1996-04-10", "Austria's Social Democrats criticised German Chancellor Helmut Kohl on Wednesday.",
        "Kohl said Germany would not change its policy."), "1996-04-10")
    assert ("DEUOPP", "111", "DEUGOV") not in got and any(s.startswith("AUT") for s, _, _ in got), got


# --- an attack noun as subject, its doer told with "by" --------------------------------------------

def test_an_attack_subject_takes_the_doer_of_its_by_phrase():
    got = coded_triples(wire_story(
        "DAMASCUS", "2017-04-07", "The attack, carried out by U.S. warships in the Mediterranean, destroyed six Syrian aircraft."),
        "2017-04-07")
    assert ("USAMIL", "1712", "SYR") in got, got
    got = coded_triples(wire_story(
        "BAGHDAD", "1996-09-03", "The missile attack, launched by U.S. warships in the Gulf, hit Iraqi air defence sites."),
        "1996-09-03")
    assert ("USAMIL", "190", "IRQ") in got, got
    got = coded_triples(wire_story(
        "BAGHDAD", "2020-01-03", "The strike, which was ordered by U.S. President Donald Trump, killed Iranian general Qasem Soleimani."),
        "2020-01-03")
    assert ("USAGOV", "1823", "IRNMIL") in got, got


def test_an_attack_judged_by_someone_names_no_attacker():
    got = coded_triples(wire_story(
        "MAIDUGURI", "2014-05-18", "The attack, condemned by the United Nations, killed 30 villagers on Sunday."), "2014-05-18")
    assert not any(s == "IGOUNO" and c[:2] in ("18", "19") for s, c, _ in got), got
    got = coded_triples(wire_story(
        "MAIDUGURI", "2014-05-18", "The attack killed 30 villagers on Sunday."), "2014-05-18")
    assert not any(t for _, _, t in got), got


# --- "the two governments" after two who acted together on a third --------------------------------

def test_a_pair_noun_after_a_joint_act_is_the_two_who_acted():
    got = coded_triples(wire_story(
        "PARIS", "1996-06-03", "Paris and Berlin criticised London over the beef dispute on Monday.",
        "Both governments urged the European Commission to act."), "1996-06-03")
    assert any(s == "FRAGOV" and t == "IGOEUREEC" for s, _, t in got), got
    assert any(s == "DEUGOV" and t == "IGOEUREEC" for s, _, t in got), got
    assert not any(s == "GBRGOV" and t == "IGOEUREEC" for s, _, t in got), got


def test_a_pair_noun_after_an_act_between_two_stays_those_two():
    got = coded_triples(wire_story(
        "BAKU", "1994-05-16", "Armenia and Azerbaijan signed a truce in Bishkek on Monday.",
        "The two countries agreed to free their prisoners of war."), "1994-05-16")
    assert any(s == "ARM" and t == "AZE" for s, _, t in got) and any(s == "AZE" and t == "ARM" for s, _, t in got), got


# --- a court naming its own country's capital judges the state -----------------------------------

def test_a_court_against_its_own_capital_is_a_party():
    got = coded_triples(wire_story(
        "KARACHI", "2007-07-20", "Pakistan's Supreme Court ruled against Islamabad on Friday and reinstated the chief justice."),
        "2007-07-20")
    assert ("PAKJUD", "116", "PAK") in got, got
    got = coded_triples(wire_story(
        "SAN FRANCISCO", "2018-01-09", "A federal judge criticised Washington on Tuesday over the end of the program for young immigrants."),
        "2018-01-09")
    assert ("USAJUD", "111", "USA") in got, got


def test_a_judge_travelling_to_the_capital_stays_at_home():
    got = coded_triples(wire_story(
        "ISTANBUL", "1996-02-10", "The chief prosecutor travelled to Ankara on Monday for the hearing."), "1996-02-10")
    assert not any(t == "TUR" for _, _, t in got), got


# --- "together with Y, X ..." ------------------------------------------------------------------------

def test_together_with_names_a_second_source():
    got = coded_triples(wire_story(
        "ROME", "1996-10-02", "Together with Germany, Italy criticised Turkey over the arrests of Kurdish deputies."), "1996-10-02")
    assert {("ITA", "111", "TUR"), ("DEU", "111", "TUR")} <= got, got
    got = coded_triples(wire_story(
        "OTTAWA", "2018-06-02", "Canada, together with Mexico, accused Washington of breaking trade rules."), "2018-06-02")
    assert {("CAN", "112", "USA"), ("MEX", "112", "USA")} <= got, got


def test_working_together_with_a_partner_is_no_second_source():
    got = coded_triples(wire_story(
        "PARIS", "1987-02-10", "France worked together with Britain on the new tunnel."), "1987-02-10")
    assert not any(s == t for s, _, t in got), got
