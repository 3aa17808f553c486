"""Round-14 actor rules (actors14), each checked on sentences we wrote: a quantifier that counts part
of a group ("most of the strikers", "the rest of the rebels", "many of them") takes the group's code;
a bare Congress / House / Senate belongs to the government that deals with it in the same sentence
when the article's own country is not in play; "the House" is never the White House; "Democrats" and
"Republicans" in a story about Congress are legislators (LEG); chambers of mines and labour
federations named by their form."""
from __future__ import annotations

import pytest
from events_variety import annotated, resolved_codes


def _resolved(text: str, word: str, date: str = "1987-04-11", nth: int = 0) -> list[str]:
    return resolved_codes(text, word, date, nth)


@pytest.mark.parametrize("lead, word", [
    ("Most of the rebels", "Most"),
    ("Many of the rebels", "Many"),
    ("Some of the rebels", "Some"),
    ("Several of the rebels", "Several"),
    ("Half of the rebels", "Half"),
    ("The rest of the rebels", "rest"),
])
def test_a_quantifier_of_a_group_acts_as_the_group(lead, word):
    text = ("COLOMBO, April 11 - Sri Lankan troops overran a Tamil rebel camp in the north on Saturday. "
            f"{lead} attacked an army convoy near the lagoon later in the day, officials said.")
    assert _resolved(text, word) == ["LKAREB"]


def test_a_quantifier_of_a_pronoun_takes_the_pronoun_group():
    text = ("SEOUL, April 11 - South Korean riot police detained dozens of students on Saturday. "
            "The students said many of them were beaten by the police.")
    from dateline.events.actors import ActorContext, quantified_group

    art, doc = annotated(text, "1987-04-11")
    many = next(t for t in doc if t.lower_ == "many")
    assert quantified_group(many).lower_ == "them"


def test_a_quantifier_of_a_thing_is_no_actor():
    text = "MANILA, April 11 - Most of the money was spent on roads, the finance ministry said on Tuesday."
    assert _resolved(text, "Most") == []


def test_congress_belongs_to_the_government_dealing_with_it_in_the_sentence():
    # a story datelined in Managua: "Congress" is not Nicaragua's when the US president sends it a request
    text = ("MANAGUA, April 11 - Nicaragua's government said on Saturday it would resist any new pressure. "
            "Nicaraguan officials met the rebels' envoys in the capital. "
            "President Reagan sent Congress a new request for aid to the rebels on Friday.")
    assert _resolved(text, "Congress") == ["USALEG"]


def test_congress_keeps_the_article_country_when_its_government_is_in_the_sentence():
    text = ("QUITO, April 11 - Ecuador's unions called a general strike on Saturday. "
            "President Febres Cordero asked Congress to approve the austerity measures quickly.")
    assert _resolved(text, "Congress") == ["ECULEG"]


def test_a_named_congress_keeps_its_own_country():
    text = ("MANILA, April 11 - U.S. officials arrived in Manila on Saturday. "
            "President Reagan praised the Philippine Congress for its vote on the bases.")
    assert _resolved(text, "Congress") == ["PHLLEG"]


def test_the_house_after_the_white_house_is_the_chamber():
    text = ("WASHINGTON, April 11 - The White House said on Tuesday it would veto the trade bill. "
            "The House accused the administration of ignoring the trade deficit.")
    assert _resolved(text, "House", nth=1) == ["USALEG"]


def test_party_members_in_a_congress_story_are_legislators():
    text = ("WASHINGTON, April 11 - The administration sent its budget to Congress on Tuesday. "
            "Democrats accused the White House of hiding the size of the deficit.")
    assert _resolved(text, "Democrats") == ["USALEG"]


def test_party_members_outside_a_congress_story_stay_opposition():
    text = ("WASHINGTON, April 11 - The president spoke at a rally in Ohio on Tuesday. "
            "Democrats accused the president of ignoring the farm crisis.")
    assert _resolved(text, "Democrats") == ["USAOPP"]


@pytest.mark.parametrize("phrase, role", [
    ("chamber of mines", "BUS"),
    ("labour federation", "LAB"),
    ("labor confederation", "LAB"),
])
def test_bodies_named_by_their_form(phrase, role):
    from dateline.resolve.actor_roles import role_code

    assert role_code(phrase) == role


def test_the_country_as_an_owner_is_the_article_country():
    text = ("RIO DE JANEIRO, April 11 - Brazil's bank workers stayed off the job for a third day. "
            "The country's striking bankworkers rejected the new wage offer on Saturday, union officials said.")
    assert _resolved(text, "bankworkers") == ["BRALAB"]


@pytest.mark.parametrize("noun", ["carpenter", "consumers", "onlookers", "taxpayers", "gun owners"])
def test_private_persons_with_a_nationality_are_civilians(noun):
    from dateline.resolve.actor_roles import role_code

    assert role_code(noun.removesuffix("s") if noun.endswith("s") else noun) == "CVL"
    text = f"BANGKOK, April 11 - Thai police said on Saturday that Dutch {noun} had complained about the fees."
    assert _resolved(text, noun.split()[-1]) == ["NLDCVL"]


def test_it_after_a_country_s_ministry_is_the_ministry_not_the_country():
    text = ("TEHRAN, April 11 - Iran's foreign ministry said on Saturday the country would resume enrichment. "
            "It warned the European Union that further steps would follow.")
    assert _resolved(text, "It") == ["IRNGOV"]


def test_it_after_a_country_as_subject_stays_the_country():
    text = ("TEHRAN, April 11 - Iran said on Saturday it would resume enrichment. "
            "It warned the European Union that further steps would follow.")
    assert _resolved(text, "It") == ["IRN"]


def test_banks_owed_a_state_s_debt_are_foreign_creditors():
    text = "BRASILIA, April 11 - Brazil suspended interest payments on its debts to commercial banks in February."
    assert _resolved(text, "banks") == ["---BUS"]


def test_the_banks_in_a_debt_rescheduling_story_are_foreign_creditors():
    text = ("MANILA, April 11 - The Philippines resumed talks on rescheduling its foreign debt on Saturday. "
            "The finance secretary said the banks had sent a new proposal late on Friday.")
    assert _resolved(text, "banks") == ["---BUS"]


def test_banks_outside_a_debt_story_are_the_article_country_firms():
    text = "NEW YORK, April 11 - Commercial banks raised their prime lending rate on Saturday, dealers said."
    assert _resolved(text, "banks") == ["USABUS"]


@pytest.mark.parametrize("lead, code", [
    ("Canadian lawmakers asked their U.S. counterparts", "USALEG"),
    ("Indian army commanders met their Pakistani counterparts", "PAKMIL"),
    ("India's foreign minister met his Pakistani counterpart", "PAKGOV"),   # the default office
])
def test_a_counterpart_holds_the_office_of_the_one_it_is_counterpart_of(lead, code):
    text = f"{lead} on the border on Thursday to discuss the trade dispute."
    word = "counterparts" if "counterparts" in lead else "counterpart"
    assert _resolved(text, word) == [code]


def test_a_group_of_a_role_is_that_role():
    text = ("WASHINGTON, April 11 - Congress debated the trade bill on Tuesday. "
            "A group of Canadian lawmakers asked the committee to exempt Canada from the bill.")
    assert _resolved(text, "group") == ["CANLEG"]
