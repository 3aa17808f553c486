"""Which database a command means: --db, else $DATELINE_DB, else ./dateline.db (SQLite)."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_FILE = "dateline.db"


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL for `db`.

    Accepts a full URL, a bare ``postgresql://`` URL (mapped to the psycopg 3 driver, the one
    we install), or a file path (SQLite). None means $DATELINE_DB, then ./dateline.db.
    """
    raw = os.fspath(db) if db is not None else (os.environ.get("DATELINE_DB") or DEFAULT_FILE)
    for prefix in ("postgresql://", "postgres://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix):]
    if "://" in raw:
        return raw
    return f"sqlite:///{Path(raw).expanduser()}"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for in-memory databases)."""
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return Path(path) if path and path != ":memory:" else None
