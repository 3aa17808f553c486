"""integ36: the integrator's second batch of the twentieth session (docs/evaluation/events-integ35.md,
section "Second batch"). Every sentence is our own, written for these tests.

- A listed figure named with a middle name the table leaves out ("Manuel Antonio Noriega") is
  the listed figure.
"""
from __future__ import annotations

from events_variety import coded_triples


def test_a_middle_name_does_not_hide_a_listed_figure():
    from dateline.resolve.actors import _without_middle_names

    assert _without_middle_names(["Manuel Antonio Noriega", "Noriega"]) == ["Manuel Noriega"]
    assert _without_middle_names(["the Panamanian leader"]) == []
    got = coded_triples("Panama's Gen. Manuel Antonio Noriega accused the United States of aggression on Friday.", "1989-06-01")
    assert ("PANMIL", "1123", "USA") in got, got
