"""Titles before a name that carry a portfolio ("Ambassador to X", "Envoy for X")."""
from __future__ import annotations

from test_events_coder import triples


def test_portfolio_country_is_not_the_holders_country():
    got = triples("On Tuesday, Canadian Special Representative for Chile Anna Moreau criticized "
                  "the Venezuelan government.")
    assert ("CANGOV", "111", "VENGOV") in got


def test_ambassador_to_a_country_keeps_the_sending_country():
    got = triples("Yesterday, Japanese Ambassador to Brazil Kenji Sato praised the Argentine government.")
    assert ("JPNGOV", "051", "ARGGOV") in got


def test_an_office_stated_in_a_copular_clause_replaces_the_private_person_default():
    text = ("Joanna Smith of the Scottish party petitioned the court. Smith and the others are members of the "
            "British parliament. Smith said the British government was breaking the law.")
    got = triples(text)
    assert ("GBRLEG", "112", "GBRGOV") in got
    assert not any(src == "GBRCVL" for src, _, _ in got)


def test_a_group_named_in_a_persons_title_is_who_they_act_for():
    got = triples('"We warn the Saudis that more of their oil sites will be targeted", '
                  'the Houthi spokesman Yahya Ali said.')
    assert ("YEMREB", "1384", "SAU") in got
    from dateline.resolve.actors import _group_in_title

    assert _group_in_title("Hamas commander") == "PSEREB"
    assert _group_in_title("Reuters correspondent") == "GBRMED"
    assert _group_in_title("Hamas") is None  # a bare name is the group itself, handled elsewhere
