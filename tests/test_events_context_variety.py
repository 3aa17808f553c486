"""The discourse-context variety set (tests/data/events_variety_context.jsonl), written by us.

Each record is a short article: `context` (what a reader has read before) and `text` (the
sentence scored). The scored sentence's source or target is not a name in it: a first person
inside a quotation, a pronoun or definite description ("the accused", "the party", "the
first"), or an earlier act named by a noun ("called the stabbing ...", "criticised the move").
Records were coded by the Wikinews conventions before the coder was changed for them; some
have no event (precision checks). Only events whose trigger lies in `text` are scored.

Run `PYTHONPATH=src python tests/test_events_context_variety.py` for the figures and misses.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from events_variety import check_well_formed, load_variety, print_report, score_variety

VARIETY = Path(__file__).parent / "data" / "events_variety_context.jsonl"
# a second batch, written after the first batch's rules were made and scored once before any
# rule was made from it (docs/evaluation/events-context.md)
VARIETY_B = Path(__file__).parent / "data" / "events_variety_context_b.jsonl"


def load(path: Path = VARIETY) -> list[dict[str, Any]]:
    return load_variety(path)


def run(records: list[dict[str, Any]]) -> tuple[dict[str, Any], list]:
    return score_variety(records)  # each record's `context` is read first, not scored


def test_variety_set_is_well_formed():
    records = load() + load(VARIETY_B)
    check_well_formed(records, 50)
    assert sum(1 for r in records if not r["events"]) >= 5  # precision checks
    assert all(r["context"] and r["text"] for r in records)


def test_variety_set_scores_at_its_measured_level():
    # measured in docs/evaluation/events-context.md; a margin for parser noise
    scores, _ = run(load())
    assert scores["exact"]["f1"] >= FLOOR_F1
    assert scores["exact"]["precision"] >= FLOOR_P


FLOOR_F1 = 0.70  # measured 0.786 (P 0.786) after the rules (merged tree); 0.381 before
FLOOR_P = 0.70


def test_second_variety_batch_scores_at_its_measured_level():
    # measured 0.811 exact (P 0.938) before any rule was made from it; a margin for parser noise
    scores, _ = run(load(VARIETY_B))
    assert scores["exact"]["f1"] >= 0.70
    assert scores["exact"]["precision"] >= 0.80


if __name__ == "__main__":
    import sys

    print_report(load(VARIETY_B if sys.argv[1:] == ["b"] else VARIETY))
