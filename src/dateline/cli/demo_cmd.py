"""`dateline demo`: the README's main job on the bundled samples."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def demo_command(
    samples: Annotated[Path, typer.Option(help="Folder of sample articles.")] = Path("samples"),
) -> None:
    """Extract every bundled sample article and print a readable summary of each."""
    from dateline.cli.render import console, render_summary
    from dateline.errors import ConfigError, DatelineError
    from dateline.api import load_pipeline
    from dateline.ingest.sources import iter_sources, read_arg

    if not samples.is_dir():
        raise ConfigError(f"no samples folder at {samples}; run from the repository root or pass --samples")
    pipeline = load_pipeline()
    failed = 0
    for arg in iter_sources([str(samples)]):
        try:
            for raw in read_arg(arg):
                render_summary(pipeline.process(raw))
        except DatelineError as exc:
            failed += 1
            console.print(f"[red]error:[/] {exc}")
    if failed:
        raise typer.Exit(1)
