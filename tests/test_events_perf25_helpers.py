"""perf25: helpers rewritten for speed must give what the plain definitions they replace give.

Each test runs the fast helper and the reference (the old one-line definition) over every
token of sentences we wrote, so a change to either that makes them part shows here. Identity
of the whole pipeline's output is checked by benchmarks/identity_check.py (docs/performance.md).
"""
from __future__ import annotations

import pytest

TEXTS = [
    "The minister said that Israel captured East Jerusalem in the 1967 war, which the United Nations "
    "never recognised, and that talks would resume next week.",
    "NAIROBI 1996-08-22\n\nIn 1974 Turkish troops invaded Cyprus. He has been in jail since police arrested "
    "him in 1989, his lawyer, who spoke on Monday, told reporters.",
    "Officials said whether the government, which critics accuse of corruption, would resign was unclear, "
    "but the opposition, angry at the delay, called the plan a sham that hurts farmers.",
    "NAIROBI 2020-03-15\n\nThe rights group filed a lawsuit against the state over its 2018 voting law on "
    "Thursday; in 2015 the court had rejected a similar claim, the group said.",
]


@pytest.fixture(scope="module")
def docs():
    from dateline.nlp import load_nlp

    nlp = load_nlp()
    return [nlp(t) for t in TEXTS]


def test_own_tokens_keep_the_subtree_order_without_foreign_clauses(docs):
    from dateline.events.stance import _foreign, own_tokens

    for doc in docs:
        for clause in doc:
            reference = [t.i for t in clause.subtree if not _foreign(t, clause)]
            assert [t.i for t in own_tokens(clause)] == reference


def test_own_tokens_leave_out_a_reported_clause():
    from dateline.events.stance import own_tokens
    from dateline.nlp import load_nlp

    doc = load_nlp()("The minister said the rebels attacked the town.")
    said = next(t for t in doc if t.text == "said")
    words = {t.text for t in own_tokens(said)}
    assert "said" in words and "attacked" not in words and "town" not in words


@pytest.mark.parametrize("skip_marks", [True, False])
def test_subtree_ends_are_those_of_the_whole_subtree(docs, skip_marks):
    from dateline.extraction.quote_indirect import _LEADING_MARKS, _end, _subtree

    for doc in docs:
        for tok in doc:
            toks = list(tok.subtree)
            while skip_marks and len(toks) > 1 and toks[0].lower_ in _LEADING_MARKS:
                toks = toks[1:]
            assert _subtree(tok, skip_marks) == (toks[0].idx, _end(toks[-1]))


def test_a_that_clause_starts_after_its_mark():
    from dateline.extraction.quote_indirect import _subtree
    from dateline.nlp import load_nlp

    text = "Officials said that the talks failed."
    doc = load_nlp()(text)
    failed = next(t for t in doc if t.text == "failed")
    start, end = _subtree(failed, skip_marks=True)
    assert text[start:end] == "the talks failed"


def test_is_history_is_the_per_year_test_for_every_token(docs):
    from dateline.events.cited_conflicts import cited_conflict
    from dateline.events.dating import _dates_act, _old_years, is_history

    dated = 0
    for doc in docs:
        years = _old_years(doc)
        for tok in doc:
            expected = any(_dates_act(year, tok) for year in years)
            # history62: a dated main-clause act of material conflict is coded (not history)
            assert is_history(tok) is (expected and not cited_conflict(tok))
            dated += expected
    assert dated >= 2  # "captured ... in the 1967 war", "In 1974 ... invaded"


def test_dated_acts_are_kept_per_doc():
    """The dated acts are cached on each Doc: a second article's answer is its own."""
    from dateline.events.dating import is_history
    from dateline.nlp import load_nlp

    nlp = load_nlp()
    # (history62: a dated expulsion is now coded as material conflict; a visit stays history)
    old = nlp("NAIROBI 1996-08-22\n\nKenya's minister visited the envoy in 1989.")
    new = nlp("NAIROBI 1996-08-22\n\nKenya's minister visited the envoy on Tuesday.")
    assert is_history(next(t for t in old if t.text == "visited"))
    assert not is_history(next(t for t in new if t.text == "visited"))
    assert is_history(next(t for t in old if t.text == "visited"))  # the first Doc's answer stands
