"""The second, independent annotation of the blind `conll` spans (conll_events_b.jsonl).

It exists to measure how far two annotators agree on the same spans, so the tests pin what makes the
comparison fair: the same spans as the shared list (never dropped, added or moved), each one whole
body paragraph of its rebuilt CoNLL-2003 dev document, offsets only, and codes and actors taken from
the CAMEO tables, exactly as for the first annotation.
"""
from __future__ import annotations

from pathlib import Path

from events_gold_files import check_same_spans, check_codes_and_actors, check_conll_paragraph_runs, check_conll_records, jsonl

from dateline.eval.conll_events import SOURCE_FILE, load_conll_events

B_GOLD = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "conll_events_b.jsonl"
PRIMARY = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "conll_events.jsonl"  # the first annotation
SPAN_FIELDS = ("id", "file", "docno", "start", "end", "date")


def test_file_ships_offsets_only_with_unique_ids():
    records = jsonl(B_GOLD)
    assert len(records) == 110
    check_conll_records(records, "conll", SOURCE_FILE)


def test_spans_are_those_of_the_other_annotation():
    check_same_spans(PRIMARY, B_GOLD, SPAN_FIELDS)

def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(B_GOLD))


def test_every_span_is_a_whole_body_paragraph_of_its_dev_document(shared):
    records = load_conll_events(shared / "data", B_GOLD, SOURCE_FILE)
    assert len(records) == 110
    check_conll_paragraph_runs(records)
