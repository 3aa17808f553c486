"""Engines with the settings crash safety needs.

SQLite: WAL journal (a killed writer never corrupts the file, readers never block the
writer), foreign keys on, a busy timeout so two processes wait instead of failing, and real
BEGIN statements: pysqlite's own transaction handling does not wrap DDL or reads, which
would make "one transaction per article" a promise we could not keep.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from dateline.errors import ConfigError
from dateline.store.url import is_sqlite

#: seconds a SQLite writer waits for another process's lock before giving up.
SQLITE_BUSY_TIMEOUT = 60


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        return _sqlite_engine(url)
    if url.startswith("postgresql"):
        _require_psycopg()
        return create_engine(url, pool_pre_ping=True)
    raise ConfigError(f"unsupported database URL {url!r}: use a SQLite file or postgresql://...")


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # NORMAL is safe in WAL mode against process crashes (SIGKILL); only a power cut
        # can lose the last commits, never corrupt the file.
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the lock up front: a deferred transaction that later upgrades to a
        # write lock can fail with "database is locked" despite the busy timeout.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _require_psycopg() -> None:
    try:
        import psycopg  # noqa: F401
    except ModuleNotFoundError:
        raise ConfigError(
            "PostgreSQL needs the psycopg driver: pip install 'dateline[postgres]'"
        ) from None
