"""Durations ("three years", "the past two months", "a 10-year plan", "for years"), sets
("every morning", "each July", "daily", "$5 million a year", "twice a week") and clock
times ("3 p.m.", "10:35 a.m. Friday", "noon Thursday", "midnight").
"""
from __future__ import annotations

import datetime as dt
import re

from dateline.resolve.time.base import APPROX, Context, Res, day_point, day_year, rule, weekday_date
from dateline.resolve.time.lexicon import (DAY_NUM, MONTH, NUMBER, NUMBER_WORDS, PARTS_OF_DAY, UNIT, UNIT_NEEDS,
                                           WEEKDAY, WEEKDAY_FULL, month_number, parse_number, unit_of, weekday_number)
from dateline.resolve.time.values import Point, duration

_DUR_REL = (r"(?i:past|last|next|first|coming|previous|following|final|additional|further|another|"
            r"remaining|initial|preceding|prior|latest|ensuing|subsequent)")
_DUR_FILL = (r"(?i:more|additional|straight|consecutive|full|long|extra|trading|business|calendar|"
             r"working|fiscal|successive|short|whole)")


# "three years", "the past two months", "more than four decades", "a year", "2 1/2 hours"
@rule(rf"{APPROX}?(?:(?P<det>(?i:the|a|an|each\s+of\s+the|all|its|their|his|her))\s+)?(?:(?P<rel>{_DUR_REL})\s+)?"
      rf"(?P<num>{NUMBER})(?:\s+(?:to|or)\s+{NUMBER})?\s+(?:{_DUR_FILL}\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?![\w-])", needs=UNIT_NEEDS)
def duration_phrase(m: re.Match, ctx: Context) -> Res | None:
    n = parse_number(m["num"])
    unit = unit_of(m["unit"])
    num = m["num"].lower()
    if m["half"] and n is not None:
        n += 0.5
    if num.isdigit() and 1000 <= int(num) <= 2100 and unit in ("quarter", "year", "month", "week"):
        return _year_period(int(num), unit, ctx)  # "the 1988 quarter": a year, not 1988 quarters
    if num in ("a", "an", "one") and m["det"] and m["det"].lower() in ("a", "an"):
        return None
    if unit == "quarter" and not m["rel"] and num in ("a", "an", "one", "three") and re.match(
            r"\s+of\s+(?!(?:\d|'\d|fiscal\b|FY))", ctx.text[m.end():m.end() + 12], re.I):
        # "more than a quarter of the market", "three quarters of voters": a fraction (the
        # numerators of fractions; "several quarters of losses" stays a duration)
        return None
    if re.match(r"[\s-]*(?:old|of\s+age)\b", ctx.text[m.end():m.end() + 8]):
        return None  # ages ("44 years old") are not annotated as timexes in TimeML news
    if num in ("a", "an", "per") and not m["rel"] and not m.group().lower().startswith(("the", "about", "nearly", "almost", "more", "less", "over", "at", "only", "just")):
        if ctx.extra.get("is_rate", _no)(m.start()):
            return Res("SET", duration(1, unit))  # "$5 million a year"
    if re.match(r"(?i:an?|one|the)$", num) and m["unit"].lower() == "second":
        return None  # "a second" is an ordinal far more often than a duration
    return Res("DURATION", duration(n, unit))


def _year_period(year: int, unit: str, ctx: Context) -> Res:
    """ "the 1988 quarter": the reference quarter, in that year."""
    if unit == "quarter" and ctx.ref is not None and ctx.ref.gran == "Q":
        p = Point(ctx.ref.date.replace(year=year), "Q")
    else:
        p = Point(dt.date(year, 1, 1), "Y")
    return Res("DATE", p.value(), p, sets_ref=False)


def _no(*_a) -> bool:
    return False


