"""Store.put_many (ingest's one transaction per chunk) against a real SQLite file and a real
PostgreSQL server: the same results and rows as article-by-article puts."""
from __future__ import annotations

import dataclasses

import pytest

from dateline.errors import StoreError
from dateline.store import PutResult, Store
from dateline.store.testing import example_articles



@pytest.fixture
def store(store_on_each_backend):
    return store_on_each_backend


def test_a_batch_stores_what_single_puts_store(store, tmp_path):
    arts = example_articles()
    assert store.put_many(arts) == [PutResult.STORED] * 3
    with Store.open(str(tmp_path / "one_by_one.db")) as single:
        for art in arts:
            single.put(art)
        assert store.counts() == single.counts()
    for art in arts:
        assert store.record(art.id) == art.to_dict()
    assert store.search("delegation", limit=5).total == 1  # the search index got the batch too


def test_a_batch_twice_is_unchanged_and_a_new_version_replaces(store):
    store.put_many(example_articles())
    before = store.counts()
    assert store.put_many(example_articles()) == [PutResult.UNCHANGED] * 3
    newer = example_articles(version="test+2")
    assert store.put_many([newer[0], example_articles()[1]]) == [PutResult.REPLACED, PutResult.UNCHANGED]
    assert store.counts() == before
    assert store.version_of(newer[0].id) == "test+2"
    assert store.search("delegation", limit=5).total == 1  # re-indexed once, not twice


def test_an_id_repeated_inside_a_batch_counts_once(store):
    first = example_articles()[0]
    again = example_articles()[0]
    other = example_articles(version="test+9")[0]
    assert store.put_many([first, again]) == [PutResult.STORED, PutResult.UNCHANGED]
    assert store.counts().articles == 1
    assert store.put_many([example_articles(version="test+8")[0], other]) == [PutResult.REPLACED,
                                                                             PutResult.REPLACED]
    assert store.version_of(first.id) == "test+9" and store.counts().articles == 1


def test_a_bad_article_fails_alone(store):
    good, bad, also_good = example_articles()
    ent = bad.entities[0]
    bad.entities[0] = dataclasses.replace(ent, mentions=[dataclasses.replace(ent.mentions[0], end=10_000)])
    out = store.put_many([good, bad, also_good])
    assert out[0] is PutResult.STORED and out[2] is PutResult.STORED
    assert isinstance(out[1], StoreError) and "spans do not match" in str(out[1]) and bad.id in str(out[1])
    assert store.counts().articles == 2


def test_a_database_error_in_the_batch_falls_back_to_single_puts(store):
    good, clash, also_good = example_articles()
    # Two entities with one local id break the entities table's primary key: the batch's
    # transaction fails as a whole, and only the article at fault may fail.
    clash.entities.append(dataclasses.replace(clash.entities[0]))
    out = store.put_many([good, clash, also_good])
    assert out[0] is PutResult.STORED and out[2] is PutResult.STORED
    assert isinstance(out[1], StoreError) and clash.id in str(out[1])
    assert store.counts().articles == 2 and clash.id not in store


def test_an_empty_batch_is_nothing(store):
    assert store.put_many([]) == []
    assert store.counts().articles == 0


def test_spans_are_checked_before_anything_is_written(store):
    art = example_articles()[0]
    art.entities[0].mentions[0] = dataclasses.replace(art.entities[0].mentions[0], start=-1)
    [result] = store.put_many([art])
    assert isinstance(result, StoreError)
    assert store.counts().articles == 0
