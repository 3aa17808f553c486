"""The prec11 precision variety set (tests/data/events_variety_prec11.jsonl), written by us.

Mostly sentences that name two actors and an act that is no news event under the Wikinews
standard (WIKINEWS_EVENTS.md "Not coded"): background and history, nominal acts inside another
clause, plans and hypotheticals, the reporter as target, generic people; and near-misses of the
same shapes whose events must survive. All roots are scored.

Run `PYTHONPATH=src:tests python tests/test_events_prec11_variety.py` for the figures and misses.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from events_variety import check_well_formed, load_variety, print_report, score_variety

VARIETY = Path(__file__).parent / "data" / "events_variety_prec11.jsonl"


def load() -> list[dict[str, Any]]:
    return load_variety(VARIETY)


def test_variety_set_is_well_formed():
    records = load()
    check_well_formed(records, 25)
    assert sum(1 for r in records if not r["events"]) >= 15  # the no-event lines are the point


if __name__ == "__main__":
    print_report(load())
