"""The coop variety set (tests/data/events_variety_coop.jsonl): sentences written for this
project, one Wikinews-like construction each for CAMEO roots 01-09, 17 and 18, coded by the
conventions (shared/data/events/WIKINEWS_EVENTS.md) before the rules for them were written.

`python tests/test_events_coop_variety.py` prints the score and every miss."""
from __future__ import annotations

import sys
from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_coop.jsonl"

# floors measured in docs/evaluation/events-coop.md, with a margin for parser noise
(test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 40)


if __name__ == "__main__":
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else None  # 1: written first, 2: the harder second batch
    print_report([r for r in load_variety(VARIETY) if batch is None or r.get("batch") == batch])
