"""The material10 variety set (tests/data/events_variety_material10.jsonl): sentences written for this
project in the style of 1990s wire news and 2019-20 Wikinews, one material act each (workers
dismissed, unions banned, arrests and charges, soldiers ransacking and stealing, withdrawals and
ceasefires, releases, hostage-taking, police posts stormed, student riots, trips for talks), coded by
the Wikinews conventions (shared/data/events/WIKINEWS_EVENTS.md, CONLL_TRAIN.md's convention notes)
before the rules for them were written. Four no-event sentences (a rocket fired, a bid withdrawn, a
report released, an executive fired) guard the business readings of the same verbs.

`PYTHONPATH=src python tests/test_events_material10_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_material10.jsonl"

# floors measured in docs/evaluation/events-material10.md, with a margin for parser noise
(test_the_material10_variety_set_is_well_formed, test_the_material10_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_material10_variety_set_is_coded) = standard_tests(VARIETY, 30, step=3, floor_f1=0.55, floor_p=0.55)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
