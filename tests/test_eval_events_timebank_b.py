"""The second, independent annotation of the blind `timebank` spans (timebank_events_b.jsonl).

Why: the file exists to measure how far two annotators agree on the same spans, so it is only
useful if it covers exactly the spans of the list it was made from, each span still cuts its
TimeBank/AQUAINT document, and its codes and actors are ones the scorer can compare (CAMEO
codebook, GDELT lookups). The checks are fast and read no coder output.
"""
from __future__ import annotations

from pathlib import Path

from events_gold_files import check_same_spans, check_codes_and_actors, jsonl

from dateline.eval.timebank_events import FILES, load_timebank

GOLD_B = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "timebank_events_b.jsonl"
PRIMARY = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "timebank_events.jsonl"  # the first annotation
SPAN_FIELDS = ("id", "file", "doc", "start", "end", "date")


def test_records_have_the_span_fields_and_codes_only():
    records = jsonl(GOLD_B)
    assert len(records) == 103
    for rec in records:
        assert list(rec) == [*SPAN_FIELDS, "events", "noevents", "confidence"], rec["id"]
        assert rec["file"] in FILES
        assert rec["noevents"] == (rec["events"] == [])
        assert rec["confidence"] in {"high", "medium"}
        triples = [(e["source_actor"], e["event_code"], e["target_actor"]) for e in rec["events"]]
        assert len(triples) == len(set(triples)), rec["id"]
        assert all(set(e) == {"source_actor", "event_code", "target_actor"} for e in rec["events"])


def test_ids_are_unique_and_follow_doc_and_start():
    records = jsonl(GOLD_B)
    assert len({r["id"] for r in records}) == len(records)
    assert all(r["id"] == f"timebank:{r['doc']}-{r['start']}" for r in records)


def test_spans_are_those_of_the_other_annotation():
    check_same_spans(PRIMARY, GOLD_B, SPAN_FIELDS)

def test_spans_fall_inside_their_documents(shared):
    # load_timebank refuses a record whose document, span, date or id does not fit
    records = load_timebank(shared / "data", GOLD_B)
    assert len(records) == 103
    for rec in records:
        assert rec["text"].strip(), rec["id"]
        assert rec["text"] == rec["document"]["text"][rec["start"]:rec["end"]]


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(GOLD_B))