_HYPH_NUM = r"(?:\d+(?:\.\d+)?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|" + "|".join(
    sorted((w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an")), key=len, reverse=True)) + "))"


# adjectival durations: "a 10-year plan", "two-week trip", "day-long", "8-month-old", "decades-long"
@rule(rf"(?<![\w-])(?:(?P<num>{_HYPH_NUM})-)?(?P<unit>(?i:second|minute|hour|day|week|month|year|decade|century|days|weeks|months|years|decades))"
      r"(?P<tail>-(?i:long|old))?(?![\w])(?!-(?!long|old)\w)", needs=UNIT_NEEDS)
def hyphen_duration(m: re.Match, ctx: Context) -> Res | None:
    if m["tail"] and m["tail"].lower() == "-old":
        return None  # ages ("a 6-year-old") are not timexes
    if not m["num"] and not m["tail"]:
        return None  # a bare unit word is handled by `bare_plural`
    if m["num"] and m["num"][0].isupper() and m["unit"][0].isupper() and re.match(r"\s+[A-Z]", ctx.text[m.end():m.end() + 3]):
        return None  # "the Six-Day War", "the Thirty-Year Plan": a name
    if m["num"] and m["num"].isdigit() is False and parse_number(m["num"]) is None:
        return None
    unit = unit_of(m["unit"])
    n = parse_number(m["num"]) if m["num"] else (None if m["unit"].lower().endswith("s") else 1)
    if m["num"] and m["unit"].lower().endswith("s"):
        return None
    return Res("DURATION", duration(n, unit))


# "for years", "in months", "within weeks": an unknown number of units
@rule(r"(?i:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bover\s))(?P<unit>(?i:hours|days|weeks|months|years|decades|centuries))\b(?!\s+(?:of|ago|earlier|later)\b)", needs=UNIT_NEEDS)
def bare_plural(m: re.Match, ctx: Context) -> Res:
    return Res("DURATION", duration(None, unit_of(m["unit"])))


# "the coming weeks", "coming years", "the months ahead": TimeML (and most of TimeBank)
# annotates these as vague durations (PXW), like "the past few weeks", not as FUTURE_REF
@rule(r"(?i:(?:the\s+)?coming\s+(?P<unit>days|weeks|months|quarters|years|decades)"
      r"|the\s+(?P<unit2>days|weeks|months|years)\s+ahead)(?![\w-])",
      needs=r"(?i:coming|ahead)")
def vague_future_span(m: re.Match, ctx: Context) -> Res:
    return Res("DURATION", duration(None, unit_of(m["unit"] or m["unit2"])))


_SET_UNIT = r"(?P<unit>(?i:second|minute|hour|day|night|week|weekend|month|quarter|year|decade))"
_SET_POD = r"(?P<pod>(?i:morning|afternoon|evening|night))"
_SEASON = r"(?P<season>(?i:spring|summer|fall|autumn|winter))"


# "every morning", "each July", "every Monday", "every two years", "every other week"
@rule(rf"(?i:every|each)\s+(?:(?P<num>(?i:other)|{NUMBER})\s+)?(?:{_SET_UNIT}s?|{_SET_POD}|(?P<wd>{WEEKDAY})|(?P<mon>{MONTH})|{_SEASON})(?![\w-])",
      needs=r"(?i:every|each)")
def every(m: re.Match, ctx: Context) -> Res | None:
    if m["pod"]:
        return Res("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m['pod'].lower()]}")
    if m["wd"]:
        return Res("SET", f"XXXX-WXX-{weekday_number(m['wd']) + 1}")
    if m["mon"]:
        return Res("SET", f"XXXX-{month_number(m['mon']):02d}")
    if m["season"]:
        return Res("SET", f"XXXX-{ {'spring': 'SP', 'summer': 'SU', 'fall': 'FA', 'autumn': 'FA', 'winter': 'WI'}[m['season'].lower()]}")
    num = (m["num"] or "").lower()
    n = 2 if num == "other" else (parse_number(num) if num else 1)
    if n is None:
        return None
    unit = unit_of(m["unit"])
    return Res("SET", duration(n, unit))


_ADVERBS = {"daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
            "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y", "annual": None, "hourly": "PT1H",
            "semiannually": "P6M", "semi-annually": "P6M"}


# "daily", "weekly", "annually", "twice a week", "three times a year", "per day", "on Mondays"
@rule(r"(?<![\w-])(?:(?P<adv>(?i:daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually|hourly|semi-?annually))"
      r"|(?:(?P<freq>(?i:once|twice|three\s+times|four\s+times|several\s+times|\d+\s+times|many\s+times))\s+)?(?i:a|an|per|each)\s+"
      rf"(?P<unit>(?i:second|minute|hour|day|week|month|quarter|year|decade))"
      rf"|(?P<wds>{WEEKDAY_FULL})s)(?![\w-])")
def frequency(m: re.Match, ctx: Context) -> Res | None:
    if m["adv"]:
        word = m["adv"].lower()
        if word == "quarterly":
            return None  # "quarterly dividend/results": a reporting period, not annotated
        if word in ("daily", "weekly", "monthly") and m["adv"][0].isupper() and ctx.prev_word(m.start()) == "":
            return None  # a paper's name ("Weekly ...") at the start of a line
        return Res("SET", _ADVERBS[word.replace("-", "")])
    if m["wds"]:
        return Res("SET", f"XXXX-WXX-{weekday_number(m['wds']) + 1}")
    if not m["freq"] and not m.group().lower().startswith("per"):
        if not ctx.extra.get("is_rate", _no)(m.start()):
            return None  # "a year" after a verb is a duration (the duration rule takes it)
    return Res("SET", duration(1, unit_of(m["unit"])))


_HOUR_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven",
                                             "eight", "nine", "ten", "eleven", "twelve"])}
