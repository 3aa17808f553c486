"""`dateline ingest PATH|URL... [--db URL] [--workers N] [--dask ADDRESS --out DIR]`."""
from __future__ import annotations

import gc
import json
from pathlib import Path
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
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help="Processes running the NLP "
                                                "(default: all cores; 1 = in this process). With --dask local: "
                                                "the LocalCluster's workers.")] = None,
    dask: Annotated[str | None, typer.Option("--dask", metavar="ADDRESS", help="Run on a Dask cluster: "
                                             "tcp://SCHEDULER:8786, or 'local' for a LocalCluster.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="With --dask: write the records as Parquet "
                                             "partitions here (without --db: Parquet only).")] = None,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first failure.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="One line per stored article.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Run the pipeline over the inputs and store every article (once: re-runs skip what is
    stored, and re-process what an older pipeline version stored). Exits 1 if any input failed."""
    from dateline.scale.local import default_workers, start_forkserver, tune_gc

    # perfrest56: this process reads, cleans and stores every article (and with one worker
    # annotates them too): the workers' collector thresholds, for the same reason. With
    # Python's defaults its collections took 0.17 of its 1.66 s CPU on 200 Reuters articles
    # with two workers (0.08 with these); they are put back when the command returns.
    saved_gc = gc.get_threshold()
    tune_gc()
    try:
        n_workers = workers or default_workers()
        if dask is None and n_workers > 1:
            start_forkserver()  # it loads the model while this process opens the store and reads

        from dateline.api import _iso_date
        from dateline.errors import ConfigError
        from dateline.scale.progress import IngestProgress
        from dateline.store import Store
        from dateline.store.ingest import Failure, ingest

        if out is not None and dask is None:
            raise ConfigError("--out needs --dask (for a local run, use `dateline export --format parquet`)")
        pub = _iso_date(published)
        progress = IngestProgress(paths, enabled=False if quiet else None)

        def report(origin: str, result: object) -> None:
            progress.advance()
            if isinstance(result, Failure):
                progress.say(f"dateline: error: {result}")
            elif verbose:
                progress.say(f"{result.value}: {origin}")

        runner = None
        if dask is not None:
            from dateline.scale.dask_runner import DaskRunner, connect

            runner = DaskRunner(connect(dask, n_workers=n_workers), out_dir=str(out.resolve()) if out else None,
                                keep=out is None or db is not None, own_client=True,
                                clean=(pub, min_words))
        store = None if (out is not None and db is None) else Store.open(db)
        try:
            with progress:
                rep = ingest(store, paths, input_format=input_format, published=pub, min_words=min_words,
                             fail_fast=fail_fast, on_result=report, workers=n_workers, runner=runner)
            where = store.url if store is not None else f"parquet: {out}"
            if store is not None and out is not None:
                where += f", parquet: {out}"
        finally:
            if store is not None:
                store.close()
            if runner is not None:
                runner.close()
        if as_json:
            print(json.dumps({"stored": rep.stored, "replaced": rep.replaced, "unchanged": rep.unchanged,
                              "failed": [str(f) for f in rep.failures], "interrupted": rep.interrupted, "db": where,
                              "seconds": round(rep.seconds, 3), "articles_per_s": round(rep.rate, 2)},
                             ensure_ascii=False))
        else:
            print(f"{rep.summary()} ({where})")
        if rep.interrupted:
            progress.say("dateline: interrupted; run the same command again to finish")
            raise typer.Exit(130)
        if rep.failed:
            raise typer.Exit(1)
    finally:  # an in-process caller (tests, CliRunner) gets its own settings back
        gc.set_threshold(*saved_gc)
