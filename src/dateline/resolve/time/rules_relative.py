"""Dates said relative to now or to the last date mentioned: "yesterday", "last month",
"next week", "on Tuesday", "Tuesday morning", "earlier this month", "the day before",
"the following year", "a year earlier", "two weeks ago", "recently", "now".

Deictic expressions ("last week", "two weeks ago") count from the anchor; anaphoric ones
("the following week", "the day before", "three days later") from the reference time, the
last date the text mentioned, as TimeML's annotation guidelines have it.
"""
from __future__ import annotations

import datetime as dt
import re

from dateline.resolve.time.base import (APPROX, POS, Context, Res, day_point, relative, rule,
                                        weekday_date)
from dateline.resolve.time.base import month_year
from dateline.resolve.time.lexicon import (MONTH, WEEKDAY_HINT, YEAR, month_number, NUMBER, PARTS_OF_DAY, UNIT, UNIT_NEEDS, WEEKDAY, parse_number, unit_of,
                                           weekday_number)
from dateline.resolve.time.values import UNIT_GRAN, Point, add_months, at, shift

_DEICTIC_DAYS = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
                 "today": 0, "tonight": 0, "tomorrow": 1}


# "yesterday", "today", "tomorrow", "tonight", "the day before yesterday", "late yesterday"
@rule(rf"{POS}?(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow))\b",
      needs=r"(?i:yesterday|today|tonight|tomorrow)")
def deictic_day(m: re.Match, ctx: Context) -> Res | None:
    word = " ".join(m["w"].lower().split())
    if word == "today" and _GENERIC_TODAY.match(ctx.text, m.end()):
        return None  # "in today's world", "today's youth": nowadays, not the day (never annotated)
    day = ctx.need_anchor("D") + dt.timedelta(days=_DEICTIC_DAYS[word])
    if word == "tonight":
        return Res("TIME", f"{day.isoformat()}TNI", day_point(day, "NI"))
    return Res("DATE", day.isoformat(), day_point(day))


_GENERIC_TODAY = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:world|society|youth|young|generation|children|kids|culture|"
                            r"standards|climate|era|age)\b")


# TempEval's document-time references: now, currently, recently, the past, the future
_REFS = {
    "PRESENT_REF": r"current(?=\s+[a-z])(?!\s+(?:account|accounts|ly)\b)|right\s+now|just\s+now|now|currently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|"
                   r"the\s+present|the\s+current\s+time|the\s+moment",
    "PAST_REF": r"(?:more\s+|most\s+|until\s+|only\s+|very\s+|quite\s+)?recently|lately|the\s+past|the\s+recent\s+past|"
                r"recent\s+(?:days|weeks|months|quarters|years|decades|times)|past\s+years|the\s+last\s+few\s+(?:days|weeks|months|years)|"
                r"the\s+past\s+few\s+(?:days|weeks|months|years)|in\s+the\s+meantime",
    "FUTURE_REF": r"the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|the\s+(?:near|short|long)\s+term|"
                  r"a\s+later\s+date|future\s+(?:days|weeks|months|quarters|years|decades)|as\s+soon\s+as\s+possible",
}
_REF_RE = "|".join(f"(?P<{k}>{v})" for k, v in _REFS.items())


@rule(rf"(?<![\w-])(?i:{_REF_RE})(?![\w-])")
def reference_word(m: re.Match, ctx: Context) -> Res | None:
    kind = m.lastgroup
    text = m.group().lower()
    if text == "the past" and re.match(r"\s+(?:\d|[a-z]+\s+(?:days|weeks|months|years))", ctx.text[m.end():m.end() + 30]):
        return None
    if text in ("the moment",) and ctx.prev_word(m.start()).lower() not in ("at", "for"):
        return None
    return Res("DATE", kind)


_THIS = {"this": 0, "current": 0, "the current": 0, "this coming": 1, "last": -1, "past": -1,
         "the past": -1, "this past": -1, "next": 1, "coming": 1, "the coming": 1,
         "the latest": 0, "the present": 0}
#: anaphoric determiners count from the reference time, not from the anchor
_THAT = {"the previous": -1, "the preceding": -1, "the prior": -1, "previous": -1, "prior": -1,
         "the following": 1, "the next": 1, "following": 1, "that": 0, "that same": 0,
         "the same": 0, "the very same": 0, "the": 0}
_DETS = "|".join(sorted((d.replace(" ", r"\s+") for d in list(_THIS) + list(_THAT)), key=len, reverse=True))


