"""The round-10 actor variety set (tests/data/events_variety_actors10.jsonl), written by us before the
round's rules: actors read with their own country when the story is about another one (envoys,
ambassadors, diplomats, foreign private persons), the Wikinews conventions for Chechen and Kurdish
armed groups, government/security/Interior Ministry forces, students, unions, national carriers and
state firms, state media, courts named by their city, ultra-nationalist deputies, former guerrillas,
ruling and junior coalition parties, and a coordinated list in a relative clause.

Run `PYTHONPATH=src:tests python tests/test_events_actors10_variety.py` for the figures and misses.
"""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_actors10.jsonl"

(test_the_variety_set_is_well_formed,
 test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 30, step=3, floor_f1=0.0, floor_p=0.0)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
