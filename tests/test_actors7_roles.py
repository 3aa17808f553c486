"""Round 5 actor codes (actors7): role nouns, media and charity names, titles of named
organisations, party groups and dated candidacies, on sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_coder import triples

from dateline.model import Entity, Mention
from dateline.resolve.actor_roles import role_code
from dateline.resolve.actors import actor_for_entity, actor_for_phrase, party_code


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("the gunman", "CVL"),
        ("a lone shooter", "CVL"),
        ("the assailant", "CVL"),
        ("the attackers", "CVL"),
        ("inmates", "CVL"),
        ("rioters", "OPP"),
        ("marchers", "OPP"),
        ("federal agents", "COP"),
        ("law enforcement officers", "COP"),
        ("Kenya Broadcasting Corporation", "MED"),
        ("Sunrise Media Group", "MED"),
        ("state news firm", "MED"),
        ("a rescue charity", "NGO"),
        ("the aid group", "NGO"),
        ("terrorists", "UAF"),  # a terrorist stays an unaligned armed actor
        ("Senate President", "LEG"),  # a presiding officer of a legislature, not a head of state
        ("the Speaker of the House", "LEG"),
        ("Senate Majority Leader", "LEG"),
        ("President", "GOV"),
    ],
)
def test_round5_roles(title: str, code: str) -> None:
    assert role_code(title) == code


@pytest.mark.parametrize(
    ("phrase", "when", "code"),
    [
        ("House Democrats", "2019-05-01", "USALEG"),
        ("Senate Republicans", "2014-05-01", "USALEG"),
        ("Democratic senators", "2022-05-01", "USALEG"),
        ("the Democratic leadership", "2019-05-01", "USAOPP"),  # out of the presidency: OPP
        ("the Democratic leadership", "2022-05-01", "USAGOV"),  # holding it: GOV
        ("Republicans", "2010-05-01", "USAOPP"),
        ("a Republican governor", "2010-05-01", "USAGOV"),  # a strong role of its own wins
    ],
)
def test_party_groups(phrase: str, when: str, code: str) -> None:
    assert actor_for_phrase(phrase, when=when).code == code


@pytest.mark.parametrize("phrase", ["Social Democrats", "the Democratic Republic of the Congo",
                                    "the Republican Guard", "the Democratic Party of Japan",
                                    "democratic values"])
def test_party_words_inside_other_names_are_no_party(phrase: str) -> None:
    assert party_code(phrase.split(), "2019-05-01") is None


def _person(name: str, country: str = "USA") -> Entity:
    return Entity(id="e1", label="PERSON", name=name, mentions=[Mention(0, len(name), name)], country=country)


def test_a_candidate_is_opposition_and_a_former_president_an_elite() -> None:
    assert actor_for_entity(_person("Joe Biden"), when="2019-09-01").code == "USAOPP"
    assert actor_for_entity(_person("Barack Obama"), when="2020-04-14").code == "USAELI"
    # a current title in the text beats a listed gap between offices
    assert actor_for_entity(_person("Barack Obama"), when="2020-04-14", context="President").code == "USAGOV"


def test_a_gunman_is_a_private_person() -> None:
    assert ("USACOP", "173", "USACVL") in triples(
        "Police in Tulsa, Oklahoma, arrested a gunman who had fired at a crowd outside a stadium.")


def test_rioters_are_opposition() -> None:
    assert ("BELOPP", "145", "BELCOP") in triples("Rioters threw bottles at police in the Belgian city of Liege.")


def test_a_person_introduced_as_an_organisations_manager_acts_as_it() -> None:
    got = triples("The managing editor of Zambia Broadcasting, Peter Banda, accused the minister of lying. "
                  "Banda also criticized the ministry.")
    assert any(t[0] == "ZMBMED" and t[1].startswith("112") and t[2] == "ZMBGOV" for t in got)
    assert ("ZMBMED", "111", "ZMBGOV") in got


def test_party_group_in_congress_is_legislative() -> None:
    assert ("USALEG", "111", "USAGOV") in triples(
        "Republicans in Congress criticized the president's plan.", published="2011-03-01")


def test_an_article_without_places_takes_the_country_of_its_listed_figures() -> None:
    assert ("USAOPP", "111", "USAGOV") in triples(
        "The Biden campaign criticized the president's tax plan.", published="2020-08-01")


def test_a_virus_is_no_actor() -> None:
    got = triples("By Friday, SARS-CoV-2 had killed more than 300 people in the Chinese province of Hubei.")
    assert not any(src and src.startswith("CHN") and code.startswith("18") for src, code, _ in got)


def test_a_named_body_after_its_title_takes_the_title_as_its_role() -> None:
    assert ("DEUNGO", "112", "ITA") in triples(
        "The German rescue charity Sea-Eye accused Italy of endangering migrants.", published="2019-07-01")


def test_a_listed_name_split_at_a_preposition_is_still_listed() -> None:
    assert ("NGOMSF", "111", "LBYMIL") in triples("Doctors Without Borders criticized the Libyan coast guard.")


def test_a_national_society_of_an_international_movement_is_a_national_ngo() -> None:
    got = triples("The spokesperson of the Kenya Red Cross Society urged residents of Nairobi to stay indoors.")
    assert any(src == "KENNGO" for src, _, _ in got)


@pytest.mark.parametrize(("phrase", "code"), [
    ("the Democratic National Committee", "USAOPP"),
    ("state news agency Saba", "---MED"),  # a name after its title: the title's head is the role
    ("the rescue charity Sea Watch", "---NGO"),
    ("critics", "---OPP"),
    ("government critics", "---OPP"),
])
def test_round5_phrases(phrase: str, code: str) -> None:
    assert actor_for_phrase(phrase, when="2020-06-01").code == code


@pytest.mark.parametrize(("phrase", "code"), [
    ("opposition supporters", "---OPP"), ("army loyalists", "---MIL"), ("supporters", None),
])
def test_followers_take_the_role_of_whom_they_follow(phrase: str, code: str | None) -> None:
    got = actor_for_phrase(phrase)
    assert (got.code if got else None) == code


def test_an_office_in_the_mentions_title_beats_a_weak_standing() -> None:
    kennedy = Entity(id="e1", label="PERSON", name="Paul Kennedy", role="presidential candidate", country="USA",
                     mentions=[Mention(0, 12, "Paul Kennedy")])
    assert actor_for_entity(kennedy, when="2019-06-01", context="Senator").code == "USALEG"
    assert actor_for_entity(kennedy, when="2019-06-01").code == "USAOPP"
