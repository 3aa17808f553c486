"""`dateline search QUERY [filters]`: full-text search over stored articles."""
from __future__ import annotations

from typing import Annotated, Any

import typer

from dateline.cli.events_cmd import (
    ActorOpt,
    CodeOpt,
    CountryOpt,
    DateFieldOpt,
    DbOpt,
    JsonOpt,
    LimitOpt,
    OffsetOpt,
    PlaceOpt,
    QuadOpt,
    RootOpt,
    SinceOpt,
    SourceOpt,
    UntilOpt,
    make_filters,
    open_store,
    print_json,
)


def search_command(
    query: Annotated[str, typer.Argument(help='Words (ANDed), "a phrase", OR, -excluded; "" lists everything.')],
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
    limit: LimitOpt = 20,
    offset: OffsetOpt = 0,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Search stored articles by full text (headline and body) and filters; best match first."""
    filters = make_filters(actor=actor, country=country, code=code, root=root, quad_class=quad, since=since,
                           until=until, date_field=date_field, place=place, source=source, query=query or None)
    with open_store(db) as store:
        page = store.search(filters=filters, limit=limit, offset=offset)
    if as_json:
        print_json(page)
        return
    _render(page)


def _render(page: Any) -> None:
    from rich.table import Table

    from dateline.cli.render import console

    shown = f" (showing {page.offset + 1}-{page.offset + len(page.items)})" if page.total > len(page.items) else ""
    table = Table(title=f"{page.total} articles{shown}")
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("headline", ratio=3)
    table.add_column("events", justify="right")
    table.add_column("source", ratio=2, overflow="fold")
    for a in page.items:
        table.add_row(a.id, (a.published or "")[:10], a.headline or "", str(a.events), _short(a.source))
    console.print(table)


def _short(source: str | None) -> str:
    """A URL as it is; a path by its file name (the folder rarely helps in a table)."""
    if not source or "://" in source:
        return source or ""
    from pathlib import Path

    return Path(source).name
