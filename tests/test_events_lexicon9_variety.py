"""The lexicon9 variety set (tests/data/events_variety_lexicon9.jsonl): sentences written for this
project in the style of 1990s wire news (Chechnya, the Middle East, the Balkans, Burundi, Iraq,
strikes and courts), one way of wording a political act each across the CAMEO roots ("launched an
offensive against", "lodged a protest with", "ordered a diplomat to leave", "eased its closure",
"recaptured the town from"), coded by the Wikinews conventions (shared/data/events/WIKINEWS_EVENTS.md)
before the rules for them were written. Two no-event sentences (sport, a firm's talks) guard precision.

`PYTHONPATH=src python tests/test_events_lexicon9_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_lexicon9.jsonl"

# floors measured in docs/evaluation/events-lexicon9.md, with a margin for parser noise
(test_the_lexicon9_variety_set_is_well_formed, test_the_lexicon9_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_lexicon9_variety_set_is_coded) = standard_tests(VARIETY, 30, step=3, floor_f1=0.65, floor_p=0.65)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
