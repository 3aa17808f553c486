"""The second, independent annotation (annotator B) of the wn4 Wikinews selection.

Two annotators code the same 140 mechanically chosen sentence spans (the first four body sentences of
35 articles) without seeing each other's work, so that their agreement measures the ceiling a coder
can reach. That comparison is only meaningful when both files hold exactly the same spans, so these
tests pin the spans (to the selection list where it is present, and always to its shape: four
consecutive sentences per article), check that the shared loader cuts every span out of its CSV row,
and that no article text ships and every code and actor comes from the CAMEO tables.
"""
from __future__ import annotations

from pathlib import Path

from events_gold_files import check_wikinews_records, check_same_spans, check_codes_and_actors, check_spans_reproduced, csv_rows, jsonl

from dateline.eval.events import load_wikinews_extra

GOLD_B = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "wikinews_events_extra4_b.jsonl"
PRIMARY = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "wikinews_events_extra4.jsonl"  # annotator A
SPAN_FIELDS = ("id", "file", "row", "start", "end", "date")


def test_gold_file_ships_offsets_only_with_unique_ids():
    records = jsonl(GOLD_B)
    assert len(records) == 140
    check_wikinews_records(records, "wikinews_extra4")

def test_spans_are_those_of_the_other_annotation():
    check_same_spans(PRIMARY, GOLD_B, SPAN_FIELDS)

def test_each_article_gives_four_ordered_sentences(shared):
    # the selection rule: the first four body sentences of each article (a very short one may be
    # passed over), in text order, never overlapping, each a whole trimmed sentence of its row
    data = shared / "data"
    by_article: dict[tuple[str, int], list[dict]] = {}
    for rec in jsonl(GOLD_B):
        by_article.setdefault((rec["file"], rec["row"]), []).append(rec)
    assert len(by_article) == 35
    tables: dict[str, list[dict]] = {}
    for (file, row), recs in by_article.items():
        text = tables.setdefault(file, csv_rows(data / "corpus" / "wikinews" / file.rsplit("/", 1)[1]))[row]["text"]
        assert len(recs) == 4
        for a, b in zip(recs, recs[1:]):
            assert a["end"] < b["start"], b["id"]
        for rec in recs:
            assert text[rec["start"]:rec["end"]].strip() == text[rec["start"]:rec["end"]], rec["id"]


def test_loader_reproduces_spans_inside_their_csv_rows(shared):
    data = shared / "data"
    check_spans_reproduced(data, load_wikinews_extra(data, GOLD_B))


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(GOLD_B))
