"""What to look for: one Filters value for articles, events, timelines and networks.

Values are checked when the Filters is made (strict ISO dates, CAMEO code digits, quad
class 1..4), so a bad CLI option or API parameter fails with a reason before any query.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields, replace
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement

from dateline.errors import ConfigError
from dateline.store.schema import articles, events

_CODE = re.compile(r"^\d{2,4}$")


@dataclass(frozen=True)
class Filters:
    """Every field is optional; set fields are ANDed.

    actor       name (case-insensitive substring) or CAMEO actor code (prefix: RUS, RUSGOV)
    country     ISO 3166 alpha-3, alpha-2 or English name; source, target or event location
    code        CAMEO event code or prefix ("04" = every 04x event, "042")
    root        CAMEO root code ("04")
    quad_class  1 verbal cooperation .. 4 material conflict
    since/until inclusive ISO dates, on the event day or the publication day (date_field)
    place       event location or dateline place (substring)
    source      URL, path or publisher of the article (substring)
    query       full text over headline and body
    """

    actor: str | None = None
    country: str | None = None
    code: str | None = None
    root: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    date_field: Literal["event", "published"] = "event"
    place: str | None = None
    source: str | None = None
    query: str | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            val = getattr(self, f.name)
            if isinstance(val, str):
                # NUL cannot go into a PostgreSQL text parameter; blank (an empty form
                # field) means "not set"
                val = val.replace("\x00", "").strip() or None
                object.__setattr__(self, f.name, val)
        object.__setattr__(self, "since", _iso_day(self.since, "since"))
        object.__setattr__(self, "until", _iso_day(self.until, "until"))
        object.__setattr__(self, "country", _country(self.country))
        for name in ("code", "root"):
            val = getattr(self, name)
            if val is not None and not _CODE.match(val.zfill(2)):
                raise ConfigError(f"{name} must be a CAMEO code of 2 to 4 digits such as 04 or 042, not {val!r}")
        if self.root is not None:
            object.__setattr__(self, "root", self.root.zfill(2))
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise ConfigError(f"quad_class must be 1, 2, 3 or 4, not {self.quad_class!r}")
        if self.date_field not in ("event", "published"):
            raise ConfigError(f"date_field must be 'event' or 'published', not {self.date_field!r}")

    def without_query(self) -> "Filters":
        return replace(self, query=None)

    @property
    def has_event_filters(self) -> bool:
        dates = self.date_field == "event" and (self.since or self.until)
        return bool(self.actor or self.country or self.code or self.root or self.quad_class or dates)


def _iso_day(value: str | dt.date | None, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ConfigError(f"{name} must be an ISO date such as 2018-04-10, not {value!r}") from None


#: everyday English names that ISO 3166 (and so pycountry) spells otherwise.
_COUNTRY_ALIASES = {
    "russia": "RUS", "uk": "GBR", "britain": "GBR", "great britain": "GBR", "england": "GBR", "turkey": "TUR",
    "ivory coast": "CIV", "palestine": "PSE", "burma": "MMR", "holland": "NLD", "macedonia": "MKD",
    "east timor": "TLS", "cape verde": "CPV", "swaziland": "SWZ", "vatican": "VAT", "drc": "COD",
    "dr congo": "COD", "democratic republic of congo": "COD", "democratic republic of the congo": "COD",
}


def _country(value: str | None) -> str | None:
    """ISO alpha-3 for a code or an English name; other codes (IGO, EUR) stay as given."""
    if value is None:
        return None
    import pycountry

    alias = _COUNTRY_ALIASES.get(value.casefold())
    if alias:
        return alias
    try:
        return pycountry.countries.lookup(value).alpha_3
    except LookupError:
        return value.upper()


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(col: ColumnElement, text: str) -> ColumnElement[bool]:
    return col.ilike(_like(text), escape="\\")


def _day_range(col: ColumnElement, f: Filters) -> list[ColumnElement[bool]]:
    out = []
    if f.since:
        out.append(col >= f.since)
    if f.until:
        out.append(col <= f.until)
    return out


def event_clauses(f: Filters) -> list[ColumnElement[bool]]:
    """Conditions on the events table alone."""
    out: list[ColumnElement[bool]] = []
    if f.actor:
        a = f.actor.strip()
        code = _like(a.upper())[1:]  # prefix: RUS matches RUSGOV
        out.append(sa.or_(events.c.source_code.like(code, escape="\\"), events.c.target_code.like(code, escape="\\"),
                          contains(events.c.source_name, a), contains(events.c.target_name, a)))
    if f.country:
        out.append(sa.or_(events.c.source_country == f.country, events.c.target_country == f.country,
                          events.c.location_country == f.country))
    if f.code:
        out.append(events.c.code.like(f.code + "%"))
    if f.root:
        out.append(events.c.root == f.root)
    if f.quad_class:
        out.append(events.c.quad_class == f.quad_class)
    if f.date_field == "event":
        out.extend(_day_range(events.c.day, f))
    return out


def article_clauses(f: Filters) -> list[ColumnElement[bool]]:
    """Conditions on the articles table alone (full text is joined separately, see fts)."""
    out: list[ColumnElement[bool]] = []
    if f.source:
        out.append(sa.or_(contains(articles.c.source_url, f.source), contains(articles.c.source_path, f.source),
                          contains(articles.c.publisher, f.source)))
    if f.date_field == "published":
        out.extend(_day_range(articles.c.published_day, f))
    return out


def event_place_clause(place: str) -> ColumnElement[bool]:
    """An event is at `place` when its location says so or, lacking a location, when the
    article's dateline does (a dateline is where the reporter filed from)."""
    return sa.or_(contains(events.c.location_name, place),
                  sa.and_(events.c.location_name.is_(None), contains(articles.c.dateline, place)))


def article_place_clause(place: str) -> ColumnElement[bool]:
    located = sa.exists().where(events.c.article_id == articles.c.id, contains(events.c.location_name, place))
    return sa.or_(contains(articles.c.dateline, place), located)
