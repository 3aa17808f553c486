"""The timex finder runs each rule only near what the rule needs (a month name, a unit word):
that must find exactly what running every rule over every trigger window finds."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.resolve.time import finder

WORDS = ["the", "talks", "ended", "on", "in", "for", "about", "three", "two-year", "10-day", "years", "months",
         "weeks", "a", "half", "this", "week", "last", "quarter", "fiscal", "period", "March", "Mar.", "3,", "1987",
         "ago", "earlier", "later", "Monday", "Mondays", "morning", "10:30", "a.m.", "noon", "Christmas", "spring",
         "1980s", "century", "decades", "every", "daily", "twice", "per", "day", "overnight", "dlrs", "mln", "4.5",
         "pct", "\n", "\n\n", ",", ".", "Marchers", "yearly", "today", "tomorrow", "end", "of", "coming", "next"]


def _found(text: str, narrow: bool) -> list[tuple[str, int, int]]:
    ctx = finder._context(text, dt.date(1987, 3, 10), None)
    return [(rule.name, m.start(), m.end()) for rule, m in finder._candidates(text, ctx, narrow=narrow)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=80))
def test_narrow_windows_find_what_every_window_finds(words):
    text = " ".join(words)
    assert _found(text, narrow=True) == _found(text, narrow=False)


def test_a_long_wire_story_gives_the_same_timexes_either_way():
    text = ("NEW YORK, March 3 - The company said net profit for the fiscal year ended in June rose 4.5 pct to "
            "12 mln dlrs, after three years of losses. " * 3
            + "Talks are set for next week and a two-year deal could be signed by Christmas, about 10 days later. "
            + "Analysts expect a decision in the coming weeks; the 1980s boom ended a decade ago. " * 2)
    narrow = _found(text, narrow=True)
    assert narrow == _found(text, narrow=False)
    assert {"month_day", "this_unit", "duration_phrase", "holiday"} <= {name for name, _, _ in narrow}


def test_windows_inside_stretches_stay_inside_them():
    text = "one two three years four five six seven eight nine ten eleven twelve thirteen March 1987 end"
    outer = finder._windows(text)
    inner = finder._windows(text, finder.re.compile("March"), outer)
    assert inner and all(any(lo <= s < e <= hi for lo, hi in outer) for s, e in inner)


def test_amounts_make_no_window_but_date_and_time_shapes_do():
    assert finder._windows("Shares rose 4.5 pct to 12 mln dlrs, or 3,400 units, on strong demand.") == []
    for shape in ("in 1987", "the 1980s", "the 80s", "at 3 pm", "at 10:30", "in '87", "on 3/4/87", "at 0735 GMT"):
        assert finder._windows(f"Profits of 12 mln dlrs were booked {shape} by the firm."), shape


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["3/4/87", "'87", "3pm", "0735", "15:30", "1.5", "12", "1,200", "1990s"]),
                max_size=60))
def test_digit_shapes_lose_no_timex(words):
    # reference: a window around every digit, as the finder had before it looked at shapes
    text = " ".join(words)
    every_digit = finder.re.compile(r"(?<!\w)\d|" + finder._TRIGGER.pattern)
    ctx = finder._context(text, dt.date(1987, 3, 10), None)
    wide = finder._windows(text, every_digit)
    narrow = finder._windows(text)
    covered = lambda ws, s, e: any(lo <= s and e <= hi for lo, hi in ws)  # noqa: E731
    for rule, m in finder._candidates(text, ctx):
        assert covered(narrow, m.start(), m.end())
    for rule in finder.RULES:
        for lo, hi in wide:
            for m in rule.regex.finditer(text, lo, hi):
                if finder._resolve(rule, m, ctx):
                    assert covered(narrow, *finder._trim(text, m.start(), m.end())), (rule.name, m.group())


def test_plural_weekdays_open_a_window_and_longer_words_are_no_month():
    # "Mondays" is a frequency even with no other trigger near it; "Marchers" holds no month
    text = "Marchers met on Mondays, 1.5 km away."
    found = {(name, text[s:e]) for name, s, e in _found(text, narrow=True)}
    assert ("frequency", "Mondays") in found
    assert not any(name == "month_name" for name, _ in found)
