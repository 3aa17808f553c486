"""Property tests for the store's parsers: the query translator and filter values."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.errors import ConfigError
from dateline.store import Filters
from dateline.store.fts import to_fts5

QUERY_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))
WORDS = st.sampled_from(["talks", "Vienna", "OR", "-", '"', "*", "AND", "NOT", "(", ")", ":", "^", "NEAR", "-talks",
                         "shipping*", '"river shipping"', "é", "北京", "'", "+"])


@pytest.fixture(scope="module")
def fts_db():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='porter unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO t VALUES ('talks on river shipping in Vienna')")
    return db


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(QUERY_CHARS, max_size=40), st.lists(WORDS, max_size=8).map(" ".join)))
def test_any_user_query_is_a_valid_fts5_expression(fts_db, query):
    expr = to_fts5(query)
    if expr is not None:
        fts_db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expr,)).fetchone()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["talks", "river", "shipping", "vienna"]), min_size=1, max_size=4))
def test_plain_words_of_a_document_always_find_it(fts_db, words):
    assert fts_db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (to_fts5(" ".join(words)),)).fetchone()[0] == 1


def test_exclusion_and_or():
    assert to_fts5("a -b") == '("a") NOT "b"'
    assert to_fts5("a OR b") == '("a" OR "b")'
    assert to_fts5("OR OR") is None and to_fts5("-x") is None and to_fts5("  ") is None
    assert to_fts5('say "hello there') == '("say" "hello there")'


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_date_filters_accept_only_real_iso_dates(value):
    try:
        parsed = Filters(since=value).since
    except ConfigError as exc:
        assert "ISO date" in str(exc)
        return
    if parsed is not None:
        assert dt.date.fromisoformat(parsed).isoformat() == parsed


@given(st.dates())
def test_every_real_date_is_accepted(day):
    assert Filters(until=day.isoformat()).until == day.isoformat()
