"""The fourth blind Wikinews event set (wikinews_extra4): offsets-only gold, annotator A.

Its spans are a mechanical selection (the first four body sentences of 35 unused articles), coded
independently by two annotators. These tests check that the primary file ships no text, that every
span is cut from its CSV row by the shared loader, that codes and actors come from the CAMEO tables,
and that `dateline eval events` reports the set under its own key, without running the pipeline
(the set stays blind until the integrator's scored run).
"""
from __future__ import annotations


from events_gold_files import check_wikinews_records, check_codes_and_actors, check_report_aligns, check_spans_reproduced, jsonl

import dateline.eval.conll_events as conll_events
import dateline.eval.events as events
import dateline.eval.reuters_dev as reuters_dev
import dateline.eval.reuters_events as reuters_events
import dateline.eval.timebank_events as timebank_events
from dateline.eval.events import EXTRA3_GOLD, EXTRA4_GOLD, load_wikinews_extra



def test_gold_file_ships_offsets_only_with_unique_ids():
    records = jsonl(EXTRA4_GOLD)
    assert len(records) == 140  # every span of the selection, none dropped or added
    check_wikinews_records(records, "wikinews_extra4")

def test_loader_reproduces_spans_inside_their_csv_rows(shared):
    data = shared / "data"
    check_spans_reproduced(data, load_wikinews_extra(data, EXTRA4_GOLD))


def test_spans_of_one_article_do_not_overlap():
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for rec in jsonl(EXTRA4_GOLD):
        spans.setdefault((rec["file"], rec["row"]), []).append((rec["start"], rec["end"]))
    assert len(spans) == 35
    for pieces in spans.values():
        pieces.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(pieces, pieces[1:]))


def test_no_article_of_an_earlier_wikinews_set_is_used(shared):
    earlier = jsonl(shared / "data" / "events" / "wikinews_events_dev.jsonl") + jsonl(events.EXTRA_GOLD)
    earlier += jsonl(events.EXTRA2_GOLD) + jsonl(EXTRA3_GOLD)
    used = {(r["file"], r["row"]) for r in earlier}
    assert not used & {(r["file"], r["row"]) for r in jsonl(EXTRA4_GOLD)}


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(EXTRA4_GOLD))


def test_report_rows_align_for_the_new_set_name():
    check_report_aligns("wikinews_extra4")


def test_evaluate_scores_the_set_under_its_own_key_like_extra3(shared, monkeypatch):
    # every scorer is replaced by a recorder, so no pipeline runs on the blind sentences
    seen: dict[str, list[str]] = {}

    def fake_wikinews(data_dir, folder, limit, records=None):
        records = (records or [{"id": "wikinews_events:dev"}])[:limit]
        seen[records[0]["id"].split(":")[0]] = [r["id"] for r in records]
        return {"sentences": len(records)}

    monkeypatch.setattr(events, "score_wikinews", fake_wikinews)
    monkeypatch.setattr(events, "score_petr", lambda folder, recs: {"skipped": "stub"})
    monkeypatch.setattr(events, "score_peer", lambda path, recs: {"skipped": "stub"})
    monkeypatch.setattr(events, "score_plover", lambda recs: {"skipped": "stub"})
    monkeypatch.setattr(reuters_dev, "score_reuters_dev", lambda d, n: {"skipped": "stub"})
    monkeypatch.setattr(reuters_events, "score_reuters", lambda d, n: {"skipped": "stub"})
    monkeypatch.setattr(timebank_events, "score_timebank", lambda d, n: {"skipped": "stub"})
    monkeypatch.setattr(conll_events, "score_conll", lambda d, n, *a: {"skipped": "stub"})
    result = events.evaluate(shared / "data", limit=3)
    assert result["wikinews_extra4"] == {"sentences": 3}
    assert seen["wikinews_extra4"] == [r["id"] for r in jsonl(EXTRA4_GOLD)[:3]]
    assert list(result).index("wikinews_extra4") == list(result).index("wikinews_extra3") + 1
