"""One error shape for every API failure, and never a stack trace in a response.

    {"error": {"status": 404, "message": "no article with id 'abc'"}}
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import ConfigError, DatelineError, StoreError

log = logging.getLogger("dateline.serve")


def error_body(status: int, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"status": status, "message": message}
    if details:
        err["details"] = details
    return {"error": err}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _respond(request: Request, status: int, message: str, details: list[dict[str, Any]] | None = None):
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                          status_code=status)
    return JSONResponse(error_body(status, message, details), status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = [{"param": ".".join(str(p) for p in e.get("loc", ())[1:]) or None, "problem": e.get("msg")}
                   for e in exc.errors()]
        summary = "; ".join(f"{d['param']}: {d['problem']}" for d in details)
        return _respond(request, 422, f"invalid parameters: {summary}", details)

    @app.exception_handler(ConfigError)
    async def bad_value(request: Request, exc: ConfigError):
        return _respond(request, 422, exc.reason)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        if "limit" in exc.reason or "offset" in exc.reason:
            return _respond(request, 422, exc.reason)
        log.error("store error: %s", exc)
        return _respond(request, 503, "the database is unavailable")

    @app.exception_handler(DatelineError)
    async def dateline_error(request: Request, exc: DatelineError):
        return _respond(request, 422, exc.reason)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return _respond(request, 500, "internal error")
