"""Round-10 actor rules (actors10), each checked on sentences we wrote: organs of listed
intergovernmental bodies, former guerrillas, forces named by a ministry or the government,
unions, extremist and sect leaders, separatist peoples' bodies in their war years, mediators and
deputy envoys, and a dated legislator's office."""
from __future__ import annotations

import pytest

from dateline.resolve.actor_roles import head_role, role_code
from dateline.resolve.actors import builtin_people, known_org_code


def _triples(text: str, date: str = "1996-08-20") -> set[tuple[str, str, str]]:
    from dateline.api import load_pipeline
    from dateline.eval.events import _event_triples
    from dateline.model import Article, Source

    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published=date), pipe.nlp(text))
    return _event_triples(art.events)


# ---- organs of a listed IGO take its code, not the article's country + "department" GOV

@pytest.mark.parametrize("name,code", [
    ("U.N. Department of Humanitarian Affairs", "IGOUNO"),
    ("the UN Human Rights Commission", "IGOUNO"),
    ("United Nations Development Programme", "IGOUNO"),
    ("NATO Military Committee", "IGONAT"),
])
def test_an_organ_named_after_a_listed_igo_codes_as_the_igo(name, code):
    assert known_org_code(name) == code


@pytest.mark.parametrize("name", ["UNITA rebels", "Amnesty International USA", "U.N. human rights monitors"])
def test_no_organ_reading_for_lowercase_tails_ngo_branches_or_other_names(name):
    assert known_org_code(name) is None


def test_a_un_office_in_a_national_capital_is_not_that_state():
    got = _triples("BAGHDAD 1996-08-20\n\nThe U.N. Department of Humanitarian Affairs accused "
                   "Iraq on Tuesday of delaying the food deliveries.")
    assert any(src == "IGOUNO" and code.startswith("112") for src, code, _ in got), got


# ---- former guerrillas stay rebels; former office holders stay elites

def test_former_guerrillas_keep_their_armed_role():
    assert role_code("former Salvadoran guerrillas") == "REB"
    assert head_role("ex-rebels") == "REB"
    assert role_code("former defence minister") == "ELI"
    assert head_role("former army officers") == "ELI"


def test_former_guerrillas_are_coded_as_the_countrys_rebels():
    got = _triples("Former Guatemalan guerrillas kidnapped two Italian engineers near the border on Monday.")
    assert ("GTMREB", "181", "ITACVL") in got, got


# ---- forces named by the body they serve are armed forces

@pytest.mark.parametrize("phrase", ["government forces", "Interior Ministry forces", "interior ministry troops"])
def test_forces_of_a_ministry_or_government_are_military(phrase):
    assert head_role(phrase) == "MIL"
    assert head_role("the interior ministry") == "GOV"


def test_government_forces_attack_rebels():
    got = _triples("COLOMBO 1996-08-20\n\nGovernment forces attacked rebel bases in the north of the "
                   "island on Tuesday, the defence ministry said.")
    assert ("LKAMIL", "190", "LKAREB") in got, got


# ---- unions, whatever sector they organise; students' unions stay students

def test_a_union_of_academics_is_a_union():
    assert role_code("Academic Staff Union of Universities") == "LAB"
    assert role_code("National Union of Teachers") == "LAB"
    assert role_code("student union") == "EDU"


# ---- extremist and sect leaders are private persons, of their own country

def test_a_neo_nazi_leader_is_a_private_person_of_his_country():
    got = _triples("A Munich court sentenced U.S. neo-Nazi leader Carl Hobbs on Friday to three years "
                   "in prison for smuggling banned leaflets into Bavaria.")
    assert ("DEUJUD", "173", "USACVL") in got, got


def test_a_cult_leader_is_no_government():
    got = _triples("Police in Texas arrested cult leader Tom Jennings on weapons charges.")
    assert any(tgt == "USACVL" for _, code, tgt in got if code.startswith("17")), got


def test_an_opposition_leader_keeps_his_role():
    assert role_code("opposition leader") == "OPP"
    assert role_code("Kurdish leader") == "GOV"  # no strong word: the weak head's own code


# ---- bodies of a separatist people in its war years are rebels

def test_chechen_negotiators_in_the_1990s_are_russian_rebels():
    got = _triples("Chechen negotiators accused Russian generals on Tuesday of breaking the truce.")
    assert ("RUSREB", "112", "RUSMIL") in got, got


def test_chechen_officials_after_the_war_years_are_not_rebels():
    got = _triples("Chechen officials accused Russian generals on Tuesday of ignoring the budget.",
                   date="2012-05-02")
    assert not any(src.endswith("REB") for src, _, _ in got), got


def test_kurdish_factions_in_northern_iraq_are_iraqi_rebels():
    got = _triples("ANKARA 1996-09-02\n\nKurdish factions in northern Iraq rejected a Turkish call on "
                   "Monday for a buffer zone along the border.", date="1996-09-02")
    assert any(src == "IRQREB" and code.startswith("12") for src, code, _ in got), got


def test_kurdish_groups_in_a_german_story_are_no_war_party():
    got = _triples("BONN 1996-09-02\n\nKurdish groups in Germany accused the Bonn government of "
                   "ignoring their appeals, a German spokesman said.", date="1996-09-02")
    assert not any(src.endswith("REB") for src, _, _ in got), got


# ---- envoys

def test_a_countrys_mediator_and_deputy_envoy_are_government():
    assert role_code("American mediator") == "GOV"
    assert role_code("deputy representative") == "GOV"
    assert role_code("Iran's deputy representative to the United Nations") == "GOV"


# ---- a dated legislator's office

def test_a_party_leader_elected_to_the_duma_is_a_legislator():
    people = builtin_people()
    assert people.lookup("Vladimir Zhirinovsky", "1996-08-20") == "RUSLEG"
    assert people.lookup("Vladimir Zhirinovsky", "1992-05-01") == "RUSOPP"


# ---- wire titles in lower case still give the holder's nationality

def test_a_lower_case_wire_title_gives_the_holders_country():
    from dateline.resolve.actors import _title_before
    assert _title_before("met Belgian minister ", len("met Belgian minister "))[0] == "Belgian minister"
    assert _title_before("kidnapped a British man ", len("kidnapped a British man "))[0] == ""


def test_a_foreign_minister_in_a_brussels_story_keeps_his_country():
    got = _triples("BRUSSELS, April 28 - European farm ministers met for a third day.\n\n"
                   "Dutch minister Gerrit Braks criticised the Commission's proposals on Tuesday, "
                   "saying they would hurt farmers.", date="1987-04-28")
    assert any(src == "NLDGOV" and code.startswith("11") for src, code, _ in got), got


def test_gatt_is_an_international_body_not_an_army():
    assert known_org_code("the General Agreement") == "IGOWTO"
    assert known_org_code("GATT") == "IGOWTO"
    assert role_code("Japanese finance houses") == "BUS"


# ---- national central banks are state bodies

def test_central_banks_named_without_the_words_central_bank_are_government():
    assert known_org_code("the Fed") == "USAGOV"
    assert known_org_code("Bank of England") == "GBRGOV"
    assert known_org_code("Reserve Bank of Australia") == "AUSGOV"
    assert known_org_code("Bank of America") is None
    assert known_org_code("fed") is None  # the verb


def test_the_fed_in_a_tokyo_story_is_american():
    got = _triples("TOKYO, April 8 - Japan's finance ministry was watching the dollar closely.\n\n"
                   "The Fed urged Japan on Tuesday to stimulate domestic demand.", date="1987-04-08")
    assert any(src == "USAGOV" and tgt == "JPN" for src, _, tgt in got), got
