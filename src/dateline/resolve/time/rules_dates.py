"""Calendar dates written out: "March 3, 2018", "3 March", "2018-04-10", "04/10/2018",
"March 2018", "in 2011", the 1990s, the 20th century, seasons, quarters, halves, fiscal
years, holidays, and ranges of days or years ("March 3-5", "1990-95").
"""
from __future__ import annotations

import datetime as dt
import re

from dateline.resolve.time.base import (APPROX, POS, Context, Piece, Res, day_point, day_year,
                                        month_year, rule)
from dateline.resolve.time.lexicon import (DAY_NUM, DECADE_WORDS, MONTH, NUMBER_WORDS, ORDINALS,
                                           MONTH_HINT, SEASONS, WEEKDAY, YEAR, month_number)
from dateline.resolve.time.values import Point, at, season_of, season_point, shift

_DAY = r"(?P<day>" + DAY_NUM + r")"
_NOT_MORE_DIGITS = r"(?!\d|:\d|\.\d|\s*(?:%|percent\b|per\s+cent\b))"
_YEAR_TAIL = rf"(?:(?:,\s*|\s+)(?P<year>{YEAR})(?!\d))?"  # "April 10, 2018", "April 10,2018" (PDF)
_WD = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"


def _day_of(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _make_date(ctx: Context, month: int, day: int, year: str | None, start: int, end: int) -> Res | None:
    """A day of the month; the year from the text, else from the anchor and tense."""
    if year:
        y = int(year)
    elif ctx.anchor is None:
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    else:
        y = day_year(ctx.anchor, month, day, ctx.direction(start, end))
    try:
        when = dt.date(y, month, day)
    except ValueError:
        return None
    return Res("DATE", when.isoformat(), day_point(when))


# "Tuesday, March 3, 2018", "March 3", "Sept. 30, 1989"; the day must not run on into a clock
# time or a percentage ("March 3:30" is not a date, "June 5%" is not either).
@rule(rf"{APPROX}?{POS}?{_WD}(?P<mon>{MONTH})\s+{_DAY}{_NOT_MORE_DIGITS}\b{_YEAR_TAIL}",
      needs=MONTH_HINT)
def month_day(m: re.Match, ctx: Context) -> Res | None:
    return _make_date(ctx, month_number(m["mon"]), _day_of(m["day"]), m["year"], m.start(), m.end())


_UNITS_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
#: "eighth" -> 8 ... "thirty-first" -> 31: days of the month said in words (broadcast transcripts)
SPELLED_DAYS = {
    **{w: i + 1 for i, w in enumerate(_UNITS_ORD)},
    **{w: i + 10 for i, w in enumerate(["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                                         "sixteenth", "seventeenth", "eighteenth", "nineteenth"])},
    "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS_ORD)},
    **{f"twenty {w}": 21 + i for i, w in enumerate(_UNITS_ORD)},
    "thirty-first": 31, "thirty first": 31,
}
_SPELLED_DAY = "(?P<sday>(?i:" + "|".join(sorted((k.replace(" ", r"\s+") for k in SPELLED_DAYS), key=len, reverse=True)) + "))"


# "March eighth", "Sunday, March the eighth", "the eighth of March": a day in words
@rule(rf"{_WD}(?:(?P<mon>{MONTH})\s+(?:(?i:the)\s+)?{_SPELLED_DAY}|(?i:the)\s+(?P<sday2>(?i:{'|'.join(sorted(SPELLED_DAYS, key=len, reverse=True)).replace(' ', chr(92) + 's+')}))"
      rf"\s+(?i:of)\s+(?P<mon2>{MONTH}))(?![\w-]){_YEAR_TAIL}",
      needs=MONTH_HINT)
def month_spelled_day(m: re.Match, ctx: Context) -> Res | None:
    word = " ".join((m["sday"] or m["sday2"]).lower().split())
    return _make_date(ctx, month_number(m["mon"] or m["mon2"]), SPELLED_DAYS[word], m["year"], m.start(), m.end())


# "the week of March 6": the ISO week holding that day
@rule(rf"(?i:the\s+week\s+of)\s+(?P<mon>{MONTH})\s+{_DAY}{_NOT_MORE_DIGITS}\b{_YEAR_TAIL}", needs=MONTH_HINT)
def week_of(m: re.Match, ctx: Context) -> Res | None:
    res = _make_date(ctx, month_number(m["mon"]), _day_of(m["day"]), m["year"], m.start(), m.end())
    if res is None or res.point is None:
        return Res("DATE", "XXXX-WXX") if res is not None else None
    p = Point(res.point.date - dt.timedelta(days=res.point.date.weekday()), "W")
    return Res("DATE", p.value(), p)


# "3 March 2018", "the 3rd of March", "Tuesday 10 April"
@rule(rf"{_WD}(?:(?i:the)\s+)?{_DAY}(?:\s+of)?\s+(?P<mon>{MONTH})\b{_YEAR_TAIL}",
      needs=MONTH_HINT)
def day_month(m: re.Match, ctx: Context) -> Res | None:
    return _make_date(ctx, month_number(m["mon"]), _day_of(m["day"]), m["year"], m.start(), m.end())


# ISO dates, optionally with a time: "2018-04-10", "2018-04-10T15:30"
@rule(r"(?<![\d-])(?P<y>(?:1[0-9]|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
      r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d-])",
      needs=r"\d{4}-\d\d-\d\d")
def iso_date(m: re.Match, ctx: Context) -> Res | None:
    try:
        when = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        tod = f"{m['hh']}:{m['mi']}"
        return Res("TIME", f"{when.isoformat()}T{tod}", day_point(when, tod))
    return Res("DATE", when.isoformat(), day_point(when))


# numeric dates: US month-first "04/10/2018", day-first when the first number can't be a
# month ("25/12/2017"), and European dotted "10.04.2018"
@rule(r"(?<![\d/.])(?P<a>[01]?\d|[23]\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:1[89]|20)\d\d|\d\d)(?![\d/]|\.\d)",
      needs=r"\d[/.]\d{1,2}[/.]\d")
def numeric_date(m: re.Match, ctx: Context) -> Res | None:
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if m["sep"] == "." or a > 12 else (a, b)
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    try:
        when = dt.date(year, month, day)
    except ValueError:
        return None
    return Res("DATE", when.isoformat(), day_point(when))


_SPELLED_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPELLED_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPELLED_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPELLED_YEAR = (
    rf"(?i:nineteen\s+(?:hundred(?:\s+and)?\s+)?(?:{_SPELLED_TENS}(?:[- ]{_SPELLED_UNIT})?|{_SPELLED_TEEN}|"
    rf"oh[- ]{_SPELLED_UNIT})|two\s+thousand(?:\s+and)?(?:\s+(?:{_SPELLED_TEEN}|{_SPELLED_UNIT}|"
    rf"{_SPELLED_TENS}(?:[- ]{_SPELLED_UNIT})?))?)"
)


def spelled_year(text: str) -> int | None:
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        return 2000 + sum(NUMBER_WORDS.get(w, 0) for w in rest)
    if words[0] == "nineteen":
        rest = [w for w in words[1:] if w not in ("hundred", "oh")]
        return 1900 + sum(NUMBER_WORDS.get(w, 0) for w in rest)
    return None


_MONTH_DET = r"(?:(?P<det>(?i:last|next|this|this\s+past|this\s+coming|coming|past|that))\s+)?"
MONTH_FULL_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"}
POS_START = re.compile(r"(?i)(?:the\s+)?(?:early|late|mid|middle|end|beginning|start)")
_PREPS_BEFORE_MAY = re.compile(r"(?i:in|of|since|until|till|by|during|from|to|through|before|after|"
                               r"early|late|mid|last|next|this|between|and|or|,)$")


# "March", "last November", "March 2018", "March of 2018", "July last year", "early December"
@rule(rf"{POS}?{_MONTH_DET}{POS}?(?P<mon>{MONTH})(?:(?:\s+of)?,?\s+(?:(?P<year>{YEAR})(?!\d)|(?P<sy>{_SPELLED_YEAR})\b)|"
      r"\s+(?P<rel>(?i:this|last|next))\s+year|\s+'(?P<yy>\d\d)\b)?",
      needs=MONTH_HINT)
def month_name(m: re.Match, ctx: Context) -> Res | None:
    month = month_number(m["mon"])
    bare = not (m["det"] or m["year"] or m["rel"] or m["yy"] or m["sy"])
    if bare and ctx.text[m.end():m.end() + 1].isalpha():
        return None  # the start of a longer word ("Marchers"), not a month
    if bare and not m["mon"].endswith(".") and m["mon"].lower() not in MONTH_FULL_NAMES and not POS_START.match(m.group()):
        return None  # a bare "Jan" or "Mar" is a name or a word more often than a month
    if not (m["year"] or m["sy"] or m["yy"] or m["rel"]) and re.match(r"\s+\d{1,2}(?:st|nd|rd|th)?\b", ctx.text[m.end():m.end() + 6]):
        return None  # "last Oct. 23": the day rule takes "Oct. 23"
    if m["mon"] == "May" and bare and not _PREPS_BEFORE_MAY.search(ctx.prev_word(m.start("mon"))):
        return None  # "May" the modal verb
    if bare and re.match(r"\s+(?:for|of|on|to)\s+(?:the\s+)?[A-Z]", ctx.text[m.end():m.end() + 20]) \
            and re.search(r"(?i:\b(?:the|a|annual|first|second))\s*[`'\"“‘]*\s*$",
                          ctx.text[max(0, m.start("mon") - 20):m.start("mon")]):
        return None  # "the annual March for Life", "the March of Dimes": a name, not a month
    if m["year"] or m["yy"] or m["sy"]:
        year = int(m["year"]) if m["year"] else spelled_year(m["sy"]) if m["sy"] else _two_digit_year(int(m["yy"]), ctx)
    elif ctx.anchor is None:
        return Res("DATE", f"XXXX-{month:02d}")
    elif m["rel"]:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    else:
        det = (m["det"] or "").lower().split()
        direction = ctx.direction(m.start(), m.end())
        if det and det[-1] in ("last", "past"):
            direction = -1
        elif det and det[-1] in ("next", "coming"):
            direction = 1
        year = ctx.anchor.year if det == ["this"] else month_year(ctx.anchor, month, direction)
        if det and det[-1] in ("last", "past") and month == ctx.anchor.month:
            year -= 1
        if det and det[-1] in ("next", "coming") and month == ctx.anchor.month:
            year += 1
    p = Point(dt.date(year, month, 1), "M")
    return Res("DATE", p.value(), p)


def _two_digit_year(yy: int, ctx: Context) -> int:
    """'98 -> 1998 when read in 1999; the century that puts the year nearest the anchor."""
    base = ctx.anchor.year if ctx.anchor else 2000
    cands = [c * 100 + yy for c in (base // 100 - 1, base // 100, base // 100 + 1)]
    return min(cands, key=lambda y: abs(y - base))


# a year: "2011", "mid-1996", "the end of 1994", "the year 2000", "fiscal 1989", "FY2018",
# spoken "nineteen ninety-six"; "1990 and beyond" keeps only the year
@rule(rf"{APPROX}?{POS}?(?:(?P<the>(?i:the\s+(?:calendar\s+|fiscal\s+)?year))\s+|(?P<fiscal>(?i:fiscal(?:\s+year)?))\s+|"
      rf"(?P<fy>FY)\s?)?(?:(?<![\d$£€#.,/])(?<!\d-)(?P<year>{YEAR})(?![\d%]|[.,]\d|-\d|\s*(?:%|percent\b))|"
      rf"(?P<spelled>{_SPELLED_YEAR})\b)",
      needs=r"\d{4}|(?i:nineteen|thousand)")
def year(m: re.Match, ctx: Context) -> Res | None:
    if m["year"]:
        y = int(m["year"])
        if not (m["the"] or m["fiscal"] or m["fy"]) and ctx.extra.get("is_quantity", _no)(m.start("year"), m.end("year")):
            return None  # "2000 troops": a count, not a year
        if m.start("year") == m.start() and _LABEL_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()):
            return None  # "Flight 2019", "Room 1204", "Resolution 1441": a number that names
    else:
        y = spelled_year(m["spelled"])
        if y is None or ctx.extra.get("is_quantity", _no)(m.start("spelled"), m.end("spelled")):
            return None
    p = Point(dt.date(y, 1, 1), "Y")
    return Res("DATE", p.value(), p)


#: nouns that take a number as a name or an index, not a year
_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:flight|room|page|pages|route|highway|interstate|section|article|resolution|chapter|"
    r"item|no\.|number|bus|suite|gate|platform|exit|pier|paragraph|clause|model|version|"
    r"code|box|lot|unit|apartment|apt\.|tel\.|fax|ext\.|grade|level)\s+)$")


def _no(start: int, end: int) -> bool:
    return False


# FY98, fiscal '98
@rule(r"(?P<fy>\bFY\s?|(?i:fiscal\s+)')(?P<yy>\d\d)\b",
      needs=r"FY|(?i:fiscal)")
def fiscal_short(m: re.Match, ctx: Context) -> Res:
    y = _two_digit_year(int(m["yy"]), ctx)
    return Res("DATE", f"{y:04d}", Point(dt.date(y, 1, 1), "Y"))


# ranges of years "1990-95", "1990-1995", "2017/18": two timexes, as TimeML writes them
@rule(rf"(?<![\d$£€#.,/-])(?P<a>{YEAR})(?P<dash>[-–/])(?P<b>\d\d|{YEAR})(?![\d%-])",
      needs=r"\d{4}[-–/]\d")
def year_range(m: re.Match, ctx: Context) -> list[Piece] | None:
    a = int(m["a"])
    b = int(m["b"]) if len(m["b"]) == 4 else a // 100 * 100 + int(m["b"])
    if b <= a or b - a > 50:
        return None
    pa, pb = Point(dt.date(a, 1, 1), "Y"), Point(dt.date(b, 1, 1), "Y")
    return [Piece(m.start("a"), m.end("a"), Res("DATE", pa.value(), pa)),
            Piece(m.start("b"), m.end("b"), Res("DATE", pb.value(), pb))]


# ranges of days "March 3-5", "March 3 to 5": two timexes ("March 3" and "5")
@rule(rf"(?P<mon>{MONTH})\s+(?P<d1>{DAY_NUM})\s*(?:[-–]|to|through|and)\s*(?P<d2>{DAY_NUM})\b(?![:\d]){_YEAR_TAIL}",
      needs=MONTH_HINT)
def day_range(m: re.Match, ctx: Context) -> list[Piece] | None:
    month = month_number(m["mon"])
    first = _make_date(ctx, month, _day_of(m["d1"]), m["year"], m.start(), m.end())
    if first is None or first.point is None:
        return None
    y = first.point.date.year
    try:
        second = dt.date(y, month, _day_of(m["d2"]))
    except ValueError:
        return None
    return [Piece(m.start(), m.end("d1"), first),
            Piece(m.start("d2"), m.end(), Res("DATE", second.isoformat(), day_point(second)))]


# decades: "the 1990s", "the '80s", "the mid-1990s", "the nineties"
@rule(rf"(?:(?i:the)\s+)?{POS}?(?:(?P<dec>(?:1[0-9]|20)\d0)'?s|'(?P<dd>\d0)'?s|(?P<word>(?i:{'|'.join(DECADE_WORDS)})))\b",
      needs=r"\d0'?s\b|(?i:ties\b)")
def decade(m: re.Match, ctx: Context) -> Res | None:
    if m["dec"]:
        y = int(m["dec"])
    else:
        if m["word"] and re.search(r"(?i:his|her|their|my|your|our|its|in)$", ctx.prev_word(m.start())) and not m.group().lower().startswith("the"):
            return None  # "in his forties": an age
        tens = int(m["dd"]) // 10 if m["dd"] else DECADE_WORDS[m["word"].lower()]
        base = ctx.anchor.year if ctx.anchor else 1999
        y = base // 100 * 100 + tens * 10
        if y > base:
            y -= 100  # the most recent such decade
    p = Point(dt.date(y, 1, 1), "E")
    return Res("DATE", p.value(), p)


_ORD_WORDS = "|".join(sorted((w for w in ORDINALS if w not in ("last", "final")), key=len, reverse=True))


# centuries: "the 20th century", "the nineteenth century", "the 1800s" is a decade above
@rule(rf"(?:(?i:the)\s+)?{POS}?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORD_WORDS}))[- ](?i:century)",
      needs=r"(?i:century)")
def century(m: re.Match, ctx: Context) -> Res | None:
    n = int(re.match(r"\d+", m["n"]).group()) if m["n"][0].isdigit() else ORDINALS[m["n"].lower()]
    if not 1 <= n <= 21:
        return None
    p = Point(dt.date(max((n - 1) * 100, 1), 1, 1), "C")
    return Res("DATE", p.value(), p)


_SEASON_DET = r"(?:(?P<det>(?i:this|last|next|this\s+past|this\s+coming|the\s+coming|the\s+past|the|that|past|coming))\s+)?"


# seasons: "last summer", "the fall of 1998", "spring 2018", "early winter"
@rule(rf"{POS}?{_SEASON_DET}{POS}?(?P<season>(?i:spring|summer|fall|autumn|winter))(?:(?:\s+of)?,?\s+(?:(?P<year>{YEAR})(?!\d)|(?P<sy>{_SPELLED_YEAR})\b))?\b",
      needs=r"(?i:spring|summer|fall|autumn|winter)")
def season(m: re.Match, ctx: Context) -> Res | None:
    code = SEASONS[m["season"].lower()]
    det = (m["det"] or "").lower().split()
    if m["season"][0].isupper() and not (det or m["year"] or m["sy"] or m.start("season") > m.start()):
        return None  # "Spring" alone, capitalised mid-sentence, is a name ("Silver Spring")
    if m["season"].lower() == "fall" and not (det or m["year"] or m["sy"] or m.start("season") > m.start()):
        return None  # "prices fall"
    if m["season"].lower() == "fall" and not m["year"] and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return None  # "the fall of Rome"
    if m["year"] or m["sy"]:
        p = season_point(int(m["year"]) if m["year"] else spelled_year(m["sy"]) or 0, code)
        return Res("DATE", p.value(), p)
    if ctx.anchor is None:
        return Res("DATE", f"XXXX-{code}")
    cur = at(ctx.anchor, "S")
    this = season_point(season_of(ctx.anchor)[0], code)
    last = this if this.date < cur.date else shift(this, -1)
    nxt = this if this.date > cur.date else shift(this, 1)
    word = det[-1] if det else ""
    if word in ("last", "past"):
        p = last
    elif word in ("next", "coming"):
        p = nxt
    else:
        if code == cur.season:
            p = cur
        else:
            d = ctx.direction(m.start(), m.end())
            p = last if d < 0 else nxt if d > 0 else min((last, nxt), key=lambda s: abs((s.date - ctx.anchor).days))
    return Res("DATE", p.value(), p)


_Q_ORD = r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|final))"
_Q_DET = (rf"(?:(?P<det>(?i:the|its|this\s+year's|last\s+year's|next\s+year's|the\s+(?:current|latest|year-ago|"
          rf"year-earlier|comparable|same))|(?i:the\s+)?(?P<dy>{YEAR})(?:'s)?)\s+)?")


