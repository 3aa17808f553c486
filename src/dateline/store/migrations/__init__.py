"""Alembic migrations for the store; run by `dateline.store.migrate.upgrade` on every open."""
