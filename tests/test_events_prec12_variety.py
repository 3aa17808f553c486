"""The prec12 precision variety set (tests/data/events_variety_prec12.jsonl), written by us.

Sentences that name actors and an act the Wikinews standard does not code (WIKINEWS_EVENTS.md
"Not coded"): a leader with his own side ("X and other leaders spoke", "X and his ministers
discussed"), conditionals and questions, history, opinion, generic rioters and traders; and
near-misses whose events must survive (a president criticising a mayor of his own country:
same code, different actors). All roots are scored.

Run `PYTHONPATH=src:tests python tests/test_events_prec12_variety.py` for the figures and misses.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from events_variety import check_well_formed, load_variety, print_report, score_variety

VARIETY = Path(__file__).parent / "data" / "events_variety_prec12.jsonl"


def load() -> list[dict[str, Any]]:
    return load_variety(VARIETY)


def test_variety_set_is_well_formed():
    records = load()
    check_well_formed(records, 25)
    assert sum(1 for r in records if not r["events"]) >= 14  # the no-event lines are the point


if __name__ == "__main__":
    print_report(load())
