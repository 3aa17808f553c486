"""Annotator B's independent coding of the wn5 Wikinews selection (wikinews_extra5_b).

The file exists to measure how far two annotators agree when they code the same sentence spans by
the same standard, so its value rests on three things these tests check: its spans are exactly the
mechanically chosen selection (no span dropped, added or moved), every span still cuts a sentence
out of its corpus row (the repository ships offsets, never article text), and every code and actor
comes from the CAMEO tables both annotators were bound to.
"""
from __future__ import annotations

from pathlib import Path

from events_gold_files import check_wikinews_records, check_same_spans, check_codes_and_actors, check_spans_reproduced, jsonl

from dateline.eval.events import load_wikinews_extra

GOLD = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "wikinews_events_extra5_b.jsonl"
PRIMARY = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "wikinews_events_extra5.jsonl"  # annotator A
SPAN_FIELDS = ("id", "file", "row", "start", "end", "date")


def test_file_ships_offsets_and_codes_only():
    records = jsonl(GOLD)
    assert records
    check_wikinews_records(records, "wikinews_extra5")

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
