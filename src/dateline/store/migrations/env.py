"""Alembic environment: always handed an open connection by dateline.store.migrate.

Works for SQLite and PostgreSQL alike; SQLite gets batch mode so later migrations can
alter tables (SQLite has no ALTER COLUMN).
"""
from __future__ import annotations

from alembic import context

from dateline.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from the alembic CLI
    raise RuntimeError("run migrations through dateline.store.migrate.upgrade(engine)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
