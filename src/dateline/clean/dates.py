"""Dates as news pages print them: "April 10,2018", "10 April 2018", "2018-04-10",
"Tuesday, April 10, 2018 4:12 PM", "Aug. 29, 2019", and dates hidden in URLs."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
# "April 10,2018": the missing space after the comma is a common PDF artefact.
_MDY = rf"{_WEEKDAY}?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<year>\d{{4}})"
_DMY = rf"{_WEEKDAY}?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})"
_ISO = r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"
# "10.04.2018": the European dotted form is day first; slashed forms are left alone
# because 04/10/2018 means different days on either side of the Atlantic.
_DOTTED = r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})"
_TIME = (
    r"(?:(?:,|\s+at|\s*[·|—–-])?\s*(?P<time>\d{1,2}[:.]\d{2}(?::\d{2})?)\s*"
    r"(?P<ampm>[AaPp]\.?[Mm]\.?)?(?:\s*\(?(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2})\)?)?)?"
)
_ISO_TIME = r"(?:[T ](?P<time>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
# A date starts a word: the guard (not after a letter or digit) lets the engine skip
# mid-word positions at once (half the time on news copy), and keeps a weekday inside a
# word ("Escrowed\n\nMarch 2, 1987") from swallowing the date after it.
DATE_PATTERNS = [
    re.compile(rf"(?<![^\W_])(?:{p})", re.IGNORECASE)
    for p in (_MDY + _TIME, _DMY + _TIME, _ISO + _ISO_TIME, _DOTTED + _TIME)
]

# Words that announce a date line in a page header.
_DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+)?published|posted|updated|last\s+updated|date|dated|filed)\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)
# URL paths put dates as /2019/05/18/, /2019-05-18/ or /20190518/.
_URL_DATES = [
    re.compile(r"/(?P<year>(?:19|20)\d{2})[/-](?P<mon>[01]\d)[/-](?P<day>[0-3]\d)(?=[/_\-.]|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<mon>[01]\d)(?P<day>[0-3]\d)(?=[/_\-.]|$)"),
]


@dataclass
class FoundDate:
    """A date found in text: its ISO value and where it sat."""

    value: date
    start: int
    end: int
    time: str | None = None

    @property
    def iso(self) -> str:
        return self.value.isoformat()


def _to_date(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    try:
        if groups.get("month"):
            mon = _MONTHS[groups["month"][:3].lower()]
        else:
            mon = int(groups["mon"])
        return date(int(groups["year"]), mon, int(groups["day"]))
    except (KeyError, ValueError):
        return None


def _time_of(m: re.Match[str]) -> str | None:
    raw = m.groupdict().get("time")
    if not raw:
        return None
    hour, minute = (int(x) for x in re.split(r"[:.]", raw)[:2])
    ampm = (m.groupdict().get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


#: Every date pattern holds a four-digit year: a text without four digits in a row holds no date.
_YEAR_DIGITS = re.compile(r"\d{4}")


def find_dates(text: str) -> list[FoundDate]:
    """Every complete calendar date (day, month and year) written in `text`, in order."""
    found: list[FoundDate] = []
    # one cheap scan instead of four case-insensitive ones on texts that cannot hold a date
    if _YEAR_DIGITS.search(text) is None:
        return found
    taken: list[tuple[int, int]] = []
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if not _edges_ok(text, m.start(), m.end()):
                continue
            d = _to_date(m)
            if d is not None:
                found.append(FoundDate(d, m.start(), m.end(), _time_of(m)))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def _edges_ok(text: str, start: int, end: int) -> bool:
    # A date glued to letters or digits ("x2018-04-101") is part of something else.
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def parse_date_line(line: str) -> FoundDate | None:
    """The date if the whole line is a date (optionally "Published", a weekday, a time)."""
    body = _DATE_PREFIX.sub("", line.strip()).strip(" .")
    for pat in DATE_PATTERNS:
        m = pat.fullmatch(body)
        if m:
            d = _to_date(m)
            if d is not None:
                return FoundDate(d, 0, len(line), _time_of(m))
    return None


def url_date(url: str) -> date | None:
    """The publication date a URL path carries, if any (/2026/06/14/, /20190225/)."""
    for pat in _URL_DATES:
        m = pat.search(url)
        if m:
            d = _to_date(m)
            if d is not None:
                return d
    return None
