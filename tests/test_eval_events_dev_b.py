"""A second, independent annotation of the Wikinews dev set's spans (wikinews_events_dev_b).

The file exists to measure how far two annotators following WIKINEWS_EVENTS.md agree on the same
sentences. That comparison is only meaningful if the spans are exactly the dev set's (no span
dropped, added or moved), the file ships offsets only, and every code and actor comes from the same
CAMEO tables; these tests check that, without reading the dev set's codes.
"""
from __future__ import annotations

from pathlib import Path

from conftest import SHARED
from events_gold_files import check_wikinews_records, check_same_spans, check_codes_and_actors, check_spans_reproduced, jsonl

from dateline.eval.events import load_wikinews_extra

DEV_B = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "wikinews_events_dev_b.jsonl"
PRIMARY = SHARED / "data" / "events" / "wikinews_events_dev.jsonl"  # the annotation
SPAN_FIELDS = ("id", "file", "row", "start", "end", "date")


def test_file_ships_offsets_and_codes_only():
    records = jsonl(DEV_B)
    assert len(records) == 63
    check_wikinews_records(records, "wikinews_events")

def test_spans_are_those_of_the_other_annotation():
    check_same_spans(PRIMARY, DEV_B, SPAN_FIELDS)

def test_spans_reproduce_from_the_corpus(shared):
    data = shared / "data"
    check_spans_reproduced(data, load_wikinews_extra(data, DEV_B))


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(DEV_B))
