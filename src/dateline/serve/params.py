"""Query parameters shared by the API and the pages, validated strictly and bounded."""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from fastapi import Query

from dateline.errors import ConfigError
from dateline.store.filters import Filters

#: API pages are bounded well below the store's own maximum.
MAX_PAGE = 200
#: ASCII digits only (\d would take Arabic-Indic or full-width ones) and nothing after.
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"items per page, 1..{MAX_PAGE}")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]


def event_filters(
    actor: Annotated[str | None, Query(max_length=200, description="actor name or CAMEO actor code")] = None,
    country: Annotated[str | None, Query(max_length=60, description="ISO 3166 country (code or name)")] = None,
    code: Annotated[str | None, Query(max_length=4, description="CAMEO event code or prefix")] = None,
    root: Annotated[str | None, Query(max_length=2, description="CAMEO root code")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1..4")] = None,
    since: Annotated[str | None, Query(max_length=10, description="first day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=10, description="last day, YYYY-MM-DD")] = None,
    date_field: Annotated[Literal["event", "published"], Query(description="which date since/until apply to")] = "event",
    place: Annotated[str | None, Query(max_length=200, description="event location or dateline place")] = None,
    source: Annotated[str | None, Query(max_length=500, description="URL, path or publisher")] = None,
) -> Filters:
    # Empty form fields mean "not set"; anything else must be exactly YYYY-MM-DD.
    for name, value in (("since", since), ("until", until)):
        if value and not _is_day(value):
            raise ConfigError(f"{name} must be a real date written YYYY-MM-DD, not {value!r}")
    return Filters(actor=actor, country=country, code=code, root=root, quad_class=quad_class, since=since,
                   until=until, date_field=date_field, place=place, source=source)


def _is_day(value: str) -> bool:
    """YYYY-MM-DD and a day that exists (2024-02-30 does not)."""
    if not _DAY.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True
