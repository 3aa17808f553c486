"""`dateline ingest PATH|URL... [--db URL]`: extract articles and store them."""
from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from dateline.cli.events_cmd import DbOpt, JsonOpt


def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs, or - for stdin.")],
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option(help="Publication date (ISO) to resolve times against.")] = None,
    input_format: Annotated[str | None, typer.Option("--input-format", help="Force a reader: text, html, pdf, "
                                                                             "feed, warc.")] = None,
    min_words: Annotated[int, typer.Option(help="A body with fewer words is 'no article text' and not "
                                                "stored.")] = 20,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first failure.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="One line per stored article.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Run the pipeline over the inputs and store every article (once: re-runs skip what is
    stored, and re-process what an older pipeline version stored). Exits 1 if any input failed."""
    from dateline.api import _iso_date
    from dateline.store import Store
    from dateline.store.ingest import Failure, ingest

    def report(origin: str, result: object) -> None:
        if isinstance(result, Failure):
            print(f"dateline: error: {result}", file=sys.stderr, flush=True)
        elif verbose:
            print(f"{result.value}: {origin}", file=sys.stderr, flush=True)

    with Store.open(db) as store:
        rep = ingest(store, paths, input_format=input_format, published=_iso_date(published), min_words=min_words,
                     fail_fast=fail_fast, on_result=report)
        where = store.url
    if as_json:
        print(json.dumps({"stored": rep.stored, "replaced": rep.replaced, "unchanged": rep.unchanged,
                          "failed": [str(f) for f in rep.failures], "interrupted": rep.interrupted, "db": where},
                         ensure_ascii=False))
    else:
        print(f"{rep.summary()} ({where})")
    if rep.interrupted:
        print("dateline: interrupted; run the same command again to finish", file=sys.stderr)
        raise typer.Exit(130)
    if rep.failed:
        raise typer.Exit(1)
