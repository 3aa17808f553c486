"""Annotator B's independent coding of the wn5 Wikinews selection (wikinews_extra5_b).

The file exists to measure how far two annotators agree when they code the same sentence spans by
the same standard, so its value rests on three things these tests check: its spans are exactly the
mechanically chosen selection (no span dropped, added or moved), every span still cuts a sentence
out of its corpus row (the repository ships offsets, never article text), and every code and actor
comes from the CAMEO tables both annotators were bound to.
"""
from __future__ import annotations

import re
from pathlib import Path

from events_gold_files import check_same_spans, check_codes_and_actors, check_spans_reproduced, jsonl

from dateline.eval.events import load_wikinews_extra

GOLD = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "wikinews_events_extra5_b.jsonl"
PRIMARY = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "wikinews_events_extra5.jsonl"  # annotator A
SPAN_FIELDS = ("id", "file", "row", "start", "end", "date")


def test_file_ships_offsets_and_codes_only():
    records = jsonl(GOLD)
    assert records
    for rec in records:
        assert "text" not in rec  # real sentences stay in ../shared, never in the package
        assert set(rec) == {*SPAN_FIELDS, "events", "noevents", "confidence"}
        year = re.search(r"wikinews_(\d{4})\.csv$", rec["file"]).group(1)
        assert rec["id"] == f"wikinews_extra5:{year}-{rec['row']:03d}-{rec['start']}"
        assert rec["noevents"] == (not rec["events"])
        assert rec["confidence"] in {"high", "medium"}
        for ev in rec["events"]:
            assert set(ev) == {"source_actor", "event_code", "target_actor"}
        triples = [tuple(ev.values()) for ev in rec["events"]]
        assert len(set(triples)) == len(triples)  # triples are deduplicated
    assert len({r["id"] for r in records}) == len(records)


def test_spans_are_those_of_the_other_annotation():
    check_same_spans(PRIMARY, GOLD, SPAN_FIELDS)

def test_loader_reproduces_spans_inside_their_csv_rows(shared):
    data = shared / "data"
    check_spans_reproduced(data, load_wikinews_extra(data, GOLD))


def test_sentences_of_one_article_do_not_overlap():
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for rec in jsonl(GOLD):
        spans.setdefault((rec["file"], rec["row"]), []).append((rec["start"], rec["end"]))
    for pieces in spans.values():
        pieces.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(pieces, pieces[1:]))


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(GOLD))
