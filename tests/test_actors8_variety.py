"""The round-6 actor variety set (tests/data/events_variety_actors8.jsonl), written by us before
the round's rules: later mentions of people and organisations ("the union", "the agency",
"Matiangi", "they"), plural officials and authorities of a named place, pronoun owners in wire
copy ("Iraq said its warplanes"), outlets' hosts, firms named by their trade, and sentences whose
agents are no actors ("analysts", "experts"). All roots are scored.

Run `PYTHONPATH=src:tests python tests/test_actors8_variety.py` for the figures and the misses.
First score, before any rule of the round: exact 0.710 (P 0.733), country 0.839.
"""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_actors8.jsonl"

(test_the_variety_set_is_well_formed,
 test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 30, step=4, floor_f1=0.80, floor_p=0.85)


# second batch, written after the first rules of the round and scored once before any rule was
# made from it: exact 0.308 (0.32 with one gold error fixed), country 0.538; after the round 0.480 / 0.640
VARIETY_B = Path(__file__).parent / "data" / "events_variety_actors8_b.jsonl"


def test_the_second_batch_is_well_formed():
    from events_variety import check_well_formed

    check_well_formed(load_variety(VARIETY_B), 15)


def test_the_second_batch_scores_at_its_measured_level():
    from events_variety import score_variety

    scores, _ = score_variety(load_variety(VARIETY_B))
    assert scores["exact"]["f1"] >= 0.40  # measured 0.480 (P 0.600)
    assert scores["country"]["f1"] >= 0.55  # measured 0.640


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
