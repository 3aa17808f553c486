"""The article record and its normalised parts.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _article_id() -> sa.Column:
    return sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                     nullable=False)


def _spans() -> list[sa.Column]:
    return [sa.Column("start_char", sa.Integer, nullable=False), sa.Column("end_char", sa.Integer, nullable=False),
            sa.Column("text", sa.Text, nullable=False)]


def _actor(side: str) -> list[sa.Column]:
    return [
        sa.Column(f"{side}_entity", sa.String(64)),
        sa.Column(f"{side}_key", sa.String(40)),
        sa.Column(f"{side}_name", sa.Text),
        sa.Column(f"{side}_code", sa.String(32)),
        sa.Column(f"{side}_country", sa.String(8)),
        sa.Column(f"{side}_role", sa.String(16)),
    ]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("headline", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("published_day", sa.String(10)),
        sa.Column("publisher", sa.Text),
        sa.Column("source_format", sa.String(16)),
        sa.Column("source_path", sa.Text),
        sa.Column("source_url", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("dateline", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("pipeline_version", sa.String(64)),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_published_day", "articles", ["published_day"])
    op.create_table(
        "entities",
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("local_id", sa.String(64), primary_key=True),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("role", sa.Text),
    )
    op.create_index("ix_entities_key", "entities", ["key"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("local_id", sa.String(64), nullable=False),
        *_spans(),
        sa.ForeignKeyConstraint(["article_id", "local_id"], ["entities.article_id", "entities.local_id"],
                                ondelete="CASCADE"),
    )
    op.create_index("ix_mentions_entity", "mentions", ["article_id", "local_id"])
    op.create_table(
        "timexes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_id(),
        *_spans(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64)),
    )
    op.create_index("ix_timexes_article_id", "timexes", ["article_id"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_id(),
        *_spans(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("speaker", sa.String(64)),
        sa.Column("speaker_name", sa.Text),
        sa.Column("cue", sa.Text),
    )
    op.create_index("ix_quotes_article_id", "quotes", ["article_id"])
    op.create_table(
        "links",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_id(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
    )
    op.create_index("ix_links_article_id", "links", ["article_id"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _article_id(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("root", sa.String(4), nullable=False),
        sa.Column("label", sa.Text),
        sa.Column("goldstein", sa.Float),
        sa.Column("quad_class", sa.Integer),
        sa.Column("plover", sa.String(32)),
        *_actor("source"),
        *_actor("target"),
        sa.Column("date", sa.String(64)),
        sa.Column("day", sa.String(10)),
        sa.Column("location_name", sa.Text),
        sa.Column("location_country", sa.String(8)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("trigger_start", sa.Integer),
        sa.Column("trigger_end", sa.Integer),
        sa.Column("confidence", sa.Float),
        sa.Column("pattern", sa.Text),
    )
    for col in ("article_id", "code", "root", "quad_class", "day", "source_key", "source_code",
                "source_country", "target_key", "target_code", "target_country"):
        op.create_index(f"ix_events_{col}", "events", [col])


def downgrade() -> None:
    for table in ("events", "links", "quotes", "timexes", "mentions", "entities", "articles"):
        op.drop_table(table)
