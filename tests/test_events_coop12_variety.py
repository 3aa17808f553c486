"""The coop12 variety set (tests/data/events_variety_coop12.jsonl): sentences written for this project
in 1990s wire style and 2019-20 Wikinews style (CAMEO roots 04-09): agreements signed or reached
"with Y", arrivals and visits, hosts receiving guests, investigations by police and commissions,
releases of captives, praise and thanks, eased embargoes and restrictions, loans, withdrawals, coded
by the Wikinews conventions before the rules for them were written. Three no-event sentences guard a
failed agreement, talks between firms, and announced talks.

`PYTHONPATH=src python tests/test_events_coop12_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_coop12.jsonl"

# floors measured in docs/evaluation/events-coop12.md, with a margin for parser noise
(test_the_coop12_variety_set_is_well_formed, test_the_coop12_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_coop12_variety_set_is_coded) = standard_tests(VARIETY, 26, step=3, floor_f1=0.55, floor_p=0.55)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
