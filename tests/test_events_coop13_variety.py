"""The coop13 variety set (tests/data/events_variety_coop13.jsonl): sentences written for this project
in 1990s wire style and 2019-20 Wikinews style (CAMEO roots 04-09), coded by the Wikinews conventions
before the rules for them were written: arrivals "here" under a dateline, investigations in the
passive, agentless talks and agreements with "between", hosts meeting "visiting" guests, support
extended, appeals to open markets (no talks), talks that collapsed, praise in quotations, visits as
nouns, releases, aid sent, eased sanctions, apologies. Two no-event sentences guard talks with no
named sides and negotiators of an unnamed government.

`PYTHONPATH=src python tests/test_events_coop13_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_coop13.jsonl"

# floors measured in docs/evaluation/events-coop13.md, with a margin for parser noise
(test_the_coop13_variety_set_is_well_formed, test_the_coop13_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_coop13_variety_set_is_coded) = standard_tests(VARIETY, 25, step=4, floor_f1=0.65, floor_p=0.7)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
