"""The CoNLL-2003 train event set (conll_train): offsets-only CAMEO gold for coder tuning (Reuters, August 1996).

The tests check that the repository ships offsets only, that every span is one whole body paragraph
(one CoNLL sentence) of its rebuilt train document with the document's dateline date, in one run of
consecutive sentences per document, that the loader keeps the train and dev files apart, that codes
and actors come from the CAMEO tables, and that `dateline eval events` scores and reports the set.
"""
from __future__ import annotations

import pytest
from events_gold_files import (check_codes_and_actors, check_conll_paragraph_runs, check_conll_records,
                               check_fully_scored, check_report_aligns, conll_data_dir, jsonl, write_jsonl)

from dateline.errors import ConfigError
from dateline.eval.conll_events import SOURCE_FILE, TRAIN_GOLD, TRAIN_SOURCE_FILE, load_conll_events

# A made-up one-document CoNLL file (token per line): headline, dateline, two body sentences.
TOY = """-DOCSTART- -X- -X- O

OSTERLICH O O B-LOC
WARNS O O O
. O O O

VALDORIA O O B-LOC
1996-08-12 O O O

Osterlich O O B-LOC
warned O O O
Valdoria O O B-LOC
on O O O
Monday O O O
. O O O

Talks O O O
resume O O O
today O O O
. O O O
"""


@pytest.fixture
def toy_data(tmp_path):
    return conll_data_dir(tmp_path, TRAIN_SOURCE_FILE, TOY)



def _toy_record(**changes) -> dict:
    # "OSTERLICH WARNS.\n\nVALDORIA 1996-08-12\n\nOsterlich warned Valdoria on Monday.\n\nTalks resume today."
    rec = {"id": "conll_train:0-39", "file": TRAIN_SOURCE_FILE, "docno": 0, "start": 39, "end": 75,
           "date": "1996-08-12", "events": [{"source_actor": "AUT", "event_code": "130", "target_actor": "ITA"}],
           "noevents": False, "confidence": "high"}
    return rec | changes


def test_gold_file_ships_offsets_only():
    records = jsonl(TRAIN_GOLD)
    assert 120 <= len(records) <= 150
    assert 45 <= len({r["docno"] for r in records}) <= 55
    check_conll_records(records, "conll_train", TRAIN_SOURCE_FILE)


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(TRAIN_GOLD))


def test_loader_cuts_whole_body_paragraphs_of_train_documents(shared):
    records = load_conll_events(shared / "data", TRAIN_GOLD, TRAIN_SOURCE_FILE)
    check_conll_paragraph_runs(records)


def test_toy_train_record_loads(toy_data, tmp_path):
    [rec] = load_conll_events(toy_data, write_jsonl(tmp_path, _toy_record()), TRAIN_SOURCE_FILE)
    assert rec["text"] == "Osterlich warned Valdoria on Monday."
    assert rec["article"].date == "1996-08-12"


@pytest.mark.parametrize("changes", [
    {"end": 60},                 # cuts a sentence short
    {"start": 0, "end": 16},     # the headline
    {"date": "1996-08-13"},      # not the dateline's date
    {"docno": 3},                # no such document
])
def test_a_train_record_that_does_not_fit_is_refused(toy_data, tmp_path, changes):
    rec = _toy_record(**changes)
    with pytest.raises(ConfigError, match=rec["id"]):
        load_conll_events(toy_data, write_jsonl(tmp_path, rec), TRAIN_SOURCE_FILE)


def test_the_train_and_dev_files_are_kept_apart(toy_data, tmp_path):
    # A train record read as the blind dev set is refused, and the other way round.
    with pytest.raises(ConfigError, match=f"not {SOURCE_FILE}"):
        load_conll_events(toy_data, write_jsonl(tmp_path, _toy_record()))
    with pytest.raises(ConfigError, match=f"not {TRAIN_SOURCE_FILE}"):
        load_conll_events(toy_data, write_jsonl(tmp_path, _toy_record(file=SOURCE_FILE)), TRAIN_SOURCE_FILE)


def test_report_lists_the_set_aligned():
    check_report_aligns("conll_train")


def test_eval_events_scores_the_set_on_a_slice(shared):
    from dateline.eval.conll_events import score_conll

    result = score_conll(shared / "data", 3, TRAIN_GOLD, TRAIN_SOURCE_FILE)
    assert result["sentences"] == 3 and len(result["details"]) == 3
    assert result["gold_triples"] == sum(len(r["events"]) for r in jsonl(TRAIN_GOLD)[:3])
    assert set(result["scores"]) == {"exact", "country", "root"}


@pytest.mark.slow
def test_full_eval_scores_every_conll_train_sentence(shared):
    from dateline.eval.events import evaluate, format_report

    result = evaluate(shared / "data")
    check_fully_scored(result, "conll_train", jsonl(TRAIN_GOLD))
    assert "conll_train" in format_report(result)
