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
