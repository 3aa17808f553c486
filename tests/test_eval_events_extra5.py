"""The fifth blind Wikinews event set (wikinews_extra5, annotator A of a two-annotator agreement study).

Its value is as a fixed, independent measure: the spans must be exactly the mechanically chosen
selection (so a second annotator's file lines up record by record), the file must ship no article
text, and every code must come from the CAMEO tables so the agreement and coder scores compare
like with like. These tests check that, and that the shared loader cuts every span out of its row.
"""
from __future__ import annotations

from pathlib import Path

from events_gold_files import check_wikinews_records, check_codes_and_actors, check_spans_reproduced, jsonl

from dateline.eval.events import load_wikinews_extra

EXTRA5_GOLD = Path(__file__).parents[1] / "src" / "dateline" / "eval" / "data" / "wikinews_events_extra5.jsonl"


def test_gold_file_ships_offsets_only_with_unique_ids():
    records = jsonl(EXTRA5_GOLD)
    assert len(records) >= 40
    check_wikinews_records(records, "wikinews_extra5")


def test_loader_reproduces_spans_inside_their_csv_rows(shared):
    data = shared / "data"
    check_spans_reproduced(data, load_wikinews_extra(data, EXTRA5_GOLD))


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(EXTRA5_GOLD))
