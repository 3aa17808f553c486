"""The stmt12 variety set (tests/data/events_variety_stmt12.jsonl), written by us.

Evaluative statements aimed at a target (roots 01, 11, 12, 13), in 1987-88 wire, 1996 wire and
2019-20 Wikinews styles: violations charged, verdicts on a party's policy ("unacceptable",
"a serious mistake", "illegal"), formal complaints, blame, accusations, denials, admissions,
proposals rejected or accepted only in part, criticism brushed aside, promised vetoes, warnings
on a condition, threats of sanctions, deadlines, and three sentences with no dyadic event (a
comment declined with no asker, optimism, a warning aimed at no one). Coded by the Wikinews
conventions before any rule was made; the first score is in docs/evaluation/events-stmt12.md.

Run `PYTHONPATH=src:tests python tests/test_events_stmt12_variety.py` for the figures and misses.
"""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_stmt12.jsonl"

(test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 28, step=4, floor_f1=0.55, floor_p=0.58, slice_f1=0.5)
# fast slice: every 4th record (7 sentences): measured 0.571 exact F1
# measured 0.549 exact F1 (P .58) before any rule, 0.588 (P .63) after, see the doc


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
