"""The lexicon variety set (tests/data/events_variety_lexicon.jsonl): sentences written for this
project, one news expression each (endorsements, sympathy, criticism "came under fire from",
charges, lawsuits, denials, attributions, appeals, refusals, public restrictions, police force,
killings), coded by the Wikinews conventions (shared/data/events/WIKINEWS_EVENTS.md and the
decisions in src/dateline/eval/data/WIKINEWS_EXTRA*.md) before the rules for them were written.
A few no-event sentences (negated, hypothetical) guard precision.

`PYTHONPATH=src python tests/test_events_lexicon_variety.py` prints the score and every miss."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from test_events_coop_variety import load_variety, score_variety

VARIETY = Path(__file__).parent / "data" / "events_variety_lexicon.jsonl"


def test_the_lexicon_variety_set_is_well_formed():
    from dateline.events.codebook import is_code

    records = load_variety(VARIETY)
    assert len(records) >= 30
    for rec in records:
        assert rec["noevents"] == (not rec["events"])
        for ev in rec["events"]:
            assert is_code(ev["event_code"]), ev


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
    result, rows = score_variety(load_variety(VARIETY))
    for rec, pred, gold in rows:
        if pred != gold:
            print("MISS" if gold - pred else "XTRA", rec["text"][:110])
            print("    gold", sorted(gold), "\n    pred", sorted(pred))
    for level in ("exact", "country", "root"):
        s = result[level]
        print(level, {k: round(v, 3) if isinstance(v, float) else v for k, v in s.items()}, file=sys.stderr)
