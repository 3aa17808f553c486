"""Integrator, session 21: repairs after the rounds merged (docs/evaluation/events.md, "Twenty-first session")."""
from __future__ import annotations

from events_variety import coded_triples


def test_counter_protesters_protest_as_protesters_do():
    # left42a keeps "counter-" verbs whole ("counterprotest"); the protest must still be read
    got = coded_triples("Hundreds of students counter-protested against the government in Belgrade "
                        "on Sunday, witnesses said.", "1996-12-01")
    assert any(code.startswith("14") and (target or "").startswith("SRB") for _, code, target in got)


def test_counter_protesting_crowd_in_a_relative_clause():
    got = coded_triples("A court jailed a man for driving into a crowd of people who were counter-protesting "
                        "against a far-right rally in Dresden.", "2019-07-01")
    assert any(code.startswith("14") for _, code, _ in got)


def test_a_counter_protest_that_did_not_happen_is_not_coded():
    got = coded_triples("Students did not counter-protest against the government march in Belgrade.", "1996-12-01")
    assert not any(code.startswith("14") for _, code, _ in got)
