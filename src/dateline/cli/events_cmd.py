"""`dateline events [filters]`: stored events as a table, or JSON with --json.

Also home of the options every store command shares (--db, the filters, --json).
"""
from __future__ import annotations

import dataclasses
import json
from typing import Annotated, Any

import typer

DbOpt = Annotated[str | None, typer.Option("--db", help="Database: SQLite file or postgresql://... "
                                                         "(default $DATELINE_DB, else ./dateline.db).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine output: one JSON document.")]
ActorOpt = Annotated[str | None, typer.Option(help="Actor name (substring) or CAMEO actor code (prefix: RUS, RUSGOV).")]
CountryOpt = Annotated[str | None, typer.Option(help="Country of an actor or of the event (ISO code or name).")]
CodeOpt = Annotated[str | None, typer.Option(help="CAMEO event code or prefix (04 = every 04x event).")]
RootOpt = Annotated[str | None, typer.Option(help="CAMEO root code (01..20).")]
QuadOpt = Annotated[int | None, typer.Option("--quad", help="Quad class: 1 verbal coop., 2 material coop., "
                                                             "3 verbal conflict, 4 material conflict.")]
SinceOpt = Annotated[str | None, typer.Option(help="From this ISO date on (inclusive).")]
UntilOpt = Annotated[str | None, typer.Option(help="Up to this ISO date (inclusive).")]
DateFieldOpt = Annotated[str, typer.Option("--date-field", help="Dates filter the event day ('event') or the "
                                                                 "publication day ('published').")]
PlaceOpt = Annotated[str | None, typer.Option(help="Event location or dateline (substring).")]
SourceOpt = Annotated[str | None, typer.Option(help="Article URL, path or publisher (substring).")]
LimitOpt = Annotated[int, typer.Option(help="Rows to show (1..1000).")]
OffsetOpt = Annotated[int, typer.Option(help="Rows to skip.")]


def make_filters(**kwargs: Any):  # -> Filters (import kept lazy for a fast --help)
    from dateline.store import Filters

    return Filters(**kwargs)


def open_store(db: str | None):
    """Open an existing database for reading; a missing SQLite file is an error, not a new one."""
    from dateline.store import Store

    return Store.open(db, create=False)


def print_json(value: Any) -> None:
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)
    print(json.dumps(value, ensure_ascii=False, indent=2))


def events_command(
    actor: ActorOpt = None,
    country: CountryOpt = None,
    code: CodeOpt = None,
    root: RootOpt = None,
    quad: QuadOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    date_field: DateFieldOpt = "event",
    place: PlaceOpt = None,
    source: SourceOpt = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Only events of articles matching this "
                                                                     "full-text query.")] = None,
    limit: LimitOpt = 50,
    offset: OffsetOpt = 0,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List stored events: who did what to whom, when and where, with the evidence sentence."""
    filters = make_filters(actor=actor, country=country, code=code, root=root, quad_class=quad, since=since,
                           until=until, date_field=date_field, place=place, source=source, query=query)
    with open_store(db) as store:
        page = store.events(filters, limit=limit, offset=offset)
    if as_json:
        print_json(page)
        return
    _render(page)


def _actor(a: dict[str, Any]) -> str:
    if a.get("code") and a.get("name"):
        return f"{a['name']} ({a['code']})"
    return a.get("name") or a.get("code") or ""


def _render(page: Any) -> None:
    from rich.table import Table

    from dateline.cli.render import console

    table = Table("day", "code", "event", "source", "target", "where", "article",
                  title=f"{page.total} events" + (f" (showing {page.offset + 1}-{page.offset + len(page.items)})"
                                                  if page.total > len(page.items) else ""))
    for ev in page.items:
        table.add_row(ev.day or "", ev.code, ev.label or "", _actor(ev.source), _actor(ev.target),
                      (ev.location or {}).get("name") or "", ev.article_id)
    console.print(table)
