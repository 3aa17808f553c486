"""The held-out Wikinews event set (wikinews_extra): offsets-only gold resolved from the corpus CSV.

The repository keeps no article text, so these tests check that every stored span still cuts a real
sentence out of its CSV row, that every code and actor is in the CAMEO tables, and that the set is
scored and reported by `dateline eval events`.
"""
from __future__ import annotations

import json
import re

import pytest
from events_gold_files import (check_codes_and_actors, check_fully_scored, check_scored_on_limit, check_spans_reproduced,
                              jsonl)

from dateline.errors import ConfigError
from dateline.eval.events import EXTRA_GOLD, evaluate, load_wikinews_extra


def _raw_records() -> list[dict]:
    return jsonl(EXTRA_GOLD)


def test_gold_file_ships_offsets_only():
    records = _raw_records()
    assert len(records) >= 40
    for rec in records:
        assert "text" not in rec  # real sentences stay in ../shared, never in the package
        assert set(rec) == {"id", "file", "row", "start", "end", "date", "events", "noevents", "confidence"}
        year = re.search(r"wikinews_(\d{4})\.csv$", rec["file"]).group(1)
        assert rec["id"] == f"wikinews_extra:{year}-{rec['row']:03d}-{rec['start']}"
        assert rec["noevents"] == (not rec["events"])
        assert rec["confidence"] in {"high", "medium"}
    assert len({r["id"] for r in records}) == len(records)


def test_loader_reproduces_spans_inside_theircsv_rows(shared):
    data = shared / "data"
    records = load_wikinews_extra(data)
    check_spans_reproduced(data, records)


def test_held_out_articles_do_not_overlap_the_dev_set(shared):
    folder = shared / "data" / "events"
    with (folder / "wikinews_events_dev.jsonl").open(encoding="utf-8") as fh:
        dev = {(r["file"], r["row"]) for r in map(json.loads, fh)}
    assert not dev & {(r["file"], r["row"]) for r in _raw_records()}


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", _raw_records())


def test_loader_rejects_a_span_outside_its_row(shared, tmp_path):
    bad = dict(_raw_records()[0], end=10**9)
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="does not fit"):
        load_wikinews_extra(shared / "data", path)


def test_extra_set_is_scored_and_reported_on_a_small_limit(shared):
    check_scored_on_limit(evaluate(shared / "data", limit=3), "wikinews_extra", 3)


@pytest.mark.slow
def test_full_extra_set_is_scored(shared):
    check_fully_scored(evaluate(shared / "data"), "wikinews_extra", _raw_records())
