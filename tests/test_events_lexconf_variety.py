"""The lexconf variety set (tests/data/events_variety_lexconf.jsonl): sentences written for this
project, one news expression each for CAMEO roots 10-20 (expelling diplomats as "persona non
grata", drills near a state, blockades, rockets rained on positions, drones downed, sieges,
incursions, sanctions extended or hit with, tariffs levied, tankers impounded, talks called off,
fire traded, event nouns such as "the expulsion of"), coded by the Wikinews conventions
(shared/data/events/WIKINEWS_EVENTS.md and src/dateline/eval/data/WIKINEWS_EXTRA*.md) before the
rules for them were written. Two no-event sentences (negated, hypothetical) guard precision.

`PYTHONPATH=src python tests/test_events_lexconf_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_lexconf.jsonl"

# floors measured in docs/evaluation/events-lexconf.md, with a margin for parser noise
(test_the_lexconf_variety_set_is_well_formed, test_the_lexconf_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_lexconf_variety_set_is_coded) = standard_tests(VARIETY, 30, step=3, floor_f1=0.55, floor_p=0.60)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
