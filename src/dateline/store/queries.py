"""Read queries over the store's tables; each takes an open connection and a Filters."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row
from sqlalchemy.sql import Select

from dateline.store import fts
from dateline.store.filters import (
    Filters,
    article_clauses,
    article_place_clause,
    contains,
    event_clauses,
    event_place_clause,
)
from dateline.store.results import (
    ArticleSummary,
    EntityArticle,
    EntityProfile,
    EntitySummary,
    EventRow,
    Network,
    NetworkEdge,
    NetworkNode,
    Page,
    TimelineDay,
)
from dateline.store.schema import articles, entities, events, mentions

_EVENT_COLS = [
    *events.c,
    articles.c.headline,
    articles.c.published,
    # substr is 1-based in both SQLite and PostgreSQL
    sa.func.substr(articles.c.text, events.c.evidence_start + 1,
                   events.c.evidence_end - events.c.evidence_start).label("sentence"),
]


def _event_select(conn: Connection, f: Filters, cols: list[Any] | None = None) -> Select:
    stmt = sa.select(*(cols or _EVENT_COLS)).select_from(events.join(articles, events.c.article_id == articles.c.id))
    stmt = stmt.where(*event_clauses(f), *article_clauses(f))
    if f.place:
        stmt = stmt.where(event_place_clause(f.place))
    if f.query:
        hits = fts.matches(conn.dialect.name, f.query)
        stmt = stmt.where(events.c.article_id.in_(sa.select(hits.c.article_id)))
    return stmt


def _matching_articles(conn: Connection, f: Filters) -> Select:
    """(id, score) of the articles matching `f`; score is the full-text rank or NULL."""
    score: Any = sa.null()
    snippet: Any = sa.null()
    stmt = sa.select(articles.c.id)
    if f.query:
        hits = fts.matches(conn.dialect.name, f.query)
        stmt = stmt.join(hits, hits.c.article_id == articles.c.id)
        score = hits.c.score
        snippet = hits.c.snippet if "snippet" in hits.c else sa.null()
    stmt = stmt.add_columns(score.label("score"), snippet.label("snippet")).where(*article_clauses(f))
    if f.place:
        stmt = stmt.where(article_place_clause(f.place))
    if f.has_event_filters:
        stmt = stmt.where(articles.c.id.in_(sa.select(events.c.article_id).where(*event_clauses(f))))
    return stmt


def search_articles(conn: Connection, f: Filters, limit: int, offset: int) -> Page[ArticleSummary]:
    matching = _matching_articles(conn, f).subquery("matching")
    total = conn.execute(sa.select(sa.func.count()).select_from(matching)).scalar_one()
    # the event count only for the rows of this page, not for every match
    n_events = (sa.select(sa.func.count()).where(events.c.article_id == articles.c.id)
                .correlate(articles).scalar_subquery())
    order = [matching.c.score.asc()] if f.query else []
    order += [articles.c.published_day.desc().nulls_last(), articles.c.id]
    snippet: Any = fts.snippet(conn.dialect.name, f.query, matching) if f.query else sa.null()
    stmt = (sa.select(articles.c.id, articles.c.headline, articles.c.published, articles.c.publisher,
                      articles.c.source_url, articles.c.source_path, matching.c.score, n_events.label("n_events"),
                      snippet.label("snippet"))
            .join(matching, matching.c.id == articles.c.id).order_by(*order).limit(limit).offset(offset))
    items = [ArticleSummary(id=r.id, headline=r.headline, published=r.published, publisher=r.publisher,
                            source=r.source_url or r.source_path, events=r.n_events,
                            score=float(r.score) if r.score is not None else None, snippet=r.snippet)
             for r in conn.execute(stmt)]
    return Page(total=total, limit=limit, offset=offset, items=items)


def list_events(conn: Connection, f: Filters, limit: int, offset: int) -> Page[EventRow]:
    stmt = _event_select(conn, f)
    total = conn.execute(sa.select(sa.func.count()).select_from(stmt.subquery())).scalar_one()
    rows = conn.execute(stmt.order_by(events.c.day.desc().nulls_last(), events.c.article_id, events.c.position)
                        .limit(limit).offset(offset)).all()
    return Page(total=total, limit=limit, offset=offset, items=[event_row(r) for r in rows])


def event_row(r: Row) -> EventRow:
    m = r._mapping
    loc = None
    if m["location_name"] is not None:
        loc = {"name": m["location_name"], "country": m["location_country"], "lat": m["lat"], "lon": m["lon"]}
    trigger = None
    if m["trigger_start"] is not None:
        trigger = {"start": m["trigger_start"], "end": m["trigger_end"]}
    return EventRow(
        id=m["id"], article_id=m["article_id"], headline=m["headline"], published=m["published"],
        position=m["position"], code=m["code"], root=m["root"], label=m["label"], goldstein=m["goldstein"],
        quad_class=m["quad_class"], plover=m["plover"], source=_actor(m, "source"), target=_actor(m, "target"),
        date=m["date"], day=m["day"], location=loc,
        evidence={"start": m["evidence_start"], "end": m["evidence_end"]}, sentence=m["sentence"] or "",
        confidence=m["confidence"], pattern=m["pattern"], trigger=trigger,
    )


def _actor(m: Any, side: str) -> dict[str, Any]:
    return {k: m[f"{side}_{k}"] for k in ("entity", "key", "name", "code", "country", "role")}


def timeline(conn: Connection, f: Filters) -> list[TimelineDay]:
    day, quad = events.c.day, events.c.quad_class
    stmt = _event_select(conn, f, [day, quad, sa.func.count().label("n")]).where(day.is_not(None))
    days: dict[str, TimelineDay] = {}
    for r in conn.execute(stmt.group_by(day, quad).order_by(day)):
        td = days.setdefault(r.day, TimelineDay(day=r.day))
        if r.quad_class in (1, 2, 3, 4):
            setattr(td, f"q{r.quad_class}", r.n)
    return list(days.values())


def _node(code: str | None, name: str | None) -> str | None:
    return code or (name.upper() if name else None)


def network(conn: Connection, f: Filters, max_edges: int) -> Network:
    """Actors as nodes (keyed by CAMEO code, else name), dyads as edges with counts and the
    mean Goldstein score: the GDELT-style view of who acts on whom and how."""
    c = events.c
    cols = [c.source_code, c.source_name, c.source_country, c.target_code, c.target_name, c.target_country,
            sa.func.count().label("n"), sa.func.avg(c.goldstein).label("g")]
    stmt = _event_select(conn, f, cols).group_by(*cols[:6])
    edges: dict[tuple[str, str], list[float]] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, str | None] = {}
    coded: set[str] = set()
    for r in conn.execute(stmt):
        src, tgt = _node(r.source_code, r.source_name), _node(r.target_code, r.target_name)
        if not src or not tgt:
            continue
        for node, code, name, country in ((src, r.source_code, r.source_name, r.source_country),
                                          (tgt, r.target_code, r.target_name, r.target_country)):
            names[node][name or node] += r.n
            countries.setdefault(node, country)
            if code:
                coded.add(node)
        acc = edges.setdefault((src, tgt), [0, 0.0])
        acc[0] += r.n
        acc[1] += (r.g or 0.0) * r.n
    ranked = sorted(edges.items(), key=lambda kv: (-kv[1][0], kv[0]))[:max_edges]
    out_edges = [NetworkEdge(source=s, target=t, count=int(n), mean_goldstein=round(g / n, 3) if n else None)
                 for (s, t), (n, g) in ranked]
    degree: Counter[str] = Counter()
    for e in out_edges:
        degree[e.source] += e.count
        degree[e.target] += e.count
    nodes = [NetworkNode(id=node, name=names[node].most_common(1)[0][0], code=node if node in coded else None,
                         country=countries.get(node), events=n)
             for node, n in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    return Network(nodes=nodes, edges=out_edges)


def entity_profile(conn: Connection, key: str, max_events: int) -> EntityProfile | None:
    rows = conn.execute(
        sa.select(entities, articles.c.headline, articles.c.published)
        .join(articles, entities.c.article_id == articles.c.id).where(entities.c.key == key)
        .order_by(articles.c.published_day.desc().nulls_last(), articles.c.id)
    ).all()
    if not rows:
        return None
    ments: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for m in conn.execute(sa.select(mentions).join(entities, sa.and_(
            mentions.c.article_id == entities.c.article_id, mentions.c.local_id == entities.c.local_id))
            .where(entities.c.key == key).order_by(mentions.c.article_id, mentions.c.start_char)):
        ments[(m.article_id, m.local_id)].append({"start": m.start_char, "end": m.end_char, "text": m.text})
    evs = conn.execute(
        sa.select(*_EVENT_COLS).select_from(events.join(articles, events.c.article_id == articles.c.id))
        .where(sa.or_(events.c.source_key == key, events.c.target_key == key))
        .order_by(events.c.day.desc().nulls_last(), events.c.article_id, events.c.position).limit(max_events)
    ).all()
    first = rows[0]
    return EntityProfile(
        key=key, name=first.name, label=first.label,
        country=next((r.country for r in rows if r.country), None),
        roles=sorted({r.role for r in rows if r.role}),
        articles=[EntityArticle(article_id=r.article_id, headline=r.headline, published=r.published,
                                local_id=r.local_id, mentions=ments[(r.article_id, r.local_id)]) for r in rows],
        events=[event_row(e) for e in evs],
    )


def list_entities(conn: Connection, name: str | None, label: str | None, limit: int,
                  offset: int) -> Page[EntitySummary]:
    n = sa.func.count(sa.distinct(entities.c.article_id)).label("n")
    stmt = sa.select(entities.c.key, sa.func.min(entities.c.name).label("name"), sa.func.min(entities.c.label)
                     .label("label"), sa.func.max(entities.c.country).label("country"), n).group_by(entities.c.key)
    if name:
        stmt = stmt.where(contains(entities.c.name, name))
    if label:
        stmt = stmt.where(entities.c.label == label.upper())
    total = conn.execute(sa.select(sa.func.count()).select_from(stmt.subquery())).scalar_one()
    rows = conn.execute(stmt.order_by(n.desc(), "name").limit(limit).offset(offset)).all()
    items = [EntitySummary(key=r.key, name=r.name, label=r.label, country=r.country, articles=r.n) for r in rows]
    return Page(total=total, limit=limit, offset=offset, items=items)