# "this year", "last month", "next week", "the following year", "that week", "the weekend",
# "earlier this month", "early next year", "the end of the year", "the current fiscal year"
@rule(rf"{POS}?(?P<det>(?i:{_DETS}))\s+(?P<fiscal>(?i:fiscal|calendar|full)\s+)?"
      r"(?P<unit>(?i:day|week|weekend|month|quarter|year|decade|century|half|period))(?![\w-])", needs=UNIT_NEEDS)
def this_unit(m: re.Match, ctx: Context) -> Res | None:
    det = " ".join(m["det"].lower().split())
    unit = m["unit"].lower()
    pos = m.start("det") > m.start()
    if unit == "quarter" and det in ("the latest", "the", "the same", "that", "that same"):
        ctx.extra["match_end"] = m.end()
        return _reported_quarter(ctx, det)
    if det == "the" and not pos and unit == "year":
        return _the_year(m, ctx)
    if det == "the" and not pos and unit not in ("weekend",):
        return None  # bare "the day/week/month" is too often a generic
    if unit == "period" and det not in ("the latest", "the same", "the previous", "the prior"):
        return None
    if unit in ("quarter", "period") and det in ("the latest", "the", "the same") or unit == "period":
        ctx.extra["match_end"] = m.end()
        return _reported_quarter(ctx, det)
    gran = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
            "decade": "E", "century": "C", "half": "H"}[unit]
    if unit == "weekend" and det in ("the", "this"):
        p = _weekend(ctx, m)
    elif det in _THAT:
        p = relative(ctx, gran, _THAT[det], anaphoric=True)
    else:
        p = relative(ctx, gran, _THIS[det])
    return Res("DATE", p.value(), p)


#: "of the year" counts as the current year only after a part of a year ("the first nine
#: months of the year", "the rest of the year"), not in titles ("player of the year")
_PART_OF = re.compile(r"(?i:months?|weeks?|days?|quarters?|half|rest|remainder|balance|part|end|"
                      r"beginning|start|middle|close|course|bulk)\s+of\s*$")
#: "the year ended Sept. 30", "throughout the fiscal year": a year-long period, not a date
_YEAR_SPAN_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?i:ended|ending|ends|to\s+date)\b")
_YEAR_SPAN_BEFORE = re.compile(r"(?i:throughout|during|over)\s*$")


def _the_year(m: re.Match, ctx: Context) -> Res | None:
    """Bare "the year" / "the fiscal year" / "the full year". In news it is the current
    year ("sales for the full year", "a high for the year"), unless it names a year-long
    span ("in the year ended March 31", "throughout the fiscal year"), which TimeML
    annotates as a duration. Left alone in titles ("player of the year") and
    before a number ("the year 2000", which another rule reads)."""
    after = ctx.text[m.end():m.end() + 40]
    before = ctx.text[max(0, m.start() - 40):m.start()]
    if re.match(r"[\s-]*(?:\d|'|’|ago|earlier|before|after|later|two|nineteen|of\b|in\s+review)", after, re.I):
        return None
    if re.search(r"(?i:of)\s*$", before) and not _PART_OF.search(before):
        return None
    if _YEAR_SPAN_AFTER.match(after) or _YEAR_SPAN_BEFORE.search(before):
        return Res("DURATION", "P1Y")
    p = relative(ctx, "Y", 0)
    return Res("DATE", p.value(), p)


def _closed(q: Point, ctx: Context, det: str) -> bool:
    """"The latest quarter" is one already reported, so one that has ended by the anchor;
    a quarter named only as a forecast ("expects the fourth quarter to be weak") is not it."""
    if det != "the latest" or ctx.anchor is None:
        return True
    return add_months(q.date, 3) <= ctx.anchor


def _reported_quarter(ctx: Context, det: str, m: re.Match | None = None) -> Res:
    """"the quarter", "the latest quarter": the quarter the report is about: the one the text
    last named, else the last complete quarter before the anchor (company results are
    reported after the quarter closes)."""
    ended = _ENDED.match(ctx.text, ctx.extra.get("match_end", 0))
    if ended and ctx.anchor is not None:
        # "the quarter ended Sept. 30": the three months up to that day, named by the middle one
        month = month_number(ended["mon"])
        year = int(ended["year"]) if ended["year"] else month_year(ctx.anchor, month, -1)
        mid = add_months(dt.date(year, month, 1), -1)
        p = at(mid, "Q")
    elif ctx.ref is not None and ctx.ref.gran == "Q" and _closed(ctx.ref, ctx, det):
        p = ctx.ref
    elif ctx.last_period is not None and ctx.last_period.gran == "Q" and _closed(ctx.last_period, ctx, det):
        p = ctx.last_period
    else:
        p = shift(at(ctx.need_anchor("Q"), "Q"), -1)
    return Res("DATE", p.value(), p)


