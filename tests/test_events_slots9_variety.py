"""The slots9 variety set (tests/data/events_variety_slots9.jsonl), written by us.

1996-wire-style sentences whose agent or patient a reader finds past the parse's first
guess: participial and "after"-clauses ("..., accusing Y of", "after meeting Y"), control
verbs ("agreed to meet"), "said on Thursday it ..." chains, nominal acts owned by a
compound or possessive, "according to", passives with a "by" phrase, targets inside
"the leaders of X", and wire headlines. Two have no event. Coded by the Wikinews conventions
before any rule was made; the first score is in docs/evaluation/events-slots.md.

Run `PYTHONPATH=src:tests python tests/test_events_slots9_variety.py` for the figures and misses.
"""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_slots9.jsonl"

(test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 30, step=4, floor_f1=0.55, floor_p=0.53, slice_f1=0.5)
# fast slice: every 4th record (8 sentences): measured 0.526 exact F1
# measured 0.568 exact F1 (P 0.548) before any rule and after (the misses are mostly code
# choices and unresolved titles, see docs/evaluation/events-slots.md)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
