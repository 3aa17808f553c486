"""Schema migrations: an older database upgrades in place; schema.py matches the migrations."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from dateline.errors import StoreError
from dateline.store import Store
from dateline.store import rows as R
from dateline.store.engine import make_engine
from dateline.store.migrate import current_revision, head_revision, upgrade
from dateline.store.schema import articles, entities, events, links, mentions, metadata, quotes, timexes
from dateline.store.testing import BackendUnavailable, backend_url, example_articles

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    try:
        return backend_url(request.param, tmp_path)
    except BackendUnavailable as exc:
        pytest.skip(str(exc))


def _store_at_0001(engine, art):
    """Write an article the way a 0001-era dateline did: tables only, no search index."""
    now = dt.datetime.now(dt.timezone.utc)
    ents, ments = R.entity_rows(art)
    with engine.begin() as conn:
        conn.execute(sa.insert(articles), R.article_row(art, now))
        for table, batch in ((entities, ents), (mentions, ments), (timexes, R.timex_rows(art)),
                             (quotes, R.quote_rows(art)), (links, R.link_rows(art)), (events, R.event_rows(art))):
            if batch:
                conn.execute(sa.insert(table), batch)


def test_older_database_upgrades_in_place_and_its_articles_become_searchable(url):
    engine = make_engine(url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    talks, clash, _ = example_articles()
    _store_at_0001(engine, talks)
    engine.dispose()

    with Store.open(url) as store:
        assert current_revision(store.engine) == head_revision() == "0002"
        assert store.record(talks.id) == talks.to_dict()  # the old data survived
        assert [a.id for a in store.search("shipping").items] == [talks.id]  # and was indexed
        store.put(clash)  # new writes keep the index current
        assert [a.id for a in store.search("aggression").items] == [clash.id]


def test_opening_a_current_database_again_changes_nothing(url):
    with Store.open(url) as store:
        store.put(example_articles()[0])
    with Store.open(url) as store:
        assert store.counts().articles == 1 and current_revision(store.engine) == head_revision()


def test_schema_module_matches_the_migrated_database(url):
    with Store.open(url) as store, store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        diffs = [d for d in compare_metadata(ctx, metadata) if not _backend_search_object(d)]
    assert diffs == []


def _backend_search_object(diff) -> bool:
    """Full-text objects live outside schema.py on purpose (they differ per backend)."""
    text = repr(diff)
    return "article_search" in text or "'search'" in text or "ix_articles_search" in text


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    path = tmp_path / "x.db"
    with Store.open(str(path)) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # persistent in the file
    raw.close()


def test_read_only_open_of_a_missing_file_names_it(tmp_path):
    missing = tmp_path / "none.db"
    with pytest.raises(StoreError, match="no database at .*none.db"):
        Store.open(str(missing), create=False)
    assert not missing.exists()


def test_unreachable_postgres_is_one_line_error():
    with pytest.raises(StoreError, match="cannot open the database"):
        Store.open("postgresql://nobody@127.0.0.1:1/none")


def test_a_file_that_is_not_a_database_is_one_line_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 20)
    with pytest.raises(StoreError, match="cannot open the database: file is not a database"):
        Store.open(str(path))
    assert path.read_text().startswith("these are my notes")  # left as it was


def test_a_database_from_a_newer_dateline_is_refused_with_a_reason(url):
    Store.open(url).close()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    engine.dispose()
    with pytest.raises(StoreError, match="revision '0099', newer than this dateline knows"):
        Store.open(url)
