"""integ65: the integrator's repairs of round 65 (docs/evaluation/events.md, "Twenty-seventh session").
Every sentence is our own.

- Coordinated parties joining a body that resolves to no one ("Britain and Australia joined the
  coalition") join a third party: they are not paired with each other (was GBR 062 AUS both
  ways). A coalition that names its leader is still joined (062 toward the leader), and "joined
  forces" keeps its reciprocal cooperation.
"""
from __future__ import annotations

from events_variety import coded_triples


def test_joiners_of_an_unnamed_coalition_are_not_paired():
    for text, day in [("Britain and Australia joined the coalition on Monday.", "2019-08-05"),
                      ("The naval coalition was joined by Denmark and Norway, officials said.", "2019-08-05"),
                      ("Chad and Niger joined the alliance against the insurgents last week.", "2015-02-10")]:
        got = coded_triples(text, day)
        assert not got, (text, got)


def test_a_led_coalition_is_still_joined_and_joined_forces_stay_mutual():
    got = coded_triples("Britain and Australia joined the U.S.-led coalition on Monday.", "2019-08-05")
    assert {("GBR", "062", "USA"), ("AUS", "062", "USA")} <= got, got
    got = coded_triples("Britain and France joined forces to fight piracy.", "2010-03-01")
    assert {("GBR", "060", "FRA"), ("FRA", "060", "GBR")} <= got, got
