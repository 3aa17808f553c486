"""`dateline show ID`: one stored article, as a readable summary or its JSON record."""
from __future__ import annotations

import json
from typing import Annotated

import typer

from dateline.cli.events_cmd import DbOpt, JsonOpt, open_store


def show_command(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id (from search or ingest).")],
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a stored article: entities, times, quotes and events, or the contract record with --json."""
    from dateline.cli.render import render_summary
    from dateline.errors import StoreError
    from dateline.model import Article

    with open_store(db) as store:
        record = store.record(article_id)
    if record is None:
        raise StoreError(f"no stored article has id {article_id!r}; find ids with `dateline search`")
    if as_json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        render_summary(Article.from_dict(record))
