"""The stmt14 variety set (tests/data/events_variety_stmt14.jsonl): 27 sentences we wrote in the
second statements round, one 1987-88 / 1996 / 2019-20 sentence after another.

Its shapes are the brief's four cues of disapproval: a speech verb with negative content ("said
the attack was illegal", "said Y had violated the border"), evaluative verbs ("slammed",
"lambasted", "derided"), verdicts in reported speech, accusations ("accused Y of", "to blame");
and commentators' "should" (no appeal), hope, threats, rejections, declined comment. Coded by the Wikinews conventions before
any rule; the first score is in docs/evaluation/events-stmt14.md. Figures and misses:
`PYTHONPATH=src:tests python tests/test_events_stmt14_variety.py`.
"""
from __future__ import annotations

from pathlib import Path

from events_variety import load_variety, print_report, standard_tests

VARIETY = Path(__file__).parent / "data" / "events_variety_stmt14.jsonl"

(test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
 test_a_slice_of_the_variety_set_is_coded) = standard_tests(VARIETY, 26, step=4, floor_f1=0.5, floor_p=0.55, slice_f1=0.65)
# fast slice: every 4th record (7 sentences); measured 0.714
# measured 0.513 exact F1 (P .59) before any rule and after them, see the doc


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
