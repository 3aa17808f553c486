"""The lexicon variety set (tests/data/events_variety_lexicon.jsonl): sentences written for this
project, one news expression each (endorsements, sympathy, criticism "came under fire from",
charges, lawsuits, denials, attributions, appeals, refusals, public restrictions, police force,
killings), coded by the Wikinews conventions (shared/data/events/WIKINEWS_EVENTS.md and the
decisions in src/dateline/eval/data/WIKINEWS_EXTRA*.md) before the rules for them were written.
A few no-event sentences (negated, hypothetical) guard precision.

`PYTHONPATH=src python tests/test_events_lexicon_variety.py` prints the score and every miss."""
from __future__ import annotations

from pathlib import Path

import pytest

from events_variety import check_well_formed, load_variety, print_report, score_variety

VARIETY = Path(__file__).parent / "data" / "events_variety_lexicon.jsonl"


def test_the_lexicon_variety_set_is_well_formed():
    check_well_formed(load_variety(VARIETY), 30)


@pytest.mark.slow
def test_the_lexicon_variety_set_scores_at_its_measured_level():
    scores, _ = score_variety(load_variety(VARIETY))
    # measured in docs/evaluation/events-lexicon.md; a margin for parser noise
    assert scores["exact"]["f1"] >= 0.70
    assert scores["exact"]["precision"] >= 0.85


def test_a_slice_of_the_lexicon_variety_set_is_coded():
    # every third record: fast enough for the default suite
    scores, _ = score_variety(load_variety(VARIETY)[::3])
    assert scores["exact"]["f1"] >= 0.6


if __name__ == "__main__":
    print_report(load_variety(VARIETY))
