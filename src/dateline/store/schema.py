"""The database tables (SQLAlchemy Core), as they are at the newest migration.

`articles.record` holds the whole contract record (`Article.to_dict()` as JSON), so reading
an article back never loses a field; the other tables are normalised copies of its parts,
there only to be queried. Children cascade on delete, so replacing an article is one
DELETE plus inserts. Full-text search lives outside this metadata because it differs per
backend (see fts.py and migration 0002).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _article_fk() -> ForeignKey:
    return ForeignKey("articles.id", ondelete="CASCADE")


articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("headline", Text),
    Column("published", String(40)),
    Column("published_day", String(10), index=True),  # YYYY-MM-DD, for date filters
    Column("publisher", Text),
    Column("source_format", String(16)),
    Column("source_path", Text),
    Column("source_url", Text),
    Column("language", String(16)),
    Column("dateline", Text),
    Column("text", Text, nullable=False),
    Column("pipeline_version", String(64)),
    Column("record", Text, nullable=False),  # the contract record, JSON
    Column("stored_at", DateTime(timezone=True), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("local_id", String(64), primary_key=True),  # the id inside the article ("e1")
    Column("key", String(40), nullable=False, index=True),  # the same across articles
    Column("name", Text, nullable=False),
    Column("label", String(16), nullable=False),
    Column("country", String(8)),
    Column("role", Text),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), nullable=False),
    Column("local_id", String(64), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    ForeignKeyConstraint(
        ["article_id", "local_id"], ["entities.article_id", "entities.local_id"], ondelete="CASCADE"
    ),
    Index("ix_mentions_entity", "article_id", "local_id"),
)

timexes = Table(
    "timexes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), _article_fk(), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", String(64)),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), _article_fk(), nullable=False, index=True),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker", String(64)),
    Column("speaker_name", Text),
    Column("cue", Text),
)

links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), _article_fk(), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("url", Text, nullable=False),
)


def _actor_columns(side: str) -> list[Column]:
    return [
        Column(f"{side}_entity", String(64)),
        Column(f"{side}_key", String(40), index=True),
        Column(f"{side}_name", Text),
        Column(f"{side}_code", String(32), index=True),
        Column(f"{side}_country", String(8), index=True),
        Column(f"{side}_role", String(16)),
    ]


events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), _article_fk(), nullable=False, index=True),
    Column("position", Integer, nullable=False),  # index in the article's events list
    Column("code", String(8), nullable=False, index=True),
    Column("root", String(4), nullable=False, index=True),
    Column("label", Text),
    Column("goldstein", Float),
    Column("quad_class", Integer, index=True),
    Column("plover", String(32)),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("date", String(64)),  # the TIMEX3 value as coded
    Column("day", String(10), index=True),  # YYYY-MM-DD: the event date, else published
    Column("location_name", Text),
    Column("location_country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("confidence", Float),
    Column("pattern", Text),
)

_WS = re.compile(r"\s+")


def entity_key(name: str, label: str) -> str:
    """The cross-article id of an entity: same canonical name and label, same key.

    Entity ids in a record ("e1") are local to their article; the actor page and the API
    need one id for "Sergei Lavrov" wherever he appears, so we hash the canonical name
    (case, width and spacing folded) with the label.
    """
    norm = _WS.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()
    return hashlib.sha256(f"{label}|{norm}".encode()).hexdigest()[:16]
