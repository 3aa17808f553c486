"""The annotated TRAINING sentences of the learned event coder (src/dateline/data/events_train/).

Why these checks: the files hold offsets into the shared corpora and codes only, and a model is
built from them. A span that no longer fits its article would teach the model the wrong sentence; a
training article that is also in a held-out set would make that set's figures dishonest; a code
outside the codebook would be a class the coder can never be scored right on.
"""
from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import SHARED
from events_gold_files import check_codes_and_actors, jsonl

TRAIN = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "events_train"
EVAL_DATA = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data"
DATA = SHARED / "data"
FILES = sorted(TRAIN.glob("*.jsonl"))


def _load(path: Path, monkeypatch) -> list[dict]:
    from dateline.eval import reuters_events
    from dateline.eval.conll_events import TRAIN_SOURCE_FILE, load_conll_events

    first = jsonl(path)[0]
    if "docno" in first:
        return load_conll_events(DATA, path, TRAIN_SOURCE_FILE)
    if "doc" in first:  # a TimeBank / AQUAINT document
        from dateline.eval.timebank_events import load_timebank

        return load_timebank(DATA, path, prefix="ttrain")
    if "row" in first:  # Wikinews: a row of the corpus CSV
        from dateline.eval.events import load_wikinews_extra

        return load_wikinews_extra(DATA, path)
    # every Reuters batch spans most of the 22 corpus files: parse each file once per test session
    monkeypatch.setattr(reuters_events, "read_articles", _read_articles_once)
    return reuters_events.load_reuters(DATA, path)


def _original_reader():
    from dateline.eval.reuters_events import read_articles

    return read_articles


_READ = _original_reader()  # taken before any test patches the module


@functools.lru_cache(maxsize=None)
def _read_articles_once(path: Path):
    return _READ(path)


def test_there_is_training_data():
    assert FILES, TRAIN


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_records_are_offsets_and_codes_only(path):
    for rec in jsonl(path):
        assert "text" not in rec
        assert set(rec) >= {"id", "file", "start", "end", "date", "events", "noevents"}
        assert rec["noevents"] == (not rec["events"]), rec["id"]
        triples = [(e["source_actor"], e["event_code"], e["target_actor"]) for e in rec["events"]]
        assert len(triples) == len(set(triples)), rec["id"]


def test_ids_are_unique_across_files():
    ids = [rec["id"] for path in FILES for rec in jsonl(path)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_spans_fit_their_articles_and_codes_come_from_the_tables(path, monkeypatch):
    records = _load(path, monkeypatch)
    assert all(rec["text"].strip() for rec in records)
    check_codes_and_actors(DATA, records)


def test_no_training_article_is_in_a_scored_set():
    """Training must not see an article of a blind set, nor of the validation set (conll_train).

    Wikinews training sentences come from the articles of the Wikinews TUNING sets (dev, extra,
    extra2: their other sentences) or from articles no set uses, never from an article any blind
    Wikinews set uses; TimeBank / AQUAINT ones never from a document of the blind timebank set.
    """
    def key(rec: dict) -> tuple:
        return (Path(rec["file"]).name, rec.get("docno", rec.get("newid", rec.get("row", rec.get("doc")))))

    held = set()
    for name in ("conll_train_events", "conll_events", "reuters_events", "reuters_dev_events",
                 "wikinews_events_extra3", "wikinews_events_extra4", "wikinews_events_extra5",
                 "timebank_events", "timebank_events_b"):
        held |= {key(rec) for rec in jsonl(EVAL_DATA / f"{name}.jsonl")}
    for path in FILES:
        for rec in jsonl(path):
            assert key(rec) not in held, rec["id"]


def test_timebank_training_records_load_with_their_own_id_prefix(tmp_path):
    """TBAQ training records ("ttrain:DOC-START") cut their text from the shared document; a record
    with the blind set's prefix, or a span past the document, is refused rather than mis-cut."""
    import json

    from dateline.errors import ConfigError
    from dateline.eval.timebank_events import load_timebank, read_documents

    blind = {rec["doc"] for rec in jsonl(EVAL_DATA / "timebank_events.jsonl")}
    doc = next(d for d in read_documents(DATA, "tbaq-aquaint.jsonl").values() if d["id"] not in blind)
    end = doc["text"].index(".", 20) + 1
    rec = {"id": f"ttrain:{doc['id']}-0", "file": "tbaq-aquaint.jsonl", "doc": doc["id"], "start": 0, "end": end,
           "date": doc["dct"], "events": [], "noevents": True}
    path = tmp_path / "t9.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    got = load_timebank(DATA, path, prefix="ttrain")
    assert got[0]["text"] == doc["text"][:end] and got[0]["document"]["id"] == doc["id"]
    with pytest.raises(ConfigError):
        load_timebank(DATA, path)  # the blind set's "timebank:" prefix
    path.write_text(json.dumps({**rec, "end": len(doc["text"]) + 5}) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_timebank(DATA, path, prefix="ttrain")
