"""Words of time: month, weekday, number, unit and part-of-day vocabularies as regex
fragments and lookup tables, shared by the finder rules.

Month and weekday names are matched case-sensitively (capitalised or all caps) because
"may", "march", "sun" and "wed" are ordinary words in lower case; everything else is
matched case-insensitively inside `(?i:...)` groups.
"""
from __future__ import annotations

import re

from dateline.wordlist_regex import words_pattern

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "midday": "MI", "mid-day": "MI"}

UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "night": "night",
    "nights": "night", "week": "week", "weeks": "week", "weekend": "weekend",
    "weekends": "weekend", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century", "millennium": "millennium",
    "millennia": "millennium",
}

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_SMALL)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "single": 1, "dozen": 12, "a dozen": 12,
                     "a couple of": 2, "a couple": 2, "couple of": 2, "hundred": 100,
                     "a hundred": 100, "one hundred": 100, "thousand": 1000,
                     "a thousand": 1000, "half a": 0.5, "half an": 0.5, "a half": 0.5})
#: vague quantities: the value keeps an X ("PXY") and relative uses become PAST_REF etc.
VAGUE = {"a few", "few", "several", "some", "many", "a number of", "numerous", "a couple of",
         "the next few", "dozens of", "hundreds of", "thousands of", "countless"}

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
            "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def _alt(words) -> str:
    """A regex alternation, longest first so that "sept" beats "sep"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _caps(words) -> str:
    """Capitalised and ALL-CAPS forms of `words` (case-sensitive month/weekday names)."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words if len(w) > 3}
    return _alt(forms)


_FULL_MONTHS = [w for w, n in MONTHS.items() if len(w) > 4 or w in ("june", "july", "may")]
_ABBR_MONTHS = [w for w in MONTHS if w not in _FULL_MONTHS and w != "may"]
#: a month name: full, or abbreviated with an optional period ("Sept.", "Jan")
MONTH = rf"(?:{_caps(_FULL_MONTHS)}|(?:{_caps(_ABBR_MONTHS)})\b\.?)"
MONTH_NO_MAY = rf"(?:{_caps([w for w in _FULL_MONTHS if w != 'may'])}|(?:{_caps(_ABBR_MONTHS)})\b\.?)"
_FULL_DAYS = [w for w in WEEKDAYS if w.endswith("day")]
_ABBR_DAYS = [w for w in WEEKDAYS if not w.endswith("day")]
#: a weekday name; abbreviations need their period ("Wed." but not "wed")
WEEKDAY = rf"(?:{_caps(_FULL_DAYS)}|(?:{_caps(_ABBR_DAYS)})\.)"
WEEKDAY_FULL = rf"(?:{_caps(_FULL_DAYS)})"

#: cheap tests for whether a text can hold a month or weekday name at all
MONTH_HINT = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
WEEKDAY_HINT = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)"

_NUM_WORD = _alt(list(NUMBER_WORDS) + ["couple", "few"])
#: a count: digits ("3", "2.5", "2 1/2"), words ("twenty-four", "a dozen") or vague ("several")
NUMBER = (
    rf"(?:(?<![\d,.])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:\s+1/2|\s*½)?"
    rf"|(?i:(?:{_NUM_WORD})\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_NUM_WORD}))?"
    rf"|(?:{_alt(_TENS)})[- ](?:{_alt(_SMALL[1:10])})"
    rf"|(?:{_alt(VAGUE)})"
    rf"|(?:{_NUM_WORD})(?:\s+and\s+a\s+half)?))"
)
UNIT = rf"(?i:{_alt(UNITS)})"
#: a cheap `needs` pattern (base.rule) for the rules built on unit words: a substring of every
#: word of UNIT, and of "half" and "period", which "this_unit" also takes
UNIT_NEEDS = "(?i:" + words_pattern(["second", "minute", "hour", "day", "night", "week", "fortnight", "month",
                                     "quarter", "year", "decade", "centur", "millenni", "half", "period"]) + ")"
DAY_NUM = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
ORDINAL = rf"(?i:{_alt(ORDINALS)})"


def parse_number(text: str) -> float | None:
    """The value of a NUMBER match, or None for vague counts ("several")."""
    t = " ".join(text.lower().split())
    if t in VAGUE or t in ("few", "couple"):
        return 2 if t in ("a couple of",) else None
    half = 0.0
    if t.endswith("1/2") or t.endswith("½") or t.endswith("and a half"):
        half = 0.5
        t = re.sub(r"\s*(?:1/2|½|and a half)$", "", t).strip()
    try:
        return float(t.replace(",", "")) + half
    except ValueError:
        pass
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t] + half
    total, cur = 0.0, 0.0
    for word in re.split(r"[- ]+", t):
        if word == "and":
            continue
        if word not in NUMBER_WORDS:
            return None
        if word == "hundred":
            cur = (cur or 1) * 100
        elif word == "thousand":
            total, cur = total + (cur or 1) * 1000, 0.0
        else:
            cur += NUMBER_WORDS[word]
    return total + cur + half


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def weekday_number(text: str) -> int:
    return WEEKDAYS[text.lower().rstrip(".")]


def unit_of(text: str) -> str:
    return UNITS[text.lower()]
