"""The blind TimeBank/AQUAINT event set (`timebank`): offsets-only gold on the shared TBAQ documents.

The set only measures the coder on unseen 1990s news while its offsets still cut whole sentences out
of the text the pipeline is fed, its codes stay inside the CAMEO tables, and `dateline eval events`
scores it. The loader's own checks are tested on documents written here.
"""
from __future__ import annotations

import json
from collections import defaultdict

import pytest
from events_gold_files import check_codes_and_actors, check_fully_scored, jsonl
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.errors import ConfigError
from dateline.eval.reuters_events import split_sentences
from dateline.eval.timebank_events import FILES, GOLD, load_timebank, read_documents, score_timebank

FIELDS = {"id", "file", "doc", "start", "end", "date", "events", "noevents", "confidence"}


# ---------------------------------------------------------------- the gold file


def test_gold_file_ships_offsets_only_with_unique_ids_and_triples():
    records = jsonl(GOLD)
    assert 90 <= len(records) <= 110
    for rec in records:
        assert set(rec) == FIELDS  # no sentence text: real articles stay in ../shared
        assert rec["id"] == f"timebank:{rec['doc']}-{rec['start']}"
        assert rec["file"] in FILES
        assert rec["noevents"] == (not rec["events"])
        assert rec["confidence"] in {"high", "medium"}
        triples = [(e["source_actor"], e["event_code"], e["target_actor"]) for e in rec["events"]]
        assert len(set(triples)) == len(triples)
    assert len({r["id"] for r in records}) == len(records)


def test_no_event_share_and_article_count_match_the_brief():
    records = jsonl(GOLD)
    assert 0.15 <= sum(r["noevents"] for r in records) / len(records) <= 0.25
    assert 35 <= len({(r["file"], r["doc"]) for r in records}) <= 45
    assert {r["file"] for r in records} == set(FILES)  # both sub-corpora are used


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(GOLD))


def test_loader_reproduces_every_span_and_date_from_the_documents(shared):
    for rec in load_timebank(shared / "data"):
        doc = rec["document"]
        assert rec["text"] == doc["text"][rec["start"]:rec["end"]]
        assert rec["text"] and rec["text"].strip() == rec["text"]
        assert rec["date"] == doc["dct"]
        # a sentence, never a bare dateline line such as "CITY, Country (AP) _" or "CITY (AP) --"
        assert len(rec["text"].split()) >= 3 and not rec["text"].endswith(("_", "--"))


def test_spans_are_splitter_sentences_in_one_consecutive_run_per_article(shared):
    by_doc: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for rec in load_timebank(shared / "data"):
        by_doc[(rec["file"], rec["doc"])].append(rec)
    for recs in by_doc.values():
        sentences = split_sentences(recs[0]["document"]["text"])
        index = sorted(sentences.index((r["start"], r["end"])) for r in recs)  # ValueError if not a sentence
        assert index == list(range(index[0], index[0] + len(index)))
        assert 1 <= len(index) <= 5


def test_timebank_set_is_scored_and_reported_on_a_small_limit(shared):
    from dateline.eval.events import format_report

    part = score_timebank(shared / "data", limit=2)
    assert part["sentences"] == 2 and len(part["details"]) == 2
    assert {"exact", "country", "root"} <= set(part["scores"])
    assert "timebank" in format_report({"timebank": part})


@pytest.mark.slow
def test_full_timebank_set_is_scored(shared):
    from dateline.eval.events import evaluate

    check_fully_scored(evaluate(shared / "data"), "timebank", jsonl(GOLD))


# ---------------------------------------------------------------- loader checks (own documents)

DOC_TEXT = "HARBOUR CITY (XP) _\nThe council rejected the ferry offer on Tuesday. Talks resume next week.\n"


def _data_dir(tmp_path, text=DOC_TEXT, dct="2001-05-04"):
    (tmp_path / "timex").mkdir(exist_ok=True)
    for name in FILES:
        doc = {"id": "X1", "file": "X1.tml", "dct": dct, "text": text, "timexes": []}
        (tmp_path / "timex" / name).write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return tmp_path


def _gold(tmp_path, **over):
    rec = {"id": "timebank:X1-20", "file": FILES[0], "doc": "X1", "start": 20, "end": 68, "date": "2001-05-04",
           "events": [], "noevents": True, "confidence": "high"}
    rec.update(over)
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


def test_loader_cuts_the_sentence_from_a_document_written_here(tmp_path):
    (rec,) = load_timebank(_data_dir(tmp_path), _gold(tmp_path))
    assert rec["text"] == "The council rejected the ferry offer on Tuesday."
    assert (rec["start"], rec["end"]) in split_sentences(DOC_TEXT)


@pytest.mark.parametrize("over", [{"date": "2001-05-05"}, {"doc": "X2", "id": "timebank:X2-20"}, {"end": 999},
                                  {"id": "timebank:X1-21"}, {"file": "other.jsonl"}])
def test_loader_refuses_a_record_that_does_not_fit(tmp_path, over):
    with pytest.raises(ConfigError):
        load_timebank(_data_dir(tmp_path), _gold(tmp_path, **over))


def test_missing_documents_are_a_config_error_naming_the_path(tmp_path):
    with pytest.raises(ConfigError, match="tbaq-timebank.jsonl"):
        read_documents(tmp_path, FILES[0])


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ab .\n", min_size=2, max_size=60), st.data())
def test_loader_returns_exactly_the_indexed_slice_or_refuses(tmp_path_factory, text, data):
    tmp = tmp_path_factory.mktemp("tb")
    start = data.draw(st.integers(0, len(text) + 2))
    end = data.draw(st.integers(0, len(text) + 2))
    gold = _gold(tmp, start=start, end=end, id=f"timebank:X1-{start}")
    data_dir = _data_dir(tmp, text)
    if 0 <= start < end <= len(text):
        assert load_timebank(data_dir, gold)[0]["text"] == text[start:end]
    else:
        with pytest.raises(ConfigError):
            load_timebank(data_dir, gold)
