"""coop14 (issue #4): consultations and cooperation (CAMEO 04-09) -- the host's meeting with a
"visiting" guest inside a relative or "after" clause, talks told as held in a third country's place
(on the meeting noun's verb, or "at a meeting in New York city"), cooperative acts still pending
in a "before / until / unless" clause, trips to buildings (no party visited), support voiced and
backing of a party's bid or application (051), permission given or refused to a receiver the small
model parses as a compound, and the party an investigation's subject clause names.

Every sentence here was written for this project (none is taken from a gold set or an article).
The readings are in src/dateline/events/coop.py ("coop14") and in verbs.txt (coop14 lines).
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

from dateline.events import coop
from dateline.nlp import load_nlp

CODED = [
    # 04: "who met visiting X" / "after he met visiting X": the host's meeting, not a visit
    ("The Turkish minister, who met visiting Greek officials in Ankara on Monday, said the talks went well.",
     {("TURGOV", "040", "GRCGOV")}),
    ("The Swiss banker was shot dead hours after he met visiting Italian Finance Minister Lamberto Dini in Geneva.",
     {("CHEBUS", "040", "ITAGOV")}),
    # 04: a third country's place on the meeting noun's verb, or as a compound before "city"
    ("Talks between Israel and Syria ended in Washington on Wednesday without agreement.",
     {("ISR", "044", "SYR"), ("SYR", "044", "ISR")}),
    ("Egypt and Jordan discussed water sharing at a meeting in New York city on Monday.",
     {("EGY", "044", "JOR"), ("JOR", "044", "EGY")}),
    # 05: support voiced, backing of a party's bid or application
    ("The Arab League voiced support on Tuesday for Egypt's efforts to end the crisis.", {("IGOARL", "051", "EGY")}),
    ("The French president voiced strong support for the Lebanese government.", {("FRAGOV", "051", "LBNGOV")}),
    ("Britain backed Poland's application to join the alliance, a spokesman said.", {("GBR", "051", "POL")}),
    # 08: permission given (or refused) to a receiver parsed as a compound of the permission noun
    ("Israel gave Palestinian officials permission on Thursday to travel through its territory.", {("ISR", "081", "PSEGOV")}),
    ("Israel denied the Palestinian leader permission to fly to Gaza.", {("ISR", "120", "PSE")}),
    # 09: the doer an investigation's subject clause names
    ("French police were investigating whether the letter was written by a Belgian businessman.",
     {("FRACOP", "091", "BELBUS")}),
    ("A United Nations commission is investigating reports that government troops killed civilians in Burundi.",
     {("IGOUNO", "090", "BDIMIL")}),
    # 09: prosecutors investigate crimes (091)
    ("Prosecutors in Seoul opened an investigation into the former president on Thursday.",
     {("KORJUD", "091", "KORELI")}),
]


@pytest.mark.parametrize("text,expected", CODED)
def test_coop14_constructions_are_coded(text, expected):
    assert expected <= triples(text, published="1996-08-20")


def test_a_visit_to_a_building_is_no_visit_to_a_party():
    got = triples("The Dutch prime minister visited a hospital in Rotterdam on Monday.")
    assert not any(code == "042" for _, code, _ in got)
    got = triples("Belgian police went to the house after neighbours complained.")
    assert not any(code == "042" for _, code, _ in got)
    # a country visited is still a visit
    assert ("NLDGOV", "042", "BEL") in triples("The Dutch prime minister visited Belgium on Monday.")


def test_talks_pending_in_a_before_clause_are_not_coded():
    got = triples("The Nepali government said the rebels must give up violence before it negotiates with them.")
    assert not any(code[:2] == "04" for _, code, _ in got)
    got = triples("The government said it negotiated with the rebels before the election.")
    assert any(code[:2] == "04" for _, code, _ in got)


def _tok(text: str, word: str):
    return next(t for t in load_nlp()(text) if t.lower_ == word)


def test_the_pending_clause_needs_a_present_verb_and_a_pending_mark():
    assert coop.pending_clause(_tok("They must disarm before he meets them.", "meets"))
    assert not coop.pending_clause(_tok("They disarmed before he met them.", "met"))


def test_the_investigated_party_is_the_passive_agent_not_the_patient():
    doc = load_nlp()("Police were investigating whether the letter was written by the suspect.")
    got = coop.investigated_party(next(t for t in doc if t.lemma_ == "investigate"))
    assert [t.text for t in got] == ["suspect"]
    doc = load_nlp()("Police were investigating whether the letter was written.")
    assert coop.investigated_party(next(t for t in doc if t.lemma_ == "investigate")) == []


def test_being_in_talks_with_a_party_is_a_consultation():
    assert ("KENGOV", "040", "UGAGOV") in triples("The Kenyan foreign ministry is in talks with the Ugandan government over the border.")
    assert ("NLDGOV", "040", "SAUGOV") in triples("The Dutch ambassador is in touch with the Saudi foreign ministry.")
    # no other side named: no event
    assert not triples("German retailers were also still in discussions, the bank said.")


def test_agreeing_to_a_contract_binds_both_sides():
    got = triples("The Chilean government and the copper miners' union agreed to a new wage contract on Friday.")
    assert {("CHLGOV", "057", "CHLLAB"), ("CHLLAB", "057", "CHLGOV")} <= got


def test_receiving_a_thing_hosts_no_guest():
    assert not any(code == "043" for _, code, _ in triples("The Kenyan company received a British army contract worth two million pounds."))
    assert not any(code == "043" for _, code, _ in triples("Diplomats said much Libyan assistance is received by the Chadian rebels."))
    assert ("SAUGOV", "043", "EGYGOV") in triples("The Saudi king received the visiting Egyptian president in Riyadh.")


def test_backing_extended_to_a_party_is_051():
    # (appeal14 reads "extended support to" as aid, 070; backing is no aid)
    assert ("NOR", "051", "MOZGOV") in triples("Norway extended its backing to the Mozambican government on Monday.")


def test_support_lent_given_or_tweeted_is_051():
    assert ("JPN", "051", "IND") in triples("Japan lent its support to India's bid for a permanent seat.")
    assert ("USALEG", "051", "USAOPP") in triples("The senator tweeted support for the protesters in Michigan.")


def test_a_reporting_pronoun_keeps_its_conjuncts():
    got = triples("The Ohio carmaker said it and two union locals agreed to a new three-year contract, ending a strike.")
    assert {("USABUS", "057", "USALAB"), ("USALAB", "057", "USABUS")} <= got


def test_armed_forces_leaving_another_states_ground_withdraw_from_that_state():
    assert ("ISRMIL", "087", "LBN") in triples("Israeli troops withdrew from two villages in southern Lebanon on Thursday, the army said.")
    assert ("LBYMIL", "087", "TCD") in triples("Libyan forces are withdrawing from their last stronghold in Chad.")
    # an envoy withdrawn is still an expulsion-like 161
    assert ("ISR", "161", "TUR") in triples("Israel withdrew its ambassador from Turkey.")


def test_a_green_light_given_is_an_endorsement():
    assert ("DNKLEG", "051", "DNKGOV") in triples("The Danish parliament gave the government the green light to send troops.")
