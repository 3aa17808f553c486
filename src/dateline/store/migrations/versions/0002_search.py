"""Full-text search over headline and body, filled for articles already stored.

SQLite: an FTS5 table (porter stemming, accents folded) kept in step by the store.
PostgreSQL: a generated tsvector column (headline weighted above body) with a GIN index,
which PostgreSQL itself fills for existing rows and keeps current.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE article_search USING fts5("
            "article_id UNINDEXED, headline, body, tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "INSERT INTO article_search (article_id, headline, body) "
            "SELECT id, coalesce(headline, ''), text FROM articles"
        )
    else:
        op.execute(
            "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('english', coalesce(headline, '')), 'A') || "
            "setweight(to_tsvector('english', text), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search ON articles USING gin (search)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE article_search")
    else:
        op.execute("DROP INDEX ix_articles_search")
        op.execute("ALTER TABLE articles DROP COLUMN search")
