"""The lexicon variety set (tests/data/events_variety_lexicon.jsonl): sentences written for this
project, one news expression each (endorsements, sympathy, criticism "came under fire from",
charges, lawsuits, denials, attributions, appeals, refusals, public restrictions, police force,
killings), coded by the Wikinews conventions (shared/data/events/WIKINEWS_EVENTS.md and the
decisions in src/dateline/eval/data/WIKINEWS_EXTRA*.md) before the rules for them were written.
A few no-event sentences (negated, hypothetical) guard precision.

`PYTHONPATH=src python tests/test_events_lexicon_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_lexicon.jsonl"

# floors measured in docs/evaluation/events-lexicon.md, with a margin for parser noise
(test_the_lexicon_variety_set_is_well_formed, test_the_lexicon_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_lexicon_variety_set_is_coded) = standard_tests(VARIETY, 30, step=3, floor_p=0.85)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
