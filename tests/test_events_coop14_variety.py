"""The coop14 variety set (tests/data/events_variety_coop14.jsonl): sentences written for this project
in 1990s wire style and 2019-20 Wikinews style (CAMEO roots 04-09), coded by the Wikinews conventions
before the rules for them were written: agreements signed by two conjoined parties, agreements
concluded "with" a party, support and praise toward a bid's or a decision's author, future talks
(036), a many-party forum (no pairs), talks that ended without agreement, talks promised only after a
condition, releases, eased sanctions, investigations with a named subject, and visits to buildings
and trips by police, which are not diplomatic visits.

`PYTHONPATH=src python tests/test_events_coop14_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_coop14.jsonl"

# floors measured in docs/evaluation/events-coop14.md, with a margin for parser noise
(test_the_coop14_variety_set_is_well_formed, test_the_coop14_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_coop14_variety_set_is_coded) = standard_tests(VARIETY, 26, step=4, floor_f1=0.62, floor_p=0.7, slice_f1=0.45)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
