"""The Store: article records in, queries out, over SQLite or PostgreSQL.

    store = Store.open("dateline.db")          # or "postgresql://user@host/db"
    store.put(article)                          # -> PutResult.STORED / REPLACED / UNCHANGED
    store.record(article_id)                    # the contract record, exactly to_dict()
    store.search("talks", Filters(country="RUS"), limit=20, offset=0)

Opening migrates the database to the newest schema in place. Each put is one
transaction: after a crash an article is either wholly stored or absent. `put_many` stores
a chunk in one transaction (ingest uses it): after a crash the chunk is wholly stored or
absent, and a re-run stores what is absent.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from dateline.errors import StoreError
from dateline.model import Article, check_offsets
from dateline.store import fts, queries, rows
from dateline.store.engine import make_engine
from dateline.store.filters import Filters
from dateline.store.migrate import upgrade
from dateline.store.results import (
    ArticleSummary,
    Counts,
    EntityProfile,
    EntitySummary,
    EventRow,
    Network,
    Page,
    PutResult,
    TimelineDay,
)
from dateline.store.schema import articles, entities, events, links, mentions, quotes, timexes
from dateline.store.url import database_url, is_sqlite, sqlite_path

#: the most rows one page may ask for; the API and CLI bound their limits by it.
MAX_LIMIT = 1000


class Store:
    """One database of articles. Thread-safe for reads; open one per process."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, db: str | None = None, *, create: bool = True) -> "Store":
        """Open (and migrate) the database `db` (URL or SQLite path; see url.database_url).

        With create=False a missing SQLite file is an error instead of a new empty database,
        which is what read-only commands want.
        """
        url = database_url(db)
        path = sqlite_path(url) if is_sqlite(url) else None
        if path is not None and not create and not path.exists():
            raise StoreError(f"no database at {path}: run `dateline ingest` first, or pass --db")
        if path is not None and not path.parent.exists():
            raise StoreError(f"cannot create the database: folder {path.parent} does not exist")
        engine = make_engine(url)
        try:
            upgrade(engine)
        except SQLAlchemyError as exc:  # unreachable server, not a database file, no rights...
            engine.dispose()
            raise StoreError(f"cannot open the database: {_reason(exc)}", source=_safe(url)) from None
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except (OperationalError, sa.exc.DatabaseError) as exc:
            raise StoreError(f"database error: {_reason(exc)}", source=_safe(self.url)) from None

    # -- writing ---------------------------------------------------------------------------

    def put(self, article: Article) -> PutResult:
        """Store `article` once: unchanged when its id is stored with the same pipeline
        version; replaced (all its rows) when stored by another version. One transaction."""
        problems = check_offsets(article)
        if problems:
            raise StoreError(f"spans do not match the text: {problems[0]}", source=article.id)
        for attempt in range(2):
            try:
                return self._put_once(article)
            except IntegrityError:
                # Another process stored the same article between our read and our insert;
                # the retry sees it and returns UNCHANGED (or replaces an older version).
                if attempt:
                    raise StoreError("could not store: conflicting concurrent writes", source=article.id) from None
            except SQLAlchemyError as exc:
                raise StoreError(f"could not store: {_reason(exc)}", source=article.id) from None
        raise AssertionError("unreachable")

    def _put_once(self, article: Article) -> PutResult:
        with self.engine.connect() as conn, conn.execution_options(sqlite_immediate=True).begin():
            if conn.dialect.name == "postgresql":
                # Serialise writers of the same article id (hash of the id -> advisory lock).
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext(:id))"), {"id": article.id})
            old = conn.execute(sa.select(articles.c.pipeline_version).where(articles.c.id == article.id)).first()
            if old is not None and old.pipeline_version == article.pipeline_version:
                return PutResult.UNCHANGED
            if old is not None:
                self._delete(conn, article.id)
            self._insert(conn, article)
        return PutResult.STORED if old is None else PutResult.REPLACED

    def put_many(self, batch: Sequence[Article]) -> list[PutResult | StoreError]:
        """`put` for each article of `batch`, in one transaction, with one statement per
        table for the whole batch.

        Why: ingest stores chunks of dozens of articles, and per article the commit and
        SQLAlchemy's per-statement work cost more CPU than the rows themselves (about 1 ms
        per article on news wires, in the process that also feeds the workers). The results
        are what `put` would give article by article, in order, including an id repeated
        inside the batch (its first copy counts). An article that cannot be stored gets its
        StoreError in its place; when the batch as a whole fails (a concurrent writer, a
        database error), it is stored article by article, so that only the article at fault
        fails and its error names it.
        """
        out: list[PutResult | StoreError | None] = [None] * len(batch)
        good: list[int] = []
        for i, article in enumerate(batch):
            problems = check_offsets(article)
            if problems:
                out[i] = StoreError(f"spans do not match the text: {problems[0]}", source=article.id)
            else:
                good.append(i)
        try:
            done = self._put_batch([batch[i] for i in good]) if good else []
        except SQLAlchemyError:
            done = []
            for i in good:
                try:
                    done.append(self.put(batch[i]))
                except StoreError as exc:
                    done.append(exc)
        for i, result in zip(good, done):
            out[i] = result
        return [r for r in out if r is not None]

    def _put_batch(self, batch: list[Article]) -> list[PutResult]:
        ids = sorted({a.id for a in batch})
        with self.engine.connect() as conn, conn.execution_options(sqlite_immediate=True).begin():
            if conn.dialect.name == "postgresql":
                for aid in ids:  # sorted: two writers of overlapping chunks lock in one order
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext(:id))"), {"id": aid})
            stored = {row.id: row.pipeline_version for row in conn.execute(
                sa.select(articles.c.id, articles.c.pipeline_version).where(articles.c.id.in_(ids)))}
            results: list[PutResult] = []
            pending: dict[str, Article] = {}
            for article in batch:
                first = pending.get(article.id)
                if first is not None:  # the same id earlier in this batch: as a second put would
                    if first.pipeline_version == article.pipeline_version:
                        results.append(PutResult.UNCHANGED)
                    else:
                        pending[article.id] = article
                        results.append(PutResult.REPLACED)
                elif article.id in stored and stored[article.id] == article.pipeline_version:
                    results.append(PutResult.UNCHANGED)
                else:
                    pending[article.id] = article
                    results.append(PutResult.REPLACED if article.id in stored else PutResult.STORED)
            for aid in pending:
                if aid in stored:
                    self._delete(conn, aid)
            if pending:
                self._insert_many(conn, list(pending.values()))
        return results

    def _insert(self, conn: Connection, article: Article) -> None:
        self._insert_many(conn, [article])

    @staticmethod
    def _insert_many(conn: Connection, batch: list[Article]) -> None:
        now = dt.datetime.now(dt.timezone.utc)
        conn.execute(sa.insert(articles), [rows.article_row(a, now) for a in batch])
        tables: dict[sa.Table, list[dict[str, Any]]] = {t: [] for t in (entities, mentions, timexes, quotes, links,
                                                                           events)}
        for article in batch:
            ents, ments = rows.entity_rows(article)
            tables[entities] += ents
            tables[mentions] += ments
            tables[timexes] += rows.timex_rows(article)
            tables[quotes] += rows.quote_rows(article)
            tables[links] += rows.link_rows(article)
            tables[events] += rows.event_rows(article)
        for table, batch_rows in tables.items():
            if batch_rows:
                conn.execute(sa.insert(table), batch_rows)
        fts.index_many(conn, batch)

    @staticmethod
    def _delete(conn: Connection, article_id: str) -> None:
        fts.unindex(conn, article_id)
        conn.execute(sa.delete(articles).where(articles.c.id == article_id))  # children cascade

    def delete(self, article_id: str) -> bool:
        """Remove an article and everything derived from it; False when it was not there."""
        with self.engine.connect() as conn, conn.execution_options(sqlite_immediate=True).begin():
            found = conn.execute(sa.select(articles.c.id).where(articles.c.id == article_id)).first()
            if found:
                self._delete(conn, article_id)
        return found is not None

    # -- reading records -------------------------------------------------------------------

    def version_of(self, article_id: str) -> str | None:
        """The pipeline version an article was stored with (None when absent or unversioned)."""
        with self._read() as conn:
            return conn.execute(sa.select(articles.c.pipeline_version).where(articles.c.id == article_id)).scalar()

    def versions_of(self, article_ids: list[str]) -> dict[str, str | None]:
        """`version_of` for many ids in one query (ingest checks a whole chunk at once);
        ids that are not stored are absent from the result."""
        if not article_ids:
            return {}
        with self._read() as conn:
            found = conn.execute(sa.select(articles.c.id, articles.c.pipeline_version)
                                 .where(articles.c.id.in_(set(article_ids)))).all()
        return {row.id: row.pipeline_version for row in found}

    def __contains__(self, article_id: object) -> bool:
        with self._read() as conn:
            return conn.execute(sa.select(articles.c.id).where(articles.c.id == article_id)).first() is not None

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The stored contract record (exactly `Article.to_dict()`), None when unknown."""
        with self._read() as conn:
            raw = conn.execute(sa.select(articles.c.record).where(articles.c.id == article_id)).scalar()
        return json.loads(raw) if raw is not None else None

    def get(self, article_id: str) -> Article | None:
        rec = self.record(article_id)
        return Article.from_dict(rec) if rec is not None else None

    def iter_records(self, filters: Filters | None = None, batch: int = 200) -> Iterator[dict[str, Any]]:
        """Every stored record (or those matching `filters`), oldest publication first, in
        pages so an export of a large database never holds it all in memory."""
        ids = [s.id for s in self._all_summaries(filters or Filters())]
        for i in range(0, len(ids), batch):
            chunk = ids[i:i + batch]
            with self._read() as conn:
                found = dict(conn.execute(sa.select(articles.c.id, articles.c.record)
                                          .where(articles.c.id.in_(chunk))).all())
            for aid in chunk:
                if aid in found:
                    yield json.loads(found[aid])

    def stored_at(self, article_id: str) -> dt.datetime | None:
        with self._read() as conn:
            value = conn.execute(sa.select(articles.c.stored_at).where(articles.c.id == article_id)).scalar()
        if isinstance(value, dt.datetime) and value.tzinfo is None:  # SQLite drops the zone
            value = value.replace(tzinfo=dt.timezone.utc)
        return value

    def _all_summaries(self, f: Filters) -> list[ArticleSummary]:
        out: list[ArticleSummary] = []
        while True:
            page = self.search(filters=f, limit=MAX_LIMIT, offset=len(out))
            out.extend(page.items)
            if len(out) >= page.total or not page.items:
                return sorted(out, key=lambda s: (s.published or "", s.id))

    # -- queries ---------------------------------------------------------------------------

    def search(self, query: str | None = None, filters: Filters | None = None, *, limit: int = 20,
               offset: int = 0) -> Page[ArticleSummary]:
        """Articles matching the full-text `query` (best first) and `filters`; without a
        query, every article matching the filters, newest first."""
        f = filters or Filters()
        if query is not None:
            f = Filters(**{**f.__dict__, "query": query})
        with self._read() as conn:
            return queries.search_articles(conn, f, _limit(limit), _offset(offset))

    def events(self, filters: Filters | None = None, *, limit: int = 100, offset: int = 0) -> Page[EventRow]:
        """Events matching `filters`, latest day first, each with its evidence sentence."""
        with self._read() as conn:
            return queries.list_events(conn, filters or Filters(), _limit(limit), _offset(offset))

    def timeline(self, filters: Filters | None = None) -> list[TimelineDay]:
        """Event counts per day by quad class, oldest day first."""
        with self._read() as conn:
            return queries.timeline(conn, filters or Filters())

    def network(self, filters: Filters | None = None, *, max_edges: int = 200) -> Network:
        """Actor nodes and dyad edges (count, mean Goldstein), the busiest `max_edges` edges."""
        with self._read() as conn:
            return queries.network(conn, filters or Filters(), _limit(max_edges))

    def entity(self, key: str, *, max_events: int = 500) -> EntityProfile | None:
        """One entity across articles (key = schema.entity_key(name, label)): its mentions
        per article and the events where it is source or target. None when unknown."""
        with self._read() as conn:
            return queries.entity_profile(conn, key, max_events)

    def entities(self, name: str | None = None, label: str | None = None, *, limit: int = 50,
                 offset: int = 0) -> Page[EntitySummary]:
        """Entities (by cross-article key), most widely reported first."""
        with self._read() as conn:
            return queries.list_entities(conn, name, label, _limit(limit), _offset(offset))

    def counts(self) -> Counts:
        with self._read() as conn:
            def n(table: sa.Table, col: Any = None) -> int:
                expr = sa.func.count(sa.distinct(col)) if col is not None else sa.func.count()
                return conn.execute(sa.select(expr).select_from(table)).scalar_one()

            return Counts(articles=n(articles), entities=n(entities, entities.c.key), mentions=n(mentions),
                          timexes=n(timexes), quotes=n(quotes), events=n(events), links=n(links))


def _limit(limit: int) -> int:
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise StoreError(f"limit must be between 1 and {MAX_LIMIT}, not {limit!r}")
    return limit


def _offset(offset: int) -> int:
    if not isinstance(offset, int) or offset < 0:
        raise StoreError(f"offset must be 0 or more, not {offset!r}")
    return offset


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    return " ".join(str(orig or exc).split())[:300]


def _safe(url: str) -> str:
    return sa.engine.make_url(url).render_as_string(hide_password=True)
