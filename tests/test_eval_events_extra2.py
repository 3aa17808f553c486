"""The second held-out Wikinews event set (wikinews_extra2): offsets-only gold resolved from the corpus CSV.

It exists because wikinews_extra is now used for coder work; it only stays a fair measure while it
shares no article with the dev set or wikinews_extra, ships no article text, and keeps to the same
CAMEO tables. These tests check that, that the shared loader cuts every span out of its row, and
that `dateline eval events` scores and reports the set with its rows aligned.
"""
from __future__ import annotations

import re

import pytest
from events_gold_files import (check_codes_and_actors, check_fully_scored, check_report_aligns, check_scored_on_limit, check_spans_reproduced, jsonl)

from dateline.eval.events import EXTRA2_GOLD, EXTRA_GOLD, evaluate, load_wikinews_extra


def test_gold_file_ships_offsets_only():
    records = jsonl(EXTRA2_GOLD)
    assert len(records) >= 40
    for rec in records:
        assert "text" not in rec  # real sentences stay in ../shared, never in the package
        assert set(rec) == {"id", "file", "row", "start", "end", "date", "events", "noevents", "confidence"}
        year = re.search(r"wikinews_(\d{4})\.csv$", rec["file"]).group(1)
        assert rec["id"] == f"wikinews_extra2:{year}-{rec['row']:03d}-{rec['start']}"
        assert rec["noevents"] == (not rec["events"])
        assert rec["confidence"] in {"high", "medium"}
        triples = [tuple(ev.values()) for ev in rec["events"]]
        assert len(set(triples)) == len(triples)  # gold triples are deduplicated
    assert len({r["id"] for r in records}) == len(records)


def test_loader_reproduces_spans_inside_theircsv_rows(shared):
    data = shared / "data"
    records = load_wikinews_extra(data, EXTRA2_GOLD)
    check_spans_reproduced(data, records)


def test_sentences_of_one_article_do_not_overlap(shared):
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for rec in jsonl(EXTRA2_GOLD):
        spans.setdefault((rec["file"], rec["row"]), []).append((rec["start"], rec["end"]))
    for pieces in spans.values():
        pieces.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(pieces, pieces[1:]))


def test_articles_are_used_by_neither_the_dev_set_nor_wikinews_extra(shared):
    dev = jsonl(shared / "data" / "events" / "wikinews_events_dev.jsonl")
    taken = {(r["file"], r["row"]) for r in dev + jsonl(EXTRA_GOLD)}
    assert not taken & {(r["file"], r["row"]) for r in jsonl(EXTRA2_GOLD)}


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(EXTRA2_GOLD))


def test_report_rows_align_for_the_longest_set_name():
    check_report_aligns("wikinews_extra2")


def test_extra2_set_is_scored_and_reported_on_a_small_limit(shared):
    check_scored_on_limit(evaluate(shared / "data", limit=2), "wikinews_extra2", 2)


@pytest.mark.slow
def test_full_extra2_set_is_scored(shared):
    check_fully_scored(evaluate(shared / "data"), "wikinews_extra2", jsonl(EXTRA2_GOLD))
