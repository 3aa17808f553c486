"""The lexcoop variety set (tests/data/events_variety_lexcoop.jsonl): sentences written for this
project, each a phrasing of a CAMEO root 01-09 act (light verbs, phrasal verbs, event nouns,
British spellings) that the dictionary did not know when the set was written; coded by the
conventions (shared/data/events/WIKINEWS_EVENTS.md) before any rule for them was made (batch 1);
batch 2 was written after the rules and scored once, untuned: a measure of how far they carry.

`python tests/test_events_lexcoop_variety.py` prints the score and every miss."""
from __future__ import annotations

import sys
from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_lexcoop.jsonl"

# floors measured in docs/evaluation/events-lexcoop.md, with a margin for parser noise
(test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 30)


if __name__ == "__main__":
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else None  # 1: written before any rule, 2: after, scored once
    print_report([r for r in load_variety(VARIETY) if batch is None or r.get("batch") == batch])