_ENDED = re.compile(rf"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|ends)\s+(?:on\s+)?(?P<mon>{MONTH})\s+\d{{1,2}}(?:,\s+(?P<year>\d{{4}}))?")


def _weekend(ctx: Context, m: re.Match) -> Point:
    anchor = ctx.need_anchor("WE")
    this = at(anchor, "WE")
    if anchor.weekday() >= 5:
        return this
    return this if ctx.direction(m.start(), m.end()) > 0 else shift(this, -1)


# "a year earlier", "the year-ago quarter", "year-earlier" results: the reference period a year back
@rule(r"(?i:(?:the\s+)?(?:comparable\s+)?(?:year[- ]ago|year[- ]earlier)\s+(?:quarter|period)|year[- ]ago|year[- ]earlier)(?![\w-])",
      needs=r"(?i:year[- ](?:ago|earlier))")
def year_ago_period(m: re.Match, ctx: Context) -> Res:
    if re.search(r"(?i)quarter|period", m.group()):
        period = _period_in_view(ctx)
        p = Point(period.date.replace(year=period.date.year - 1), period.gran)
        return Res("DATE", p.value(), p, sets_ref=False)
    return _year_back(ctx, anaphoric=True)


# "the 1988 period", "the 1989 quarter": the quarter in view, in that year
@rule(rf"(?i:the)\s+(?P<y>{YEAR})\s+(?i:period|quarter)(?![\w-])",
      needs=r"(?i:period|quarter)")
def year_period(m: re.Match, ctx: Context) -> Res:
    year = int(m["y"])
    period = ctx.last_period or (ctx.ref if ctx.ref is not None and ctx.ref.gran == "Q" else None)
    if period is not None:
        p = Point(period.date.replace(year=year), period.gran)
    else:
        p = Point(dt.date(year, 1, 1), "Y")
    return Res("DATE", p.value(), p, sets_ref=False)


def _period_in_view(ctx: Context) -> Point:
    """The quarter a financial report is about: the last one named, else the one holding
    the last day named, else the last complete quarter before the anchor."""
    if ctx.last_period is not None:
        return ctx.last_period
    if ctx.ref is not None and ctx.ref.gran == "D":
        return at(ctx.ref.date, "Q")
    return shift(at(ctx.need_anchor("Q"), "Q"), -1)


def _year_back(ctx: Context, anaphoric: bool) -> Res:
    """A year before the reference period, at its granularity when that is a quarter or
    half (financial reports compare a quarter with the same quarter a year before)."""
    ref = ctx.ref
    period = ctx.last_period
    if ref is not None and ref.gran in ("D", "M") and period is not None and period.gran == "Q" \
            and 0 <= (ref.date - period.date).days < 92:
        # "the quarter ended Sept. 30 ... up from $5 million a year earlier": the day named
        # closes the quarter in view, so the comparison is with that quarter, a year back
        ref = period
    if ref is not None and ref.gran in ("Q", "H") and _recent(ref, ctx):
        p = Point(ref.date.replace(year=ref.date.year - 1), ref.gran)
    else:
        p = relative(ctx, "Y", -1)
    return Res("DATE", p.value(), p, sets_ref=False)


def _recent(ref: Point, ctx: Context) -> bool:
    return ctx.anchor is not None and -92 <= (ctx.anchor - ref.date).days <= 455


_AGO = r"(?P<ago>ago|earlier|later|before|after|from\s+now|hence|back|previously|since)"


# "two weeks ago", "a year earlier", "three days later", "several years ago", "about a decade ago"
@rule(rf"{APPROX}?(?P<num>{NUMBER})\s+(?P<unit>{UNIT})\s+(?i:{_AGO})(?![\w-])",
      needs=r"(?i:ago|earlier|later|before|after|from\s+now|hence|back|previously|since)")
