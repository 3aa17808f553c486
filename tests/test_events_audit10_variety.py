"""The audit10 precision variety set (tests/data/events_variety_audit10.jsonl), written by us.

Sentences in 1987 wire style for the false positives the Reuters 1987 census audit found most
often (docs/evaluation/events-audit10.md): advice ("X said the government should ..."), company
deals and market copy, nominal events inside another clause ("the outcome of a meeting
between ..."), background ("in the past", "for years") and a government's own staff; and
sentences of the same shapes that must still code. All roots are scored.

Run `PYTHONPATH=src:tests python tests/test_events_audit10_variety.py` for the figures and misses.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from events_variety import check_well_formed, load_variety, print_report, score_variety

VARIETY = Path(__file__).parent / "data" / "events_variety_audit10.jsonl"


def load() -> list[dict[str, Any]]:
    return load_variety(VARIETY)


def test_variety_set_is_well_formed():
    records = load()
    check_well_formed(records, 30)
    assert sum(1 for r in records if not r["events"]) >= 15  # the no-event lines are the point


if __name__ == "__main__":
    print_report(load())
