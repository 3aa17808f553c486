"""Re-sent wire sentences kept apart: none of a blind set in training, none of a tuned set in the holdout.

Why: Reuters re-sends stories under new ids, and the annotators' seeded article order took both
copies of several, one into a tuning file and one into a holdout file (and a few copies of blind-set
sentences into training). A holdout copy of a tuned sentence is not unseen text, and a training copy
of a blind sentence lets rules be fitted to the blind set.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from conftest import SHARED
from dateline.eval.train_overlap import blind_texts, drop_repeats, normalise

HOLD = {"r9", "w8"}.__contains__


def _drop(records, blind=frozenset()):
    return drop_repeats(records, lambda r: r[1], lambda r: r[0], HOLD, blind)


def test_a_holdout_copy_of_a_tuned_sentence_is_dropped_whatever_its_case_and_punctuation():
    recs = [("train_r8", "Acme Corp said it bought the Zeta unit."),
            ("train_r9", "ACME CORP SAID IT BOUGHT THE ZETA UNIT"),
            ("train_r9", "Zeta's chairman said the price was fair.")]
    assert _drop(recs) == [recs[0], recs[2]]


def test_a_holdout_copy_of_a_tuned_set_sentence_is_dropped_but_the_tuned_set_keeps_it():
    recs = [("reuters_dev", "Ministers met in Rome on Friday."), ("train_w8", "Ministers met in Rome on Friday.")]
    assert _drop(recs) == [recs[0]]


def test_holdout_copies_of_each_other_and_tune_copies_of_each_other_stay():
    """Only the tuned/holdout boundary and the blind sets matter: repeats inside one part are harmless."""
    recs = [("train_r9", "Talks resumed on Monday."), ("train_w8", "Talks resumed on Monday."),
            ("train_r8", "Shares fell sharply."), ("train_r10", "Shares fell sharply.")]
    assert _drop(recs) == recs


def test_a_training_copy_of_a_blind_sentence_is_dropped_from_tune_and_holdout_alike():
    blind = frozenset({normalise("The army shelled the town overnight.")})
    recs = [("train_r8", "The army shelled the town overnight."), ("train_r9", "The army shelled the town overnight!"),
            ("train_r8", "The town was quiet by noon."), ("conll_train", "The army shelled the town overnight.")]
    assert _drop(recs, blind) == [recs[2], recs[3]]


@given(st.text(max_size=80))
def test_normalise_ignores_case_spacing_and_punctuation(text):
    key = normalise(text)
    assert normalise(text.lower()) == key
    assert normalise(f"  {text}  ...") == key
    assert normalise(key) == key


def test_the_training_records_hold_no_blind_sentence_and_no_tuned_sentence_in_the_holdout():
    from dateline.eval.events_train import HOLDOUT_FILES
    from dateline.eval.train_overlap import TUNED_SETS
    from dateline.events.learn_train import _records, training_records

    data = SHARED / "data"
    recs = _records(Path(data), blind=True)
    assert training_records(Path(data)), "no training records"

    def text(item):
        return normalise(item[1].get("text") or item[2]().text[item[1]["start"]:item[1]["end"]])

    tuned = {text(r) for r in recs if (r[0].startswith("train_") and r[0][6:] not in HOLDOUT_FILES) or r[0] in TUNED_SETS}
    held = {text(r) for r in recs if r[0].startswith("train_") and r[0][6:] in HOLDOUT_FILES}
    trained = {text(r) for r in recs if r[0].startswith("train_")}
    assert held and not held & tuned
    assert not trained & blind_texts(Path(data))