def ago(m: re.Match, ctx: Context) -> Res | None:
    word = " ".join(m["ago"].lower().split())
    unit = unit_of(m["unit"])
    if word in ("before", "after", "since"):
        return None  # "two days before the vote": the span is the duration alone
    if word == "later" and not (unit == "year" and ctx.ref is not None and ctx.ref.gran in ("Q", "H")):
        # "three days later", "a few days later": TimeBank marks the duration alone (the
        # event it counts from is not a time), as it does for "two days after the vote"
        return None
    n = parse_number(m["num"])
    back = word in ("ago", "earlier", "back", "previously")
    if n is None:
        return Res("DATE", "PAST_REF" if back else "FUTURE_REF")
    anaphoric = word in ("earlier", "later")
    if unit == "year" and n == 1 and back:
        return _year_back(ctx, anaphoric=anaphoric)
    gran = UNIT_GRAN.get(unit, "D")
    base = ctx.ref_date(gran) if anaphoric and ctx.ref is not None else ctx.need_anchor(gran)
    steps = int(n) if n == int(n) else n
    if unit in ("second", "minute", "hour"):
        return Res("DATE", base.isoformat(), day_point(base))  # "three hours ago": today
    if unit in ("fortnight",):
        steps *= 2
    if isinstance(steps, float):  # "two and a half years ago": to the month
        months = {"Y": 12, "E": 120, "C": 1200, "M": 1}.get(gran, 0)
        if not months:
            return None
        p = shift(at(base, "M"), round(-steps * months if back else steps * months))
        return Res("DATE", p.value(), p)
    p = shift(at(base, gran), -steps if back else steps)
    return Res("DATE", p.value(), p, sets_ref=not anaphoric)


_WD_DET = {"last": -1, "this past": -1, "past": -1, "the previous": -1, "previous": -1,
           "next": 1, "this coming": 1, "coming": 1, "the following": 1, "the next": 1,
           "this": 0, "that": 0}
_WD_DETS = "|".join(sorted((d.replace(" ", r"\s+") for d in _WD_DET), key=len, reverse=True))
_POD = r"(?P<pod>(?i:morning|afternoon|evening|night|overnight))"


# weekdays: "on Tuesday", "last Friday", "Tuesday morning", "early Tuesday", "next Monday night"
@rule(rf"{POS}?(?:(?P<det>(?i:{_WD_DETS}))\s+)?(?P<wd>{WEEKDAY})(?![\w-])(?:\s+{_POD}\b)?",
      needs=WEEKDAY_HINT)
def weekday(m: re.Match, ctx: Context) -> Res:
    wd = weekday_number(m["wd"])
    tod = PARTS_OF_DAY[m["pod"].lower()] if m["pod"] else None
    if ctx.anchor is None:
        return Res("TIME" if tod else "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{tod}" if tod else ""))
    det = " ".join((m["det"] or "").lower().split())
    if det in ("the previous", "the following", "the next", "that") and ctx.ref is not None and ctx.ref.gran == "D":
        base = ctx.ref.date
        day = weekday_date(base, wd, _WD_DET[det] or ctx.direction(m.start(), m.end()))
        if day == base and _WD_DET[det]:
            day = base + dt.timedelta(days=7 * _WD_DET[det])
    else:
        d = _WD_DET.get(det, 0) or ctx.direction(m.start(), m.end())
        day = weekday_date(ctx.anchor, wd, d)
        if det in ("last", "next") and day == ctx.anchor:
            day += dt.timedelta(days=7 * _WD_DET[det])
    if tod:
        return Res("TIME", f"{day.isoformat()}T{tod}", day_point(day, tod))
    return Res("DATE", day.isoformat(), day_point(day))


# "the day before last Tuesday('s hearing)", "the night after Friday": one timex, the day
# next to the named one (TimeML annotates the whole anchored phrase)
@rule(rf"(?i:the\s+(?P<unit>day|night)\s+(?P<ba>before|after))\s+(?:(?P<det>(?i:last|next|this))\s+)?(?P<wd>{WEEKDAY})(?![\w-])",
      needs=WEEKDAY_HINT)
def day_next_to_weekday(m: re.Match, ctx: Context) -> Res:
    wd = weekday_number(m["wd"])
    det = (m["det"] or "").lower()
    anchor = ctx.need_anchor("D")
    day = weekday_date(anchor, wd, _WD_DET.get(det, 0) or ctx.direction(m.start("wd"), m.end("wd")))
    if det in ("last", "next") and day == anchor:
        day += dt.timedelta(days=7 * _WD_DET[det])
    day += dt.timedelta(days=-1 if m["ba"].lower() == "before" else 1)
    if m["unit"].lower() == "night":
        return Res("TIME", f"{day.isoformat()}TNI", day_point(day, "NI"))
    return Res("DATE", day.isoformat(), day_point(day))


_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "this": 0, "last": -1, "tonight": 0}


