"""wiki33: what people say to and about each other in Wikinews-style news of 2005-2020
(docs/evaluation/events-wiki33.md). Every sentence is our own, written in Wikinews style.

- A quoted noun phrase pinned with "as" ('described the media as "the enemy of the people"') is
  name-calling (111) of the labelled party; a quoted adjective or one quoted word inside is a
  description and stays uncoded (events/as_labels.py).
- "called Venezuela's election 'a sham'" labels a state's election: 111 toward the state, not the
  "called elections" that general.NON_EVENT_OBJECTS leaves uncoded.
- A demanded extradition is a demand (1013), not the appeal (0213) a request for one is.
- An act named as the subject of a reported verdict ("said Turkey's crackdown was alarming")
  makes no event of its own (events/judged_acts.py); the verdict is coded where it condemns.
- "warned Iran against further breaches of the deal" is the 111 warning, not "warned of" (012).
- A capitalised "Labour leader" is a party leader (OPP), not a union leader (events/labour_leaders.py).
"""
from __future__ import annotations

from events_variety import coded_triples


def _codes(triples):
    return {code for _, code, _ in triples}


# --- quoted "as" labels --------------------------------------------------------------------------

def test_a_quoted_noun_label_pinned_with_as_is_name_calling():
    for text, day, want in (
            ('Turkish President Recep Tayyip Erdoğan described the Dutch government as "Nazi remnants".',
             "2017-03-12", ("TURGOV", "111", "NLDGOV")),
            ('US President Donald Trump described the Chinese government as "the enemy of free trade".',
             "2019-05-10", ("USAGOV", "111", "CHNGOV")),
            ('Venezuelan President Nicolás Maduro portrayed the Colombian government as "a gang of criminals".',
             "2019-02-23", ("VENGOV", "111", "COLGOV"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_a_quoted_description_is_no_label():
    for text in ('Police described the suspect as "extremely cooperative".',
                 'The State Department described the man as an "emerging" figure in the group.'):
        assert "111" not in _codes(coded_triples(text, "2019-01-01")), text


def test_a_negated_label_is_not_coded():
    got = coded_triples('The French foreign minister did not describe the Italian government as "an enemy".', "2019-02-08")
    assert "111" not in _codes(got), got


# --- a state's election labelled -----------------------------------------------------------------

def test_calling_a_states_election_a_sham_criticises_the_state():
    for text in ('US Vice President Mike Pence called Venezuela\'s election "a sham".',
                 'The US government called the Venezuelan election "a sham".'):
        got = coded_triples(text, "2018-05-21")
        assert ("USAGOV", "111", "VEN") in got, (text, got)


def test_calling_an_election_stays_uncoded():
    for text in ("The Prime Minister called a snap election for February.",
                 "The Prime Minister called elections for June."):
        assert coded_triples(text, "2019-01-01") == set(), text


# --- demanded extradition ------------------------------------------------------------------------

def test_a_demanded_extradition_is_a_demand():
    got = coded_triples("Turkey demanded the extradition of Fethullah Gülen from the United States.", "2016-07-20")
    assert ("TUR", "1013", "USA") in got and "0213" not in _codes(got), got
    got = coded_triples("Turkish Prime Minister Binali Yıldırım demanded that the United States extradite "
                        "Fethullah Gülen.", "2016-07-20")
    assert ("TURGOV", "1013", "USA") in got, got


def test_a_requested_extradition_stays_an_appeal():
    got = coded_triples("Turkey requested the extradition of Fethullah Gülen from the United States.", "2016-07-20")
    assert ("TUR", "0213", "USA") in got, got


# --- acts judged in reported verdicts ------------------------------------------------------------

def test_an_act_judged_in_reported_speech_is_no_event_of_its_own():
    got = coded_triples('German Chancellor Angela Merkel said the arrest of journalists by the Turkish government '
                        'was "unacceptable".', "2017-03-01")
    assert got == {("DEUGOV", "111", "TURGOV")}, got
    got = coded_triples('Amnesty International said Turkey\'s crackdown on journalists was "unacceptable".', "2017-03-01")
    assert got == {("NGOAMN", "111", "TUR")}, got


def test_a_worried_verdict_codes_nothing():
    got = coded_triples('Amnesty International said Turkey\'s crackdown on journalists was "deeply alarming".', "2017-03-01")
    assert got == set(), got


def test_the_act_as_its_own_clause_is_still_coded():
    got = coded_triples("Turkey's crackdown on journalists continued on Monday.", "2017-03-01")
    assert ("TUR", "175", "TURMED") in got, got


# --- warned against --------------------------------------------------------------------------------

def test_warning_against_breaches_of_a_deal_is_a_warning_to_the_party():
    got = coded_triples("French President Emmanuel Macron warned Iran against further breaches of the nuclear deal.",
                        "2019-07-05")
    assert ("FRAGOV", "111", "IRN") in got, got


def test_warning_of_a_danger_has_no_target():
    got = coded_triples("The central bank governor warned of a slowdown in the economy.", "2019-07-05")
    assert "111" not in _codes(got), got


# --- Labour leaders --------------------------------------------------------------------------------

def test_a_labour_party_leader_is_a_party_leader():
    for text, day, want in (
            ("LONDON — Labour leader Ed Miliband criticised the government's handling of the economy.",
             "2012-05-10", ("GBROPP", "111", "GBRGOV")),
            ("Australian Labor leader Bill Shorten criticised the government's budget on Wednesday.",
             "2015-05-13", ("AUSOPP", "111", "AUSGOV"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_a_labor_leader_in_lower_case_is_a_union_leader():
    got = coded_triples("NEW YORK — The labor leader criticised the company.", "1988-05-10")
    assert ("USALAB", "111", "USABUS") in got, got


# --- a policy's topic is no home country -----------------------------------------------------------

def test_the_topic_of_a_policy_does_not_give_a_senator_its_country():
    for text in ("Senator John McCain criticised Obama's policy on Syria.",
                 "US President Barack Obama spoke about Syria on Tuesday. Senator John McCain criticised "
                 "Obama's policy on Syria."):
        got = coded_triples(text, "2013-09-05")
        assert ("USALEG", "111", "USAGOV") in got, (text, got)


def test_a_place_of_events_still_gives_the_home_country():
    got = coded_triples("Thousands of protesters marched in Damascus on Friday. Senator Ahmed Khalil criticised "
                        "the government.", "2011-04-01")
    assert ("SYRLEG", "111", "SYRGOV") in got, got
