"""Round-11 actor rules (actors11), each checked on sentences we wrote: listed firms with their
legal form, one-word firms only when capitalised, "the company" as the latest firm named,
organisations the article calls a company, the European Commission as "the Commission" in a
Community story, listed acronyms over the unlisted name they abbreviate, the home country of a
story that names only firms, and the Treasurer as a minister."""
from __future__ import annotations

import pytest
from events_variety import annotated

from dateline.resolve.actor_roles import role_code
from dateline.resolve.actors import known_org_code


def _triples(text: str, date: str = "1987-04-02") -> set[tuple[str, str, str]]:
    from dateline.eval.events import _event_triples

    art, _ = annotated(text, date)
    return _event_triples(art.events)


def _actor_of(text: str, word: str, date: str = "1987-04-02", nth: int = 0) -> str | None:
    """The actor code of the `nth` token spelled `word` in the text."""
    from dateline.events.actors import ActorContext, actor_for

    art, doc = annotated(text, date)
    ctx = ActorContext.build(doc, art)
    tok = [t for t in doc if t.text == word][nth]
    got = actor_for(tok, ctx)
    return got.code if got is not None else None


# ---- the table of named organisations: firms with their legal form, capitals only for one word

@pytest.mark.parametrize("name,code", [
    ("Textron Inc", "USABUS"),
    ("Boeing Co", "USABUS"),
    ("Lloyds Bank Plc", "GBRBUS"),
    ("Morgan Guaranty Trust Co", "USABUS"),
    ("the United Auto Workers", "USALAB"),
    ("COSATU", "ZAFLAB"),
])
def test_a_listed_firm_or_union_with_its_legal_form_codes_as_listed(name, code):
    assert known_org_code(name) == code


@pytest.mark.parametrize("name", ["fiat", "Reuters Holdings", "Cargill U.K. Ltd"])
def test_no_listed_firm_for_a_lowercase_word_a_non_firm_or_a_named_subsidiary(name):
    # "by judicial fiat" is no car maker; a news agency's holding is not the agency's other
    # name; a subsidiary named with its country is coded from its name, not from the parent
    assert known_org_code(name) is None


def test_the_treasurer_is_a_minister():
    assert role_code("Treasurer") == "GOV"
    assert role_code("the chamber of commerce") == "BUS"


# ---- "the company": the latest firm named before it

def test_the_company_is_the_firm_named_before_it():
    text = ("Harlow Tools Corp said on Monday it would close two plants in Ohio. "
            "The company accused the steelworkers union of refusing to discuss wage cuts.")
    assert _actor_of(text, "company") == "USABUS"


def test_the_company_is_not_a_ministry_named_in_between():
    text = ("Harlow Tools Corp said on Monday it would close two plants in Ohio. "
            "The Labor Department opened an inquiry. The company declined to comment.")
    assert _actor_of(text, "company") != "USAGOV"


def test_a_product_name_is_no_firm_for_the_company():
    text = ("Boeing Co said on Monday that it would take a further charge for the grounding of its 737 MAX jets. "
            "The company criticised the Federal Aviation Administration for the slow pace of the review.")
    assert ("USABUS", "111", "USAGOV") in _triples(text, "2019-07-23")


def test_an_organisation_the_article_calls_a_company_is_a_business():
    text = ("Lantern Systems said its chief executive would step down in May. "
            "The company has lost money for three years.")
    assert _actor_of(text + " Shares in Lantern Systems fell in Chicago.", "Systems", nth=1)[3:] == "BUS"


# ---- the European Commission as "the Commission" in a Community story

def test_the_commission_in_a_community_story_is_the_european_commission():
    text = ("BRUSSELS, April 2 - The European Community's executive body said on Thursday it would take "
            "Belgium to court over its steel subsidies. The Commission accused the Belgian government of "
            "paying illegal aid to a steel maker.")
    assert any(s == "IGOEUREEC" and t == "BELGOV" for s, _, t in _triples(text))


def test_a_commission_in_a_story_without_the_community_keeps_its_own_reading():
    text = ("OTTAWA, April 2 - A federal inquiry into the collapse of two banks opened on Thursday. "
            "The Commission accused the Bank of Canada of ignoring warnings.")
    assert not any(s == "IGOEUREEC" for s, _, _ in _triples(text))


# ---- a listed acronym is the listed body, not the unlisted full name

def test_a_listed_acronym_keeps_its_own_code():
    text = ("Writers and technicians began a strike at the National Broadcasting Co (NBC) on Monday. "
            "The union accused NBC of hiring part-time staff.")
    assert _actor_of(text, "NBC", nth=1) == "USAMED"


# ---- a story that names no place: the home of its listed firms

def test_a_story_naming_only_listed_firms_takes_their_home_country():
    text = ("Textron Inc said it and two union locals agreed to a new three-year contract. "
            "The union had accused the management of stalling the talks.")
    assert _actor_of(text, "union", nth=1) == "USALAB"


# ---- a listed figure after a listed term: a former office holder (ELI)

def test_a_listed_official_months_after_the_term_is_an_elite():
    from dateline.model import Entity
    from dateline.resolve.actors import _builtin_person_code

    text = ("Former National Security Adviser John Bolton published a memoir on Tuesday. "
            "In the book, Bolton accuses the White House of obstructing the inquiry.")
    assert _actor_of(text, "Bolton", date="2020-06-24", nth=1) == "USAELI"
    bare = Entity(id="e2", name="John Bolton", label="PERSON")
    assert _builtin_person_code(bare, ["John Bolton"], "2020-06-24", None, None) == "USAELI"


def test_a_listed_official_in_office_or_just_after_keeps_the_office():
    from dateline.model import Entity
    from dateline.resolve.actors import _builtin_person_code

    bolton = Entity(id="e1", name="John Bolton", label="PERSON", role="National Security Adviser")
    assert _builtin_person_code(bolton, ["John Bolton"], "2019-05-24", None, None) == "USAGOV"
    # three weeks after the term: still news of the office, not yet a former holder
    assert _builtin_person_code(bolton, ["John Bolton"], "2019-10-01", None, None) != "USAELI"


def test_a_current_title_the_text_states_is_not_made_former():
    # "US President Donald Trump" in an undated text: the text's own title, not the list's end date
    text = "The Manhattan district attorney's office is investigating US President Donald Trump over alleged fraud."
    assert _actor_of(text, "Trump", date="2021-06-15") != "USAELI"


def test_a_listed_figure_before_any_office_stays_the_country():
    from dateline.model import Entity
    from dateline.resolve.actors import _builtin_person_code

    trump = Entity(id="e3", name="Donald Trump", label="PERSON")
    assert _builtin_person_code(trump, ["Donald Trump"], "2015-06-01", None, None) == "USA"
