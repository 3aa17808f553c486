"""`dateline demo`: the README's main job. Ingest the bundled samples into the embedded SQLite
database, show what was found in each, and serve the web UI over it."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def demo_command(
    samples: Annotated[Path, typer.Option(help="Folder of sample articles.")] = Path("samples"),
    db: Annotated[str, typer.Option(help="Database (SQLite file or URL).")] = "dateline.db",
    host: Annotated[str, typer.Option(help="Interface for the web UI.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port for the web UI.")] = 8000,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the UI afterwards.")] = True,
) -> None:
    """Ingest the bundled samples into SQLite, summarise each article, then serve the UI."""
    from dateline.cli.render import console, render_summary
    from dateline.errors import ConfigError
    from dateline.store import Store
    from dateline.store.ingest import Failure, ingest

    if not samples.is_dir():
        raise ConfigError(f"no samples folder at {samples}; run from the repository root or pass --samples")

    def report(origin: str, result: object) -> None:
        if isinstance(result, Failure):
            console.print(f"[red]error:[/] {result}")

    with Store.open(db) as store:
        rep = ingest(store, [str(samples)], on_result=report)
        for page_item in store.search(limit=100).items:
            article = store.get(page_item.id)
            if article is not None:
                render_summary(article)
        console.print(f"[bold]{rep.summary()}[/] into {store.url}")
    if rep.failed:
        raise typer.Exit(1)
    if serve:
        from dateline.cli.serve_cmd import serve_command

        serve_command(db=db, host=host, port=port)