_TZ = r"(?:\s+(?P<tz>(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|MSK|JST|IST)\b|(?i:local\s+time)|\((?:[A-Z]{2,4}|\d{4}\s+GMT)\)))?"
_ATTACHED = (rf"(?:,?\s+(?:(?:on\s+)?(?P<wd>{WEEKDAY})(?![\w'’])|(?P<rel>(?i:today|yesterday|tomorrow|tonight))\b|"
             rf"(?:on\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY_NUM})(?![\d:])))?")


# clock times: "3 p.m.", "10:35 a.m. Friday", "15:30 GMT", "noon Thursday", "midnight",
# "4 in the morning", "around 7:15 p.m.", "5 p.m. EST Nov. 9"
@rule(rf"(?:(?i:about|around|approximately|roughly)\s+)?"
      rf"(?:(?P<h>(?<![\d.:$£€])(?:[01]?\d|2[0-3]))(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am\b|pm\b))"
      rf"|(?P<h24>(?<![\d.:$£€])(?:[01]?\d|2[0-3])):(?P<mi24>[0-5]\d)(?![\d:])(?:\s*(?i:h|hrs|hours)\b)?"
      rf"|(?<![\w-])(?P<word>(?i:noon|midnight|midday|mid-?day))"
      rf"|(?P<ho>\d{{1,2}}|(?i:{'|'.join(_HOUR_WORDS)}))(?:\s+(?i:o['’]clock)|\s+(?i:in\s+the)\s+(?P<pod>(?i:morning|afternoon|evening|night))))"
      rf"{_TZ}{_ATTACHED}")
def clock(m: re.Match, ctx: Context) -> Res | None:
    hh, mi = _clock_value(m)
    if hh is None:
        return None
    tod = f"{hh:02d}:{mi:02d}" if hh != 24 else "24:00"
    day = _clock_day(m, ctx)
    if day is None:
        return Res("TIME", f"XXXX-XX-XXT{tod}")
    return Res("TIME", f"{day.isoformat()}T{tod}", day_point(day, tod))


def _clock_value(m: re.Match) -> tuple[int | None, int]:
    if m["word"]:
        return (24 if m["word"].lower() == "midnight" else 12), 0
    if m["h24"]:
        return int(m["h24"]), int(m["mi24"])
    if m["ho"]:
        h = int(m["ho"]) if m["ho"].isdigit() else _HOUR_WORDS[m["ho"].lower()]
        if h > 12:
            return None, 0
        if m["pod"] and m["pod"].lower() in ("afternoon", "evening") or (m["pod"] and m["pod"].lower() == "night" and h > 5):
            h = h % 12 + 12
        return h, 0
    h = int(m["h"])
    if h > 12 or h == 0:
        return None, 0
    pm = m["ap"].lower().startswith("p")
    return (h % 12 + (12 if pm else 0)), int(m["mi"] or 0)


def _clock_day(m: re.Match, ctx: Context) -> dt.date | None:
    if m["mon"]:
        month, day = month_number(m["mon"]), int(re.match(r"\d+", m["day"]).group())
        if ctx.anchor is None:
            return None
        try:
            return dt.date(day_year(ctx.anchor, month, day, ctx.direction(m.start(), m.end())), month, day)
        except ValueError:
            return None
    if ctx.anchor is None:
        return None
    if m["wd"]:
        return weekday_date(ctx.anchor, weekday_number(m["wd"]), ctx.direction(m.start(), m.end()))
    if m["rel"]:
        return ctx.anchor + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m["rel"].lower(), 0))
    if ctx.ref is not None and ctx.ref.gran == "D":
        return ctx.ref.date  # a time with no day belongs to the day last mentioned
    return ctx.anchor
