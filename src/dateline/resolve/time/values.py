"""TIMEX3 calendar values: a point in time at a granularity, shifted and formatted.

A `Point` is the date a value starts on plus the granularity it is written at, so that
"last month" (granularity M) and "yesterday" (granularity D) can share one arithmetic and
one formatter. Seasons, decades and centuries are granularities too.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

#: granularities, coarsest last: day, week, weekend, month, quarter, half, season, year,
#: decade (E), century (C). Part-of-day and clock times ride on a day Point (`tod`).
GRANS = ("D", "W", "WE", "M", "Q", "H", "S", "Y", "E", "C")
SEASON_CODES = ("WI", "SP", "SU", "FA")  # index = season number, winter first
#: the month a season is said to start in (northern hemisphere, news convention)
SEASON_START = {"WI": 12, "SP": 3, "SU": 6, "FA": 9}


@dataclass(frozen=True)
class Point:
    """A calendar value: the day it starts on, its granularity, and an optional time of day."""

    date: dt.date
    gran: str
    tod: str | None = None  # "MO", "AF", "EV", "NI" or "15:00"
    season: str | None = None

    def value(self) -> str:
        return fmt(self)


def season_of(day: dt.date) -> tuple[int, str]:
    """The (year, code) of the season `day` lies in; December belongs to next year's winter."""
    m = day.month
    if m == 12:
        return day.year + 1, "WI"
    if m <= 2:
        return day.year, "WI"
    return day.year, SEASON_CODES[(m - 3) // 3 + 1]


def season_point(year: int, code: str) -> Point:
    start = SEASON_START[code]
    return Point(dt.date(year - 1 if code == "WI" else year, start, 1), "S", season=code)


def add_months(day: dt.date, n: int) -> dt.date:
    y, m = divmod(day.month - 1 + n, 12)
    year = day.year + y
    if not 1 <= year <= 9999:
        raise OverflowError("year out of range")
    last = calendar.monthrange(year, m + 1)[1]
    return dt.date(year, m + 1, min(day.day, last))


def truncate(day: dt.date, gran: str) -> dt.date:
    """The first day of the `gran` period containing `day`."""
    if gran in ("D",):
        return day
    if gran in ("W", "WE"):
        return day - dt.timedelta(days=day.weekday())
    if gran == "M":
        return day.replace(day=1)
    if gran == "Q":
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if gran == "H":
        return dt.date(day.year, 1 if day.month <= 6 else 7, 1)
    if gran == "Y":
        return dt.date(day.year, 1, 1)
    if gran == "E":
        return dt.date(max(day.year // 10 * 10, 1), 1, 1)
    if gran == "C":
        return dt.date(max(day.year // 100 * 100, 1), 1, 1)
    raise ValueError(gran)


def at(day: dt.date, gran: str) -> Point:
    """The `gran` period around `day` ("this month" of a day, etc.)."""
    if gran == "S":
        y, code = season_of(day)
        return season_point(y, code)
    return Point(truncate(day, gran), gran)


def shift(p: Point, n: int) -> Point:
    """`p` moved by n of its own units (n may be negative)."""
    g = p.gran
    if g == "D":
        return replace(p, date=p.date + dt.timedelta(days=n))
    if g in ("W", "WE"):
        return replace(p, date=p.date + dt.timedelta(weeks=n))
    months = {"M": 1, "Q": 3, "H": 6, "S": 3, "Y": 12, "E": 120, "C": 1200}[g]
    if g == "S":  # seasons step a year at a time when named ("last summer")
        months = 12
    return replace(p, date=add_months(p.date, months * n))


def fmt(p: Point) -> str:
    """The TIMEX3 value string of a point."""
    d, g = p.date, p.gran
    if g == "D":
        out = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
        return out + ("T" + p.tod if p.tod else "")
    if g == "W":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if g == "WE":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if g == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if g == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if g == "H":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if g == "S":
        code = p.season or season_of(d)[1]
        year = d.year + 1 if code == "WI" and d.month == 12 else d.year
        return f"{year:04d}-{code}"
    if g == "Y":
        return f"{d.year:04d}"
    if g == "E":
        return f"{d.year // 10:03d}"
    if g == "C":
        return f"{d.year // 100:02d}"
    raise ValueError(g)


#: what a value looks like when there is no anchor to resolve it against
UNRESOLVED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX",
              "Q": "XXXX-QX", "H": "XXXX-HX", "S": "XXXX-XX", "Y": "XXXX", "E": "XXX", "C": "XX"}

#: TIMEX3 duration unit letters; decades and centuries use TimeML's E and C
DURATION_UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D",
                  "week": "W", "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q",
                  "year": "Y", "decade": "E", "century": "C", "millennium": "L"}
CLOCK_UNITS = {"second", "minute", "hour"}
UNIT_GRAN = {"day": "D", "night": "D", "week": "W", "weekend": "WE", "fortnight": "W",
             "month": "M", "quarter": "Q", "year": "Y", "decade": "E", "century": "C"}


def duration(n: float | None, unit: str) -> str:
    """P3Y, PT5H, PXY (n unknown), P2Y6M for fractional years, P2W for a fortnight."""
    letter = DURATION_UNITS[unit]
    if unit == "fortnight" and n is not None:
        n *= 2
    if unit == "weekend":
        return "P2D" if n == 1 else f"P{_num(n)}WE"
    prefix = "PT" if unit in CLOCK_UNITS else "P"
    if n is not None and n != int(n):
        whole, frac = int(n), n - int(n)
        sub = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "M": (60, "S") if unit == "minute" else (30, "D")}
        if letter in sub and not (unit == "month"):
            k, small = sub[letter]
            part = f"{whole}{letter}" if whole else ""
            t = "T" if letter == "D" and prefix == "P" else ""
            return f"{prefix}{part}{t}{round(frac * k)}{small}"
    return f"{prefix}{_num(n)}{letter}"


def _num(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else str(n)
