"""The wire variety set (tests/data/events_variety_wire.jsonl): sentences written for this
project in 1987 wire-service style (title-only officials, "X said its forces ...", war reports,
talks with creditors, trade disputes, upper-case headline lines), coded by the
conventions (shared/data/events/WIKINEWS_EVENTS.md). Batches 1-2 were written before the wire rules,
batch 3 after them (scored once before its two fixes: see docs/evaluation/events-wire.md).

`python tests/test_events_wire_variety.py` prints the score and every miss."""
from __future__ import annotations

import sys
from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_wire.jsonl"

# floors measured in docs/evaluation/events-wire.md, with a margin for parser noise
(test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 30)


if __name__ == "__main__":
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else None  # 1: written first, 2: headline lines, 3: written after the rules
    print_report([r for r in load_variety(VARIETY) if batch is None or r.get("batch") == batch])