# quarters and halves: "the third quarter", "third-quarter", "the first half of 2018",
# "Q1 2018", "the fiscal first quarter", "1988's fourth quarter"
@rule(rf"{_Q_DET}(?P<fisc_adj>(?i:fiscal)[- ])?{_Q_ORD}[- ](?:(?i:fiscal)[- ])?(?P<unit>(?i:quarter|half))"
      rf"(?:\s+of\s+(?:(?i:fiscal)\s+)?(?P<year>{YEAR}))?(?!s)"
      rf"|\b(?P<qn>Q[1-4])(?:\s+(?P<qy>{YEAR}))?\b|\b(?P<hn>H[12])\s+(?P<hy>{YEAR})\b",
      needs=r"(?i:quarter|half)|\b[QH][1-4]\b")
def quarter(m: re.Match, ctx: Context) -> Res | None:
    if m["qn"] or m["hn"]:
        gran, n, year = ("Q", int(m["qn"][1]), m["qy"]) if m["qn"] else ("H", int(m["hn"][1]), m["hy"])
    else:
        gran = "Q" if m["unit"].lower() == "quarter" else "H"
        n = ORDINALS[m["ord"].lower()]
        n = (4 if gran == "Q" else 2) if n < 0 else n
        year = m["year"] or m["dy"]
        if (gran == "Q" and n > 4) or (gran == "H" and n > 2):
            return None
    det = (m["det"] or "").lower()
    if year:
        y = int(year)
    elif ctx.anchor is None:
        return Res("DATE", f"XXXX-{gran}{n}")
    else:
        y = ctx.anchor.year + (-1 if det.startswith(("last", "the year", "the comparable")) else 1 if det.startswith("next") else 0)
        if not det.startswith(("last", "next", "this", "the year", "the comparable")) and gran == "Q":
            # "profits fell in the fourth quarter", read in January: last year's
            if n > (ctx.anchor.month - 1) // 3 + 1 and ctx.direction(m.start(), m.end()) < 0:
                y -= 1
    p = Point(dt.date(y, (n - 1) * (3 if gran == "Q" else 6) + 1, 1), gran)
    if m["ord"] and m["det"] and not m["dy"] and ctx.text[m.end("ord")] == "-":
        # "its third-quarter profit": TimeML leaves the determiner of the noun out
        s = m.start("fisc_adj") if m["fisc_adj"] else m.start("ord")
        return [Piece(s, m.end(), Res("DATE", p.value(), p))]
    return Res("DATE", p.value(), p)


