"""The coop11 variety set (tests/data/events_variety_coop11.jsonl): sentences written for this project
in 1990s wire style and 2019-20 Wikinews style, one cooperative construction each (CAMEO roots 03-09:
nominal talks between two parties, headline "meets with", coordinated subjects agreeing, assurances
and pledges toward a target, trips and hosted visits, releases, eased sanctions, aid sent, agreements
signed, praise, apology, recognition, mediation offers), coded by the Wikinews conventions
(shared/data/events/WIKINEWS_EVENTS.md) before the rules for them were written. Three no-event
sentences guard expected talks, a business sale and a negated release.

`PYTHONPATH=src python tests/test_events_coop11_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_coop11.jsonl"

# floors measured in docs/evaluation/events-coop11.md, with a margin for parser noise
(test_the_coop11_variety_set_is_well_formed, test_the_coop11_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_coop11_variety_set_is_coded) = standard_tests(VARIETY, 30, step=3, floor_f1=0.55, floor_p=0.55)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
