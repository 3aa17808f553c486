"""`dateline export --format jsonl|csv|parquet|gdelt [--out PATH]`: stored data to files."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from dateline.cli.events_cmd import CountryOpt, DbOpt, SinceOpt, UntilOpt, make_filters, open_store


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


class Table(str, Enum):
    events = "events"
    articles = "articles"


def export_command(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl (contract records), csv, "
                                                                         "parquet, gdelt (GDELT 2.0 TSV).")],
    out: Annotated[Path | None, typer.Option(help="Output file (jsonl, csv: default stdout; parquet: "
                                                  "required); for gdelt a folder (default .).")] = None,
    table: Annotated[Table, typer.Option(help="csv and parquet: one row per event, or per article.")] = Table.events,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Only articles matching this full-text "
                                                                     "query.")] = None,
    country: CountryOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    db: DbOpt = None,
) -> None:
    """Export stored articles. JSONL is one contract record per line; gdelt writes
    <stamp>.export.CSV (61 columns) and <stamp>.mentions.CSV (16 columns)."""
    from dateline.errors import ConfigError
    from dateline.export import write_csv, write_gdelt, write_jsonl, write_parquet

    filters = make_filters(query=query, country=country, since=since, until=until)
    with open_store(db) as store:
        records = store.iter_records(filters)
        if format is ExportFormat.gdelt:
            ev, men, n = write_gdelt(records, out or Path("."), store.stored_at)
            print(f"{n} events -> {ev}, {men}", file=sys.stderr)
        elif format is ExportFormat.parquet:
            if out is None:
                raise ConfigError("--format parquet needs --out FILE (Parquet is binary)")
            n = write_parquet(records, out, table.value)
            print(f"{n} {table.value[:-1]} rows -> {out}", file=sys.stderr)
        else:
            with (open(out, "w", encoding="utf-8", newline="") if out else _stdout()) as fh:
                if format is ExportFormat.jsonl:
                    n = write_jsonl(records, fh)
                    what = "articles"
                else:
                    n = write_csv(records, fh, table.value)
                    what = f"{table.value[:-1]} rows"
            if out:
                print(f"{n} {what} -> {out}", file=sys.stderr)


class _stdout:
    """sys.stdout as a context manager that is flushed, not closed."""

    def __enter__(self):
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        sys.stdout.flush()
