"""Round-13 actor rules (actors13), each checked on sentences we wrote: a generic head noun
("leaders", "officials", "spokesman") takes the role of the weak role word that modifies it
("church leaders" NGO: church bodies, since actors29 there is no religious role), and "them" as an object is first the group that is the subject of an
earlier clause of its own sentence, never the subject of its own verb or of the report that holds
its clause."""
from __future__ import annotations

import pytest
from events_variety import resolved_codes


def _resolved(text: str, word: str, date: str = "1995-04-11", nth: int = 0) -> list[str]:
    return resolved_codes(text, word, date, nth)


@pytest.mark.parametrize("title, code", [
    ("church leaders", "NGO"),  # actors29: church bodies are NGO (CAMEO.type.txt has no REL)
    ("protest leaders", "OPP"),
    ("industry officials", "BUS"),
    ("network spokesman", "MED"),
    ("army spokesman", "MIL"),       # a strong role word still wins
    ("opposition leader", "OPP"),
    ("leader", "GOV"),               # alone, the generic head keeps its weak role
    ("deputy leader", "GOV"),        # a longer listed phrase is no modifier
    ("agency chief", "GOV"),
])
def test_a_generic_head_takes_the_role_of_its_weak_modifier(title, code):
    from dateline.resolve.actor_roles import head_role, role_code

    assert role_code(title) == code
    assert head_role(title) == code


def test_church_leaders_of_a_country_are_a_church_body_not_the_government():
    text = ("MALABO, April 11 - Equatorial Guinea's government postponed the local elections on Tuesday. "
            "Catholic church leaders in Malabo urged the government to set a new date quickly.")
    assert _resolved(text, "leaders") == ["GNQNGO"]


def test_them_is_the_subject_group_of_an_earlier_clause_of_its_sentence():
    text = ("QUITO, April 11 - Thousands of people marched on the presidential palace on Tuesday. "
            "Protesters threw rocks at the riot police, and the police fired tear gas at them.")
    assert _resolved(text, "them") == ["ECUOPP"]


def test_them_is_never_the_subject_of_the_report_that_holds_its_clause():
    # "officials said police detained them": not the officials, but the group of the sentence before
    text = ("LIMA, April 11 - Hundreds of miners blocked the main highway south of the capital on Tuesday. "
            "Officials said police had detained them after a clash near the bridge.")
    assert _resolved(text, "them") != ["PERGOV"]


def test_them_in_a_later_clause_names_the_group_that_must_act_first():
    text = ("MANILA, April 11 - The Philippine government said on Tuesday the rebels must lay down their arms "
            "before it negotiates with them.")
    assert _resolved(text, "them") == ["PHLREB"]
