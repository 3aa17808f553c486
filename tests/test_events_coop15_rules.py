"""coop15 (issue #4): cooperation and statements (CAMEO 01x, 05x-09x) -- sympathy and praise
toward people named only by kind (the speaker's own civilians), thoughts that "go to" someone,
praise told as a label ("called the deal a major step forward"), welcoming or appreciating an
act (051), an investigation told from the investigated side ("X is under investigation by Y"),
and a rebel group's one-sided ceasefire (toward its own government).

Every sentence here was written for this project (none is taken from a gold set or an article).
The readings are in src/dateline/events/{people,verdicts,probes,truces}.py, general.with_you,
and the coop15 lines of verbs.txt.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

from dateline.events import people, probes, truces, verdicts
from dateline.model import Actor
from dateline.nlp import load_nlp

DATE = "2021-06-15"

CODED = [
    # people.py: sympathy and praise toward people named by kind: the speaker's own civilians
    ('"My thoughts are with the injured and their families," the French president said.', ("FRAGOV", "018", "FRACVL")),
    ("After the vote, the Thai opposition leader thanked her supporters.", ("THAOPP", "051", "THACVL")),
    ("Spanish police praised the fans for their calm behaviour.", ("ESPCOP", "051", "ESPCVL")),
    # general.with_you: thoughts that "go (out) to" someone, as "are with"
    ('"My thoughts and prayers go out to the people of Haiti," the French president said.', ("FRAGOV", "018", "HTICVL")),
    ('"Our hearts go to you," the French president told the Turkish leader.', ("FRAGOV", "018", "TURGOV")),
    # verdicts.py: a praising label is an endorsement of the labelled party or act
    ("The Kenyan president called the agreement with Uganda a major step forward.", ("KENGOV", "051", "UGA")),
    ("The Kenyan president described the deal between Uganda and Rwanda as historic.", ("KENGOV", "051", "RWA")),
    ("The opposition leader called the government's plan a major success.", ("---OPP", "051", "---GOV")),
    # verbs.txt: welcoming a deal or measures, appreciating someone's support
    ("The European Union welcomed new measures announced by the Japanese government.", ("IGOEUREEC", "051", "JPNGOV")),
    ("The European Union welcomed a deal between the Sudanese government and the rebels.", ("IGOEUREEC", "051", "SDNREB")),
    ('"We appreciate the support of the Japanese government," the Kenyan minister said.', ("KENGOV", "051", "JPNGOV")),
    # probes.py: the investigated side's clause
    ("The senator faces an investigation by the FBI.", ("USACOP", "091", "USALEG")),
    ("The Kenyan minister came under investigation by the anti-corruption commission.", ("KENGOV", "091", "KENGOV")),
    ("The company is the subject of an investigation by the European Commission.", ("IGOEUREEC", "090", "---BUS")),
    # truces.py: a rebel group's ceasefire with no other side named
    ("The Taliban declared a three-day ceasefire.", ("AFGREB", "0871", "AFGGOV")),
    ("Houthi rebels announced a truce.", ("YEMREB", "0871", "YEMGOV")),
]


@pytest.mark.parametrize("text,expected", CODED)
def test_coop15_constructions_are_coded(text, expected):
    assert expected in coded_triples(text, DATE)


def test_condolences_to_unnamed_victims_stay_uncoded():
    # the conventions code no target for victims and their families (coop.unnamed_victims)
    got = coded_triples('"My thoughts are with the families of the victims," the French president said.', DATE)
    assert not any(code == "018" for _, code, _ in got)


def test_a_train_going_to_people_is_no_sympathy():
    assert not any(code == "018" for _, code, _ in coded_triples("The train will go to the families.", DATE))


def test_aid_to_people_by_kind_keeps_no_guessed_country():
    # aid is mostly sent abroad: the speaker's own civilians are not guessed for it
    got = coded_triples("Japan sent aid to the flood victims.", DATE)
    assert ("JPN", "070", "JPNCVL") not in got


def test_a_turned_or_negated_label_is_no_praise():
    got = coded_triples("The opposition leader called the government's plan a step backwards.", DATE)
    assert not any(code == "051" for _, code, _ in got)
    got = coded_triples("The opposition leader did not call the government's plan a success.", DATE)
    assert not any(code == "051" for _, code, _ in got)


def test_a_condemning_label_stays_criticism():
    got = coded_triples("The opposition leader called the government's decision a mistake.", DATE)
    assert ("---OPP", "111", "---GOV") in got
    assert not any(code == "051" for _, code, _ in got)


def test_an_agentless_or_negated_investigation_is_not_coded():
    assert not any(code[:2] == "09" for _, code, _ in coded_triples("The minister is under investigation.", DATE))
    assert not any(code[:2] == "09" for _, code, _ in
                   coded_triples("The senator is not under investigation by the FBI.", DATE))


def test_a_governments_one_sided_ceasefire_gets_no_guessed_side():
    got = coded_triples("The Colombian government declared a ceasefire.", DATE)
    assert not any(code == "0871" and tgt for _, code, tgt in got)
    assert not coded_triples("The rebels did not agree a ceasefire.", DATE)


def _tok(text: str, lemma: str):
    return next(t for t in load_nlp()(text) if t.lemma_.lower() == lemma)


def test_people_by_kind_needs_a_people_noun_and_a_country():
    tok = _tok("She thanked her supporters.", "supporter")
    thai = Actor(None, "leader", "THAOPP", "THA", "OPP")
    assert people.people_by_kind("051", [tok], thai)[0][1].code == "THACVL"
    assert people.people_by_kind("111", [tok], thai) == []  # criticism of people is not guessed
    assert people.people_by_kind("051", [tok], Actor(None, "x", "---OPP", None, "OPP")) == []
    thing = _tok("She thanked the committee.", "committee")
    assert people.people_by_kind("051", [thing], thai) == []


def test_praised_by_label_reads_the_label_not_the_verb():
    assert verdicts.praised_by_label(_tok("He called the treaty a breakthrough.", "call")).text == "treaty"
    assert verdicts.praised_by_label(_tok("He called the treaty a step.", "call")) is None
    assert verdicts.praised_by_label(_tok("He called the treaty a hollow victory.", "call")) is None


def test_investigated_by_needs_an_investigator():
    who, subj = probes.investigated_by(_tok("The mayor is under investigation by federal prosecutors.", "be"))
    assert [t.text for t in who] == ["prosecutors"] and [t.text for t in subj] == ["mayor"]
    assert probes.investigated_by(_tok("The mayor is under investigation.", "be")) is None


def test_rebels_truce_side_is_their_government_only():
    declared = _tok("The rebels declared a truce.", "declare")
    rebels = Actor(None, "rebels", "AFGREB", "AFG", "REB")
    assert truces.rebels_truce_side("0871", declared, rebels).code == "AFGGOV"
    assert truces.rebels_truce_side("0871", declared, Actor(None, "army", "AFGMIL", "AFG", "MIL")) is None
    assert truces.rebels_truce_side("057", declared, rebels) is None
    # a truce reached is mutual: one side alone names no party (material10)
    assert truces.rebels_truce_side("0871", _tok("The rebels reached a truce.", "reach"), rebels) is None


def test_praise_of_people_by_kind_gives_a_coordinated_appeal_no_addressee():
    got = coded_triples("The French president praised the volunteers and urged calm.", DATE)
    assert ("FRAGOV", "051", "FRACVL") in got
    assert not any(code[:2] == "02" and tgt for _, code, tgt in got)
