"""Full-text search over headline and body: SQLite FTS5 or PostgreSQL tsvector.

Both backends take the same query language, PostgreSQL's `websearch_to_tsquery`
(words are ANDed, "quoted phrases", OR, -excluded); for SQLite we translate it to FTS5
syntax, quoting every word so that user input can never be an FTS5 syntax error.
"""
from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Subquery

from dateline.model import Article
from dateline.store.schema import articles

_FTS = sa.table("article_search", sa.column("article_id"), sa.column("headline"), sa.column("body"),
                sa.column("rank"))
_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORDY = re.compile(r"\w")


def index(conn: Connection, article: Article) -> None:
    """Add `article` to the search index (PostgreSQL's generated column needs nothing).

    The caller makes sure it is not indexed yet (Store._insert runs after a new id or after
    `_delete`, which unindexes): `article_id` is UNINDEXED, so a delete by it scans the whole
    FTS table, which made every put O(stored articles) (22 ms per put at 20k articles).
    """
    index_many(conn, [article])


def index_many(conn: Connection, batch: list[Article]) -> None:
    """`index` for several articles in one statement (the same caveat holds)."""
    if conn.dialect.name == "sqlite" and batch:
        conn.execute(sa.insert(_FTS), [{"article_id": a.id, "headline": a.headline or "", "body": a.text}
                                       for a in batch])


def unindex(conn: Connection, article_id: str) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(sa.delete(_FTS).where(_FTS.c.article_id == article_id))


def to_fts5(query: str) -> str | None:
    """websearch-style `query` -> an FTS5 MATCH expression; None when nothing searchable."""
    query = query.replace("\x00", " ")  # SQLite reads a NUL as the end of the string
    positive: list[str] = []
    negative: list[str] = []
    for tok in _TOKEN.findall(query):
        if tok == "OR":
            if positive and positive[-1] != "OR":
                positive.append("OR")
            continue
        neg = tok.startswith("-") and len(tok) > 1
        term = _fts5_term(tok[1:] if neg else tok)
        if term:
            (negative if neg else positive).append(term)
    while positive and positive[-1] == "OR":
        positive.pop()
    if not positive:
        return None  # FTS5's NOT is binary: "everything but X" is not expressible
    expr = " ".join(positive)
    return f"({expr})" + "".join(f" NOT {n}" for n in negative)


def _fts5_term(tok: str) -> str | None:
    prefix = tok.endswith("*") and not tok.startswith('"')
    inner = tok.strip('"').rstrip("*")
    if not _WORDY.search(inner):
        return None
    quoted = '"' + inner.replace('"', '""') + '"'
    return quoted + "*" if prefix else quoted


#: words of context in a search snippet
SNIPPET_WORDS = 24


def matches(dialect: str, query: str) -> Subquery:
    """(article_id, score, snippet) of the articles matching `query`; lower score = better
    match. The snippet (SQLite only; see `snippet`) is plain text: the caller escapes it."""
    if dialect == "sqlite":
        expr = to_fts5(query) or '""'
        body_snippet = sa.func.snippet(sa.literal_column("article_search"), 2, "", "", "…", SNIPPET_WORDS)
        return (
            sa.select(_FTS.c.article_id.label("article_id"), _FTS.c.rank.label("score"),
                      body_snippet.label("snippet"))
            .where(sa.text("article_search MATCH :fts_query").bindparams(fts_query=expr))
            .subquery("fts")
        )
    tsq = _tsquery(query)
    search = sa.literal_column("articles.search")
    return (
        sa.select(articles.c.id.label("article_id"), (-sa.func.ts_rank(search, tsq)).label("score"))
        .where(search.op("@@")(tsq))
        .subquery("fts")
    )


def _tsquery(query: str) -> sa.ColumnElement:
    return sa.func.websearch_to_tsquery(sa.literal_column("'english'::regconfig"), query)


def snippet(dialect: str, query: str, hits: Subquery) -> sa.ColumnElement:
    """The passage of the body around the matched words, for one page of results.

    PostgreSQL's ts_headline re-parses the whole body, so it is computed only for the rows
    shown, never in the subquery that counts every match."""
    if dialect == "sqlite":
        return hits.c.snippet
    opts = f"MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, StartSel=\"\", StopSel=\"\", " \
           f"HighlightAll=false"
    return sa.func.ts_headline(sa.literal_column("'english'::regconfig"), articles.c.text, _tsquery(query), opts)
