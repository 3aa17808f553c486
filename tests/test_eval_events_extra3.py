"""The third held-out Wikinews event set (wikinews_extra3): offsets-only gold resolved from the corpus CSV.

The dev set, wikinews_extra and wikinews_extra2 are all used for coder work now, so this set is the
blind measure. It only stays fair while none of its sentences overlaps or touches a sentence of those
three sets (it may take later sentences of their articles, never theirs or their neighbours), ships
no article text, and keeps to the same CAMEO tables. These tests check that, that the shared loader
cuts every span out of its row, and that `dateline eval events` scores and reports the set.
"""
from __future__ import annotations

import re

import pytest
from events_gold_files import (check_codes_and_actors, check_fully_scored, check_report_aligns, check_scored_on_limit, check_spans_reproduced, csv_rows, jsonl)

from dateline.eval.events import EXTRA2_GOLD, EXTRA3_GOLD, EXTRA_GOLD, evaluate, load_wikinews_extra


def _other_sets(shared) -> list[dict]:
    return jsonl(shared / "data" / "events" / "wikinews_events_dev.jsonl") + jsonl(EXTRA_GOLD) + jsonl(EXTRA2_GOLD)


def test_gold_file_ships_offsets_only():
    records = jsonl(EXTRA3_GOLD)
    assert len(records) >= 90
    for rec in records:
        assert "text" not in rec  # real sentences stay in ../shared, never in the package
        assert set(rec) == {"id", "file", "row", "start", "end", "date", "events", "noevents", "confidence"}
        year = re.search(r"wikinews_(\d{4})\.csv$", rec["file"]).group(1)
        assert rec["id"] == f"wikinews_extra3:{year}-{rec['row']:03d}-{rec['start']}"
        assert rec["noevents"] == (not rec["events"])
        assert rec["confidence"] in {"high", "medium"}
        triples = [tuple(ev.values()) for ev in rec["events"]]
        assert len(set(triples)) == len(triples)  # gold triples are deduplicated
    assert len({r["id"] for r in records}) == len(records)


def test_loader_reproduces_spans_inside_their_csv_rows(shared):
    data = shared / "data"
    check_spans_reproduced(data, load_wikinews_extra(data, EXTRA3_GOLD))


def test_sentences_of_one_article_do_not_overlap(shared):
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for rec in jsonl(EXTRA3_GOLD):
        spans.setdefault((rec["file"], rec["row"]), []).append((rec["start"], rec["end"]))
    for pieces in spans.values():
        pieces.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(pieces, pieces[1:]))


def test_no_span_overlaps_a_span_of_the_dev_extra_or_extra2_sets(shared):
    taken: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for rec in _other_sets(shared):
        taken.setdefault((rec["file"], rec["row"]), []).append((rec["start"], rec["end"]))
    for rec in jsonl(EXTRA3_GOLD):
        for start, end in taken.get((rec["file"], rec["row"]), []):
            assert rec["end"] <= start or rec["start"] >= end, rec["id"]


def test_no_sentence_directly_follows_or_precedes_a_sentence_of_another_set(shared):
    # a neighbour shares its context (pronouns, "the attack") with an annotated sentence, so runs
    # taken from a used article keep at least one unannotated sentence between them and the old span
    data = shared / "data"
    texts = {}
    taken: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for rec in _other_sets(shared):
        taken.setdefault((rec["file"], rec["row"]), []).append((rec["start"], rec["end"]))
    for rec in load_wikinews_extra(data, EXTRA3_GOLD):
        key = (rec["file"], rec["row"])
        texts[key] = texts.get(key) or _row_text(data, rec)
        for start, end in taken.get(key, []):
            between = texts[key][min(end, rec["end"]):max(start, rec["start"])]
            assert between.strip(), rec["id"]  # some text (at least one sentence) lies between the two


def _row_text(data, rec) -> str:
    return csv_rows(data / "corpus" / "wikinews" / rec["file"].rsplit("/", 1)[1])[rec["row"]]["text"]


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(EXTRA3_GOLD))


def test_report_rows_align_for_the_new_set_name():
    check_report_aligns("wikinews_extra3")


def test_extra3_set_is_scored_and_reported_on_a_small_limit(shared):
    check_scored_on_limit(evaluate(shared / "data", limit=2), "wikinews_extra3", 2)


@pytest.mark.slow
def test_full_extra3_set_is_scored(shared):
    check_fully_scored(evaluate(shared / "data"), "wikinews_extra3", jsonl(EXTRA3_GOLD))
