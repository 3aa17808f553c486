"""`dateline extract PATH...`: print the article record(s)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from dateline.cli.render import render_summary


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    summary = "summary"


def extract_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs, or - for stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="json, jsonl or summary.")] = OutputFormat.json,
    published: Annotated[str | None, typer.Option(help="Publication date (ISO) to resolve times against.")] = None,
    input_format: Annotated[str | None, typer.Option("--input-format", help="Force a reader: text, html, pdf, feed, warc.")] = None,
) -> None:
    """Extract articles and print their records (one JSON object for one article with --format json)."""
    from dateline.api import _iso_date, load_pipeline
    from dateline.errors import DatelineError
    from dateline.ingest.sources import iter_sources, read_arg

    pub = _iso_date(published)
    pipeline = load_pipeline()
    records, failed = [], 0
    for arg in iter_sources(paths):
        try:
            for raw in read_arg(arg, fmt=input_format):
                art = pipeline.process(raw, published=pub)
                if format is OutputFormat.jsonl:
                    print(json.dumps(art.to_dict(), ensure_ascii=False), flush=True)
                elif format is OutputFormat.summary:
                    render_summary(art)
                else:
                    records.append(art.to_dict())
        except DatelineError as exc:
            failed += 1
            print(f"dateline: error: {exc}", file=sys.stderr)
    if format is OutputFormat.json and records:
        out = records[0] if len(records) == 1 else records
        print(json.dumps(out, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)
