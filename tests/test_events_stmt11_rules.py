"""The stmt11 rules (events/statements.py, two small hooks in events/coder.py and the 01/02/10-13
lines of data/cameo/verbs.txt marked "stmt11"), each on sentences we wrote: blame placed on a
party in a reported clause (112), advice on what another party should do (020), complaints
about what someone else does (111), deadlines set for a party (139), apologies expected from
a party (100), offers of talks dismissed (125), and concern voiced after someone's act (111).
Clauses with no party named, states, likelihoods and past counterfactuals stay uncoded.
"""
from __future__ import annotations

import pytest
from events_variety import coded_triples


def _events(text: str, date: str = "1996-08-20") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _doc(text: str):
    from dateline.nlp import load_nlp

    return load_nlp()(text)


def _tok(text: str, word: str):
    return next(t for t in _doc(text) if t.text == word)


# ---------------------------------------------------------------- blame placed (112)

def test_blame_resting_with_a_party_is_an_accusation_of_it():
    got = _events("A Kenyan government spokesman said the responsibility for the clashes rested entirely "
                  "with the Ugandan army.")
    assert ("KENGOV", "112", "UGAMIL") in got


def test_blame_lying_with_a_party_in_a_quote_is_an_accusation():
    got = _events('"The blame lies with the Iraqi government," the Kuwaiti foreign minister said.')
    assert ("KWTGOV", "112", "IRQGOV") in got


def test_a_party_bearing_the_blame_is_accused():
    got = _events("Greek officials said the Turkish government bore the blame for the collapse of the talks.")
    assert ("GRCGOV", "112", "TURGOV") in got


def test_no_one_bearing_blame_accuses_no_one():
    assert not {e for e in _events("The minister said no one bore responsibility for the accident.") if e[1][:2] == "11"}


def test_blame_holders_reads_the_clause_only():
    from dateline.events.statements import blame_holders

    assert [t.text for t in blame_holders(_tok("He said the fault lies with Oslo.", "lies"))] == ["Oslo"]
    assert [t.text for t in blame_holders(_tok("He said Moscow bears full responsibility.", "bears"))] == ["Moscow"]
    assert blame_holders(_tok("He said Moscow bears no responsibility.", "bears")) == []
    assert blame_holders(_tok("He said the problem lies with prices.", "lies")) == []  # no blame noun
    assert blame_holders(_tok("He said the book lay on the table.", "lay")) == []


# ---------------------------------------------------------------- advice (020)

def test_what_a_speaker_says_a_party_should_do_is_an_appeal_to_it():
    got = _events("The Cuban foreign minister said Washington should lift its trade embargo without conditions.")
    assert any(e[0] == "CUBGOV" and e[1][:2] == "02" and e[2] == "USA" for e in got)


def test_quoted_advice_is_an_appeal_from_the_speaker():
    got = _events('"Tokyo should open its rice market to foreign growers," the American trade envoy said.')
    assert any(e[1][:2] == "02" and e[2] == "JPN" for e in got)


@pytest.mark.parametrize("text,verb,expected", [
    ("He said Japan should open its market.", "open", True),
    ("He said Japan ought to open its market.", "open", False),  # "ought" parses as the verb, "open" its xcomp
    ("He said Japan must open its market.", "open", False),   # a demand (100), not advice
    ("He said Japan should have opened its market.", "opened", False),  # a past counterfactual
    ("He said Japan should be worried.", "worried", False),
    ("He said exports should rise next year.", "rise", False),  # a forecast
    ("He said the rules should be changed.", "changed", False),  # a passive: no one advised
])
def test_advised_act_reads_the_modal_and_the_verb(text, verb, expected):
    from dateline.events.statements import advised_act

    assert advised_act(_tok(text, verb)) is expected


def test_a_forecast_with_should_is_no_appeal():
    got = _events("Analysts in Tokyo said the Japanese economy should grow by three percent next year.")
    assert not {e for e in got if e[1][:2] == "02"}


# ---------------------------------------------------------------- complaints, deadlines, demands, rejections

def test_complaining_that_a_party_acts_is_criticism_of_it():
    got = _events("Brazilian officials complained that Argentine customs agents were blocking their trucks at the border.")
    assert any(e[0] == "BRAGOV" and e[1] == "111" and e[2][:3] == "ARG" for e in got)


def test_giving_a_party_weeks_to_act_is_an_ultimatum():
    got = _events("The European Community has given South Korea four weeks to lower its tariffs on wine.")
    assert any(e[1] == "139" and e[2] == "KOR" for e in got)


def test_wanting_an_apology_from_a_party_is_a_demand():
    got = _events("The Chinese government said it wanted a formal apology from Britain for the incident.")
    assert ("CHNGOV", "100", "GBR") in got


def test_dismissing_an_offer_of_talks_rejects_a_meeting():
    got = _events("Eritrea dismissed the Ethiopian offer of talks as a propaganda exercise.")
    assert ("ERI", "125", "ETH") in got


def test_concern_following_a_decision_criticises_its_maker():
    got = _events("Bolivia expressed concern following the Chilean decision to close the border.")
    assert ("BOL", "111", "CHL") in got


def test_a_thing_that_should_help_is_no_party_advised():
    got = _events("The Australian central bank said the government's spending cuts should make a useful "
                  "contribution to national savings.")
    assert not {e for e in got if e[1][:2] == "02"}


# ---------------------------------------------------------------- harm done by a party's act (111)

def test_saying_a_partys_exercises_undermine_talks_criticises_it():
    got = _events("Greek officials said the Turkish naval exercises were undermining the peace talks.")
    assert ("GRCGOV", "111", "TUR") in got


def test_harm_by_a_passive_agent_is_criticism_of_it():
    got = _events("The Australian prime minister said the chance of lower interest rates was being jeopardised "
                  "by Parliament's upper house.", date="1996-08-22")
    assert ("AUSGOV", "111", "AUSLEG") in got


def test_harm_done_by_prices_criticises_no_one():
    got = _events("Economists in Sydney said high oil prices would hurt the Australian economy.")
    assert not {e for e in got if e[1][:2] == "11"}


def test_harm_doers_leaves_known_acts_to_the_dictionary():
    from dateline.events.statements import harm_doers

    clause = _tok("He said the rebels would destroy the bridge.", "destroy")
    assert harm_doers(clause, known=True) == []
    clause = _tok("He said Serbia's policy would damage the region.", "damage")
    assert [t.text for t in harm_doers(clause, known=True)] == ["Serbia"]
    assert harm_doers(_tok("He said it would damage the region.", "damage"), known=True) == []
