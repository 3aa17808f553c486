"""The FastAPI app: JSON API under /api, HTML pages at /, static assets bundled in the package.

Every handler is a thin shell over one Store call. The API is read-only: only GET exists.
Article content is untrusted: templates autoescape, scripts run only from /static (CSP).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from dateline import __version__
from dateline.model import Article
from dateline.serve.errors import install_error_handlers
from dateline.serve.highlight import article_marks, segment
from dateline.serve.params import Limit, Offset, event_filters
from dateline.store import Store
from dateline.store.filters import Filters

HERE = Path(__file__).resolve().parent
ID = Annotated[str, PathParam(pattern=r"^[0-9a-f]{1,64}$", description="article id")]
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(db: str | None = None, *, store: Store | None = None) -> FastAPI:
    """The app over the database `db` (URL or SQLite path; default as the CLI's)."""
    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  description="Structured, searchable facts from news: articles, events, actors, timelines.")
    app.state.store = store or Store.open(db, create=False)
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    from dateline.serve import api_routes, page_routes

    app.include_router(api_routes.router)
    app.include_router(page_routes.router)
    return app


def store_of(request: Request) -> Store:
    return request.app.state.store


def as_json(value: Any) -> Any:
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value