# parts of the day: "this morning", "last night", "yesterday afternoon", "that evening"
@rule(rf"{POS}?(?P<det>(?i:yesterday|today|tomorrow|this|last|that|the\s+same|the\s+next|the\s+following|"
      rf"the\s+previous|the))\s+{POS}?{_POD}(?!\w)",
      needs=r"(?i:morning|afternoon|evening|night)")
def part_of_day(m: re.Match, ctx: Context) -> Res | None:
    det = " ".join(m["det"].lower().split())
    pod = m["pod"].lower()
    tod = PARTS_OF_DAY[pod]
    if det == "last" and pod != "night":
        return None  # "last morning" is not said; "last evening" rare enough
    if det == "the" and re.match(r"\s+(?:of|the|a|an|he|she|they|we|it|his|her|their|when|that|[A-Z])\b",
                                 ctx.text[m.end():m.end() + 12]):
        # "the night of Oct. 23", "the night the plane went down": the night of an event or
        # of a date named next, which TimeML leaves to that date (no value of its own)
        return None
    if det in _DAY_WORDS:
        day = ctx.need_anchor("D") + dt.timedelta(days=_DAY_WORDS[det])
    else:
        base = ctx.ref.date if ctx.ref is not None and ctx.ref.gran == "D" else ctx.need_anchor("D")
        day = base + dt.timedelta(days={"the next": 1, "the following": 1, "the previous": -1}.get(det, 0))
    return Res("TIME", f"{day.isoformat()}T{tod}", day_point(day, tod))


# "mid-afternoon", "early morning", "late evening yesterday"
@rule(rf"{POS}(?P<pod>(?i:morning|afternoon|evening))(?:\s+(?P<day>(?i:yesterday|today|tomorrow)|{WEEKDAY}))?(?![\w-])",
      needs=r"(?i:morning|afternoon|evening)")
def bare_part_of_day(m: re.Match, ctx: Context) -> Res:
    tod = PARTS_OF_DAY[m["pod"].lower()]
    day_word = (m["day"] or "today").lower().rstrip(".")
    if day_word in _DAY_WORDS:
        base = ctx.ref.date if m["day"] is None and ctx.ref is not None and ctx.ref.gran == "D" else ctx.need_anchor("D")
        day = base + dt.timedelta(days=_DAY_WORDS[day_word] if m["day"] else 0)
    else:
        day = weekday_date(ctx.need_anchor("D"), weekday_number(m["day"]), ctx.direction(m.start(), m.end()))
    return Res("TIME", f"{day.isoformat()}T{tod}", day_point(day, tod))


# "the day before", "the day after", "the night before", "the week before": anaphoric
@rule(r"(?i:the\s+(?P<unit>day|night|week|month|year)\s+(?P<ba>before|after|earlier|later|prior))(?!\s+(?:the|a|an|his|her|their|its|last|this|\w+ing)\b)",
      needs=r"(?i:before|after|earlier|later|prior)")
def the_unit_before(m: re.Match, ctx: Context) -> Res:
    unit = m["unit"].lower()
    gran = {"day": "D", "night": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    n = -1 if m["ba"].lower() in ("before", "earlier", "prior") else 1
    p = relative(ctx, gran, n, anaphoric=True)
    if unit == "night":
        p = Point(p.date, "D", tod="NI")
        return Res("TIME", p.value(), p)
    return Res("DATE", p.value(), p)


# "earlier in the year", "later in the day", "late in the month"
@rule(r"(?i:(?:early|earlier|late|later|mid)\s+in\s+the\s+(?P<unit>day|week|month|year|quarter|decade|century))\b",
      needs=r"(?i:in\s+the)")
def in_the_unit(m: re.Match, ctx: Context) -> Res:
    gran = {"day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "E", "century": "C"}[m["unit"].lower()]
    p = relative(ctx, gran, 0, anaphoric=True)
    return Res("DATE", p.value(), p)


# "year-end", "year's end", "the end of the year" (short forms)
@rule(r"(?i:(?:the\s+|this\s+|last\s+)?(?P<unit>year|month|quarter|week)(?:[- ]|['’]s\s+)end)(?![\w-])",
      needs=r"(?i:end)")
def period_end(m: re.Match, ctx: Context) -> Res:
    gran = {"year": "Y", "month": "M", "quarter": "Q", "week": "W"}[m["unit"].lower()]
    n = -1 if m.group().lower().startswith("last") else 0
    p = relative(ctx, gran, n)
    return Res("DATE", p.value(), p)
