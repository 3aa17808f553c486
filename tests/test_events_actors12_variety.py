"""The round-12 actor variety set (tests/data/events_variety_actors12.jsonl), written by us before the
round's rules: pronoun subjects and objects ("she", "he", "it", "they", "him"), definite
descriptions with no country stated ("the government", "the opposition", "the rebels", "the army",
"the court", "officials", "the ministry", "the union", "the two leaders"), role words of firms
("company officials"), legislators by title, unions and labour federations, and titled people or
appositions that state another nationality than the article's.

Run `PYTHONPATH=src:tests python tests/test_events_actors12_variety.py` for the figures and misses.
"""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_actors12.jsonl"

(test_the_variety_set_is_well_formed,
 test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 25, step=3, floor_f1=0.50, floor_p=0.50)


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
