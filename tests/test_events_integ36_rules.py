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


def test_him_after_a_titled_object_is_that_person():
    got = coded_triples("The government of Venezuela on Monday expelled the head of the German embassy, "
                        "accusing him of meddling in the country's internal affairs.", "2019-03-12")
    assert ("VENGOV", "1125", "DEUGOV") in got, got
    got = coded_triples("The Nigerian president sacked the army chief and accused him of plotting a coup.", "2019-03-12")
    assert any(code.startswith("112") and tgt == "NGAMIL" for _, code, tgt in got), got
