"""`dateline serve`: the REST API and web UI under uvicorn."""
from __future__ import annotations

from typing import Annotated

import typer


def serve_command(
    db: Annotated[str | None, typer.Option(help="Database URL or SQLite file (default $DATELINE_DB or ./dateline.db).")] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API (/api, OpenAPI at /docs) and the web UI (/) over the database."""
    import uvicorn

    from dateline.serve import create_app

    app = create_app(db)
    typer.echo(f"dateline: serving {app.state.store.url} at http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