def _nth_weekday(year: int, month: int, wd: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    if n < 0:  # last such weekday of the month
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        day = nxt - dt.timedelta(days=(nxt.weekday() - wd) % 7 or 7)
    return day


def _easter(year: int) -> dt.date:
    """Anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * mm + 114) // 31
    return dt.date(year, month, (h + l - 7 * mm + 114) % 31 + 1)


HOLIDAYS = {
    "new year's day": lambda y: dt.date(y, 1, 1), "new year's eve": lambda y: dt.date(y, 12, 31),
    "christmas day": lambda y: dt.date(y, 12, 25), "christmas": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "boxing day": lambda y: dt.date(y, 12, 26),
    "independence day": lambda y: dt.date(y, 7, 4), "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14), "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "easter": _easter, "easter sunday": _easter,
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "may day": lambda y: dt.date(y, 5, 1), "bastille day": lambda y: dt.date(y, 7, 14),
}
_HOLIDAY_RE = "|".join(sorted((re.escape(h).replace("'", "['’]").replace(r"\ ", r"\s+") for h in HOLIDAYS), key=len, reverse=True))


# holidays: "Christmas", "last Thanksgiving", "Easter Sunday 2018"; year by tense
@rule(rf"{POS}?(?:(?P<det>(?i:last|next|this))\s+)?(?P<h>(?i:{_HOLIDAY_RE}))(?:,?\s+(?P<year>{YEAR}))?\b",
      needs=r"(?i:christmas|easter|thanksgiving|halloween|independence|valentine|labor|memorial|election|boxing|good\s+friday|bastille|may\s+day|new\s+year)")
def holiday(m: re.Match, ctx: Context) -> Res | None:
    name = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))
    if not m["h"][0].isupper():
        return None
    fn = HOLIDAYS[name]
    if m["year"]:
        day = fn(int(m["year"]))
    elif ctx.anchor is None:
        return Res("DATE", "XXXX-XX-XX")
    else:
        det = (m["det"] or "").lower()
        d = -1 if det == "last" else 1 if det == "next" else ctx.direction(m.start(), m.end())
        day = fn(ctx.anchor.year)
        if d < 0 and day > ctx.anchor:
            day = fn(ctx.anchor.year - 1)
        elif d > 0 and day < ctx.anchor:
            day = fn(ctx.anchor.year + 1)
    return Res("DATE", day.isoformat(), day_point(day))

