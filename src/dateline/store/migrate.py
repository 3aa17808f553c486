"""Bring a database to the newest schema, in place, whenever the store opens it."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations the database lacks, in one transaction (both backends have
    transactional DDL), so a crash mid-upgrade leaves the old schema intact."""
    current = current_revision(engine)
    if revision == "head" and current == head_revision():
        return
    script = ScriptDirectory.from_config(_config())
    if current is not None and current not in {s.revision for s in script.walk_revisions()}:
        from dateline.errors import StoreError

        raise StoreError(f"the database has schema revision {current!r}, newer than this dateline knows "
                         f"({head_revision()!r}): upgrade dateline to use it")
    cfg = _config()
    with engine.connect() as conn, conn.execution_options(sqlite_immediate=True).begin():
        if conn.dialect.name == "postgresql":
            # Two processes opening a fresh database at once: the second waits, then
            # finds nothing left to do.
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242001)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
