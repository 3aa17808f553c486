"""The publication day a page declares in its own structured metadata (schema.org, Open Graph).

htmldate is the main source (html.py); this is a second opinion it lacks in one case:
schema.org dates written in a non-ISO form ("Tue, Sep 15 2020 10:01:41 EDT") that
htmldate cannot parse, after which it falls back to any date in the text (a photo
caption, a related story). The publisher's declared date is then the better answer.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_DECLARED = [re.compile(p, re.I) for p in (
    r'"datePublished"\s*:\s*"([^"]{6,60})"',
    r'<meta[^<>]+(?:property|name|itemprop)\s*=\s*["\'](?:article:published_time|datePublished|og:published_time)["\']'
    r'[^<>]*\scontent\s*=\s*["\']([^"\']{6,60})["\']',
    r'<meta[^<>]+content\s*=\s*["\']([^"\']{6,60})["\'][^<>]*(?:property|name|itemprop)\s*=\s*'
    r'["\'](?:article:published_time|datePublished|og:published_time)["\']',
)]
# Only the page head and early body carry the main entity's metadata; liveblogs and
# recirculation widgets later on declare dates of other items.
_SCAN_CHARS = 400_000


@dataclass(frozen=True)
class Declared:
    """A declared publication date: the day as written, and the instant when it has a UTC offset."""

    day: dt.date
    instant: dt.datetime | None = None

    def reachable_days(self) -> set[dt.date]:
        """Local days this instant falls on somewhere on Earth's inhabited offsets (UTC-10 to UTC+14).

        Without an explicit offset we cannot tell, so only the day as written counts.
        """
        if self.instant is None:
            return {self.day}
        utc = self.instant.astimezone(dt.timezone.utc)
        return {(utc + dt.timedelta(hours=h)).date() for h in (-10, 0, 14)}


def declared_published(page: str) -> dt.date | None:
    """The first publication date declared in JSON-LD or meta tags that parses as a date."""
    found = declared_timestamp(page)
    return found.day if found else None


def declared_timestamp(page: str) -> Declared | None:
    head = page[:_SCAN_CHARS]
    hits = sorted((m.start(), m.group(1)) for rx in _DECLARED for m in rx.finditer(head))
    for _, value in hits:
        found = _parse(value)
        if found and _plausible(found.day):
            return found
    return None


def _plausible(day: dt.date) -> bool:
    """A web news date: not before the web had news sites, not in the future. This also
    rejects dates in other calendars written in ISO form (Solar Hijri "1399-02-21")."""
    return dt.date(1995, 1, 1) <= day <= dt.date.today() + dt.timedelta(days=1)


def _parse(value: str) -> Declared | None:
    from dateutil import parser

    value = value.strip()
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return Declared(stamp.date(), stamp if stamp.tzinfo else None)
    except ValueError:
        pass
    try:
        return Declared(dt.date.fromisoformat(value[:10]))
    except ValueError:
        pass
    try:
        # Day as written on the page (its own time zone): no conversion to UTC.
        return Declared(parser.parse(value, fuzzy=False, ignoretz=True).date())
    except (ValueError, OverflowError, parser.ParserError):
        return None
