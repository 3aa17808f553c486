"""The round-7 actor variety set (tests/data/events_variety_actors9.jsonl), written by us before
the round's rules, in the style of 1996 wire copy: people introduced once with a title and named
alone later, EU and UN officials, rebels and guerrillas of a named country or region, parties,
unions, police, courts and "the government" of the dateline's country, "the two sides", and
sentences whose only candidate targets are no actors (products, bonds, consumers). All roots are
scored.

Run `PYTHONPATH=src:tests python tests/test_actors9_variety.py` for the figures and the misses.
First score, before any rule of the round: exact 0.429 (P 0.480), country 0.500; after the round
(merged with slots9, lexicon9, audit9): exact 0.721 (P 0.733), country 0.754.
"""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_actors9.jsonl"

(test_the_variety_set_is_well_formed,
 test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 30, step=3, floor_f1=0.68, floor_p=0.70)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
