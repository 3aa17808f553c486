"""Datelines at the head of the first paragraph: "MOSCOW (Reuters) -", "RIYADH, Sept 15 (Reuters) -",
"TEHRAN, Iran (AP) —", "WASHINGTON, March 3 -", and Wikinews' "Tuesday, April 10, 2018"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.clean.dates import FoundDate, find_dates

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_CAPS = r"[A-Z][A-Z'./\-]+"
_DATELINE = re.compile(
    rf"(?P<place>{_CAPS}(?: {_CAPS}){{0,3}})"
    rf"(?:,\s+(?!{_MONTH}\s+\d)(?P<region>[A-Z][a-zA-Z.]+(?: [A-Z][a-zA-Z.]+){{0,2}}))?"
    rf"(?:,\s+{_MONTH}\s+\d{{1,2}})?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?"
    r"\s*(?:--?|—|–)\s+(?=\S)"
)
_WEEKDAY_DATE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+" + _MONTH + r"\s+\d{1,2},\s+\d{4}\s+(?=\S)"
)


@dataclass
class Dateline:
    """The dateline found at the head of the body and how many characters it took."""

    place: str | None
    agency: str | None
    length: int
    date: FoundDate | None = None


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening `paragraph`, or None. The place must be in capitals."""
    m = _WEEKDAY_DATE.match(paragraph)
    if m:
        dates = find_dates(m.group(0))
        return Dateline(None, None, m.end(), dates[0] if dates else None)
    m = _DATELINE.match(paragraph)
    if not m or len(re.sub(r"[^A-Z]", "", m.group("place"))) < 3:
        return None
    place = m.group("place")
    if m.group("region"):
        place = f"{place}, {m.group('region')}"
    return Dateline(place, m.group("agency"), m.end())
