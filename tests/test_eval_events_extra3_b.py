"""The second, independent annotation of the wikinews_extra3 spans (wikinews_events_extra3_b.jsonl).

It exists to measure how far two annotators following the same standard agree on the same sentences.
That measurement is only meaningful if both files code exactly the same spans, so the tests pin the
spans to the list both annotators were given (when that list is present), check that the shared
loader cuts every span out of its CSV row, and keep codes and actors inside the CAMEO tables.
"""
from __future__ import annotations

from pathlib import Path

from events_gold_files import check_wikinews_records, check_same_spans, check_codes_and_actors, check_spans_reproduced, jsonl

from dateline.eval.events import load_wikinews_extra

GOLD_B = Path(__file__).resolve().parent.parent / "src" / "dateline" / "eval" / "data" / "wikinews_events_extra3_b.jsonl"
PRIMARY = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "wikinews_events_extra3.jsonl"  # the first annotation
SPAN_FIELDS = ("id", "file", "row", "start", "end", "date")


def test_file_ships_offsets_and_codes_only():
    records = jsonl(GOLD_B)
    assert len(records) == 100
    check_wikinews_records(records, "wikinews_extra3")

def test_spans_are_those_of_the_other_annotation():
    check_same_spans(PRIMARY, GOLD_B, SPAN_FIELDS)

def test_loader_reproduces_spans_inside_their_csv_rows(shared):
    data = shared / "data"
    check_spans_reproduced(data, load_wikinews_extra(data, GOLD_B))


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(GOLD_B))
