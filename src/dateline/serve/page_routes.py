"""HTML pages; each has a JSON twin under /api."""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Path as PathParam, Query, Request
from fastapi.responses import HTMLResponse

from dateline.model import Article
from dateline.serve.app import as_json, store_of
from dateline.serve.highlight import article_marks, segment
from dateline.serve.params import Limit, Offset, event_filters
from dateline.store.filters import Filters

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def _query_string(request: Request, **changes: Any) -> str:
    params = {k: v for k, v in request.query_params.items() if v}
    params.update({k: str(v) for k, v in changes.items()})
    return urlencode(params)


@router.get("/", response_class=HTMLResponse)
def index(request: Request, q: Annotated[str | None, Query(max_length=500)] = None, limit: Limit = 50,
          offset: Offset = 0, filters: Filters = Depends(event_filters)) -> HTMLResponse:
    page = store_of(request).search(q or None, filters, limit=limit, offset=offset)
    return _render(request, "index.html", {
        "q": q, "filters": filters, "items": page.items, "total": page.total, "offset": offset,
        "prev_query": _query_string(request, offset=max(0, offset - limit)),
        "next_query": _query_string(request, offset=offset + limit)})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: Annotated[str, PathParam(max_length=64)]) -> HTMLResponse:
    record = store_of(request).record(article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    article = Article.from_dict(record)
    return _render(request, "article.html", {"a": article, "paragraphs": segment(article.text, article_marks(article))})


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, limit: Limit = 200, offset: Offset = 0,
                filters: Filters = Depends(event_filters)) -> HTMLResponse:
    page = store_of(request).events(filters, limit=limit, offset=offset)
    return _render(request, "events.html", {"filters": filters, "events": _event_views(page.items)})


@router.get("/actors/{actor}", response_class=HTMLResponse)
def actor_page(request: Request, actor: Annotated[str, PathParam(max_length=200)]) -> HTMLResponse:
    page = store_of(request).events(Filters(actor=actor), limit=200)
    return _render(request, "actor.html", {"actor": actor, "events": _event_views(page.items)})


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, filters: Filters = Depends(event_filters)) -> HTMLResponse:
    return _render(request, "timeline.html", {"query": _query_string(request)})


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, filters: Filters = Depends(event_filters)) -> HTMLResponse:
    return _render(request, "network.html", {"query": _query_string(request)})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI description, rendered here (no CDN assets); raw at /openapi.json."""
    spec = request.app.openapi()
    routes = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            routes.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                           "params": [(p["name"], p.get("in"), (p.get("schema") or {}).get("description")
                                       or p.get("description") or "") for p in op.get("parameters", [])]})
    return _render(request, "docs.html", {"routes": routes, "title": spec["info"]["title"],
                                          "version": spec["info"]["version"]})


def _event_views(rows: list[Any]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        d = as_json(r)
        d["evidence_text"] = d.pop("sentence", "")
        out.append(d)
    return out
