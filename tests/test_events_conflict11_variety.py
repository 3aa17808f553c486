"""The conflict11 variety set (tests/data/events_variety_conflict11.jsonl): sentences written for this
project in the style of 1987 and 1996 wire news and 2019-20 Wikinews, one material conflict act each
(CAMEO roots 14-20: rallies broken up, strikes, riots, sanctions, expulsions, arrests and sentences,
abductions, killings, shelling and air strikes, curfews), coded by the Wikinews conventions
(shared/data/events/WIKINEWS_EVENTS.md) before the conflict11 rules were written. Four no-event
sentences guard the standard's "not coded" list: an agentless passive, past background, a sanction
only considered, a bombing with no named perpetrator.

`PYTHONPATH=src python tests/test_events_conflict11_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_conflict11.jsonl"

# floors measured in docs/evaluation/events-conflict11.md, with a margin for parser noise
(test_the_conflict11_variety_set_is_well_formed, test_the_conflict11_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_conflict11_variety_set_is_coded) = standard_tests(VARIETY, 30, step=3, floor_f1=0.50, floor_p=0.50)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
