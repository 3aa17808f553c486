"""The lexcoop variety set (tests/data/events_variety_lexcoop.jsonl): sentences written for this
project, each a phrasing of a CAMEO root 01-09 act (light verbs, phrasal verbs, event nouns,
British spellings) that the dictionary did not know when the set was written; coded by the
conventions (shared/data/events/WIKINEWS_EVENTS.md) before any rule for them was made.

`python tests/test_events_lexcoop_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_lexcoop.jsonl"

# floors measured in docs/evaluation/events-lexcoop.md, with a margin for parser noise
(test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 30)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
