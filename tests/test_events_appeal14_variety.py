"""The appeal14 variety set (tests/data/events_variety_appeal14.jsonl), written by us.

Intents whose act the verb dictionary codes on its own ("vowed to strengthen economic ties with Y",
"would send medical teams to Y", "agreed to hold talks"), intents told as nouns ("announced plans to
visit Y", "reiterated its pledge to send troops"), commitments ("remains committed to resuming"),
appeals that mirror material cooperation ("open its markets", "share intelligence"), demands to end
a party's armed acts, and sentences with no dyadic event, in 1987-98 wire and 2019-20 Wikinews
styles. Coded by the Wikinews conventions before any rule was made; the first score is in
docs/evaluation/events-appeal14.md.

Run `PYTHONPATH=src:tests python tests/test_events_appeal14_variety.py` for the figures and misses.
"""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_appeal14.jsonl"

(test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 26, step=4, floor_f1=0.48, floor_p=0.52, slice_f1=0.18, slice_root=0.5)
# fast slice: every 4th record (7 sentences), pinned at its measured level (exact 0.182, root 0.545)
# measured 0.400 exact F1 (P .455) before any rule, 0.538 (P .58) at the end (merged); see docs/evaluation/events-appeal14.md


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
