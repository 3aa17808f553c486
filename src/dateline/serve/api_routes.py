"""REST API: JSON twins of every page. GET only."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path as PathParam, Query, Request

from dateline.serve.app import ID, as_json, store_of
from dateline.serve.params import Limit, Offset, event_filters
from dateline.store.filters import Filters

router = APIRouter(prefix="/api", tags=["api"])
Key = Annotated[str, PathParam(pattern=r"^[0-9a-f]{1,64}$", description="entity key")]


@router.get("/articles", summary="Articles: full-text search and filters, newest first")
def list_articles(request: Request, q: Annotated[str | None, Query(max_length=500)] = None,
                  limit: Limit = 20, offset: Offset = 0, filters: Filters = Depends(event_filters)) -> dict[str, Any]:
    return as_json(store_of(request).search(q or None, filters, limit=limit, offset=offset))


@router.get("/articles/{article_id}", summary="One article's contract record")
def get_article(request: Request, article_id: Annotated[str, PathParam(max_length=64)]) -> dict[str, Any]:
    record = store_of(request).record(article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return record


@router.get("/events", summary="Events matching the filters, latest first, with evidence")
def list_events(request: Request, limit: Limit = 100, offset: Offset = 0,
                filters: Filters = Depends(event_filters)) -> dict[str, Any]:
    return as_json(store_of(request).events(filters, limit=limit, offset=offset))


@router.get("/entities", summary="Entities across articles, most reported first")
def list_entities(request: Request, name: Annotated[str | None, Query(max_length=200)] = None,
                  label: Annotated[str | None, Query(pattern=r"^(PERSON|ORG|GPE|LOC|NORP|FAC|EVENT)$")] = None,
                  limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return as_json(store_of(request).entities(name, label, limit=limit, offset=offset))


@router.get("/entities/{key}", summary="One entity: its mentions per article and its events")
def get_entity(request: Request, key: Key) -> dict[str, Any]:
    profile = store_of(request).entity(key)
    if profile is None:
        raise HTTPException(404, f"no entity with key {key!r}")
    return as_json(profile)


@router.get("/timeline", summary="Event counts per day by quad class")
def timeline(request: Request, filters: Filters = Depends(event_filters)) -> dict[str, Any]:
    days = store_of(request).timeline(filters)
    return {"days": [{"date": d.day, "q1": d.q1, "q2": d.q2, "q3": d.q3, "q4": d.q4, "total": d.total}
                     for d in days]}


@router.get("/network", summary="Actor nodes and dyad edges (count, mean Goldstein)")
def network(request: Request, max_edges: Annotated[int, Query(ge=1, le=1000)] = 200,
            filters: Filters = Depends(event_filters)) -> dict[str, Any]:
    net = store_of(request).network(filters, max_edges=max_edges)
    return {
        "nodes": [{"id": n.id, "label": n.name or n.id, "name": n.name, "code": n.code, "country": n.country,
                   "count": n.events} for n in net.nodes],
        "edges": [{"source": e.source, "target": e.target, "count": e.count, "goldstein": e.mean_goldstein}
                  for e in net.edges],
    }


@router.get("/stats", summary="How much the database holds")
def stats(request: Request) -> dict[str, Any]:
    return as_json(store_of(request).counts())
