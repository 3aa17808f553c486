"""The blind CoNLL-2003 event set (conll): offsets-only CAMEO gold on 1996 Reuters documents.

The tests check that the repository ships offsets only, that every span is one whole body paragraph
(one CoNLL sentence) of its rebuilt document with the document's dateline date, that a record
which no longer fits is refused, that codes and actors come from the CAMEO tables, and that
`dateline eval events` scores and reports the set.
"""
from __future__ import annotations

import pytest
from events_gold_files import (check_codes_and_actors, check_conll_paragraph_runs, check_conll_records,
                               check_fully_scored, check_report_aligns, conll_data_dir, jsonl, write_jsonl)

from dateline.errors import ConfigError
from dateline.eval.conll_events import GOLD, SOURCE_FILE, load_conll_events

# A made-up two-document CoNLL file (token per line), to test the loader without the real data.
TOY = """-DOCSTART- -X- -X- O

RURITANIA O O B-LOC
PROTESTS O O O
. O O O

ZENDA O O B-LOC
1996-08-30 O O O

Ruritania O O B-LOC
condemned O O O
Zembla O O B-LOC
on O O O
Friday O O O
. O O O

It O O O
also O O O
recalled O O O
its O O O
envoy O O O
. O O O

-DOCSTART- -X- -X- O

NO O O O
DATELINE O O O

Zembla O O B-LOC
replied O O O
. O O O
"""


@pytest.fixture
def toy_data(tmp_path):
    return conll_data_dir(tmp_path, SOURCE_FILE, TOY)



def _toy_record(**changes) -> dict:
    # "RURITANIA PROTESTS.\n\nZENDA 1996-08-30\n\nRuritania condemned Zembla on Friday.\n\n..."
    rec = {"id": "conll:0-39", "file": SOURCE_FILE, "docno": 0, "start": 39, "end": 76, "date": "1996-08-30",
           "events": [{"source_actor": "RUS", "event_code": "111", "target_actor": "DEU"}], "noevents": False,
           "confidence": "high"}
    return rec | changes


def test_gold_file_ships_offsets_only():
    records = jsonl(GOLD)
    assert len(records) >= 90
    assert len({r["docno"] for r in records}) >= 30
    check_conll_records(records, "conll", SOURCE_FILE)


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(GOLD))


def test_loader_cuts_whole_body_paragraphs_with_the_dateline_date(shared):
    records = load_conll_events(shared / "data")
    check_conll_paragraph_runs(records)


def test_toy_record_loads(toy_data, tmp_path):
    [rec] = load_conll_events(toy_data, write_jsonl(tmp_path, _toy_record()))
    assert rec["text"] == "Ruritania condemned Zembla on Friday."
    assert rec["article"].date == "1996-08-30"


@pytest.mark.parametrize("changes", [
    {"end": 70},                      # cuts a sentence short
    {"start": 38, "end": 76},         # starts inside the blank line
    {"start": 0, "end": 19},          # the headline
    {"end": 10 ** 6},                 # past the document
    {"date": "1996-08-31"},           # not the dateline's date
    {"docno": 7},                     # no such document
    {"docno": 1, "start": 15, "end": 30},  # a document without a dateline
])
def test_a_record_that_does_not_fit_is_refused(toy_data, tmp_path, changes):
    rec = _toy_record(**changes)
    with pytest.raises(ConfigError, match=rec["id"]):
        load_conll_events(toy_data, write_jsonl(tmp_path, rec))


def test_only_the_dev_file_is_used(toy_data, tmp_path):
    rec = _toy_record(file="conll2003_train.txt")
    with pytest.raises(ConfigError, match="not conll2003_dev.txt"):
        load_conll_events(toy_data, write_jsonl(tmp_path, rec))


def test_a_missing_source_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="CoNLL-2003 file not found"):
        load_conll_events(tmp_path, write_jsonl(tmp_path, _toy_record()))


def test_report_lists_the_set_aligned():
    check_report_aligns("conll")


def test_eval_events_scores_the_set_on_a_slice(shared):
    from dateline.eval.conll_events import score_conll

    result = score_conll(shared / "data", limit=3)
    assert result["sentences"] == 3 and len(result["details"]) == 3
    assert set(result["scores"]) == {"exact", "country", "root"}


@pytest.mark.slow
def test_full_eval_scores_every_conll_sentence(shared):
    from dateline.eval.events import evaluate, format_report

    result = evaluate(shared / "data")
    check_fully_scored(result, "conll", jsonl(GOLD))
    assert "conll" in format_report(result)
