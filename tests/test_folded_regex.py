"""perf26: `compile_folded` must match exactly what `re.compile` matches.

The time-expression rules, their `needs` patterns and the window trigger are compiled with
their `(?i)` letters spelt out as classes and an info block naming the first characters
(dateline/folded_regex.py). These tests compare the two compilations, span and groups, on
sentences we wrote that cover the rules' alternatives, and check the letter classes against
the engine over all of Unicode.
"""
from __future__ import annotations

import re
import sys

import pytest

from dateline.folded_regex import _first_chars, _parser, compile_folded, fold_chars

TEXTS = [
    "About three years ago, more than 200 workers struck for the past two months; the strike "
    "ended at 3 p.m. EST Friday, around 10:35 a.m. (0735 GMT) on Monday, Nov. 9.",
    "ROUGHLY TWENTY-FIVE YEARS after the Six-Day War, a 10-year plan, a two-week trip and "
    "decades-long talks: the 8-month-old deal lapsed in the 1990s, said the KELVIN Co.",
    "Exports rose $5 million a year, twice a week, three times a year, per day and on Mondays; "
    "daily, weekly, biweekly, semi-annually, Quarterly and annually, every other week, each July.",
    "Noon Thursday, midnight, mid-day and four in the afternoon; at 15:30 hrs local time the "
    "talks, for years and within weeks, went on in the coming weeks and the months ahead.",
    "The fiscal 1987 first quarter, Q3, H1, the year-ago period, last Christmas, yesterday, "
    "tonight and tomorrow, the late 1970s, the end of 1994, earlier this month, 1986/87.",
    "Long s \u017fix years, Kelvin \u212aeeps a \u212aey, d\u0131\u0307tted \u0130 and \u0131 "
    "in the \u0130NTER\u0130M two \u017feconds, Ab\u017fo and an estimated 2 1/2 hours.",
    "",
    "no time here, only words, commas, (brackets) and \"quotes\" - and dashes -- everywhere.",
]


def _matches(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


def _all_patterns() -> list[str]:
    from dateline.resolve.time import finder
    from dateline.resolve.time.base import RULES

    pats = [r.regex.pattern for r in RULES] + [r.needs.pattern for r in RULES if r.needs]
    return sorted(set(pats)) + [finder._TRIGGER.pattern]


@pytest.mark.parametrize("pattern", _all_patterns())
def test_rule_patterns_match_as_compiled_plainly(pattern):
    plain, folded = re.compile(pattern), compile_folded(pattern)
    for text in TEXTS:
        assert _matches(folded, text) == _matches(plain, text)
        # every start position too (finditer skips past matches)
        for i in range(0, len(text), 7):
            assert _matches(folded, text[i:]) == _matches(plain, text[i:])


def test_the_rules_are_found_by_the_written_sentences():
    """The comparison above means something only if the sentences hit the rules."""
    from dateline.resolve.time.base import RULES

    hit = {r.name for r in RULES for t in TEXTS if r.regex.search(t)}
    for name in ("duration_phrase", "hyphen_duration", "frequency", "clock", "every", "bare_plural",
                 "vague_future_span"):
        assert name in hit


def test_letter_classes_are_what_ignorecase_matches():
    # every character of Unicode that (?i) matches to some ASCII letter, once
    any_letter = re.compile("(?i)[a-z]")
    cased = [chr(c) for c in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(c))]
    assert len(cased) > 52  # the Kelvin sign, long s and the two Turkish i's are among them
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        ci = re.compile("(?i)" + letter)
        assert set(fold_chars(letter)) == {c for c in cased if ci.fullmatch(c)}
    for other in "09 -'’":
        assert fold_chars(other) == other


@pytest.mark.parametrize("pattern,text,expected", [
    (r"(?i:kelvin)", "the \u212aELVIN scale", ["\u212aELVIN"]),
    (r"(?i:s)ix", "\u017fix Six six SIX", ["\u017fix", "Six", "six"]),
    (r"(?i:[a-c]+)\d", "xAb3 CC9 d4", ["Ab3", "CC9"]),
    (r"(?<!\w)(?i:about|around)?\s*(?P<x>[A-Z]\d)", "ABOUT K1 and around a2", ["ABOUT K1"]),
])
def test_folded_examples(pattern, text, expected):
    assert [m.group() for m in compile_folded(pattern).finditer(text)] == expected


def test_unfoldable_patterns_compile_as_written():
    # a case-insensitive backreference or a negated class is left to the engine
    for pattern, text in ((r"(?i)(a)\1", "aA"), (r"(?i:[^a])b", "Ab xb")):
        assert _matches(compile_folded(pattern), text) == _matches(re.compile(pattern), text)


@pytest.mark.parametrize("pattern,first", [
    (r"a?b", "ab"), (r"(?:a|b*)c", "abc"), (r"\bfoo", "f"), (r"(?<!\w)(?:x|y)+z", "xy"),
])
def test_first_chars(pattern, first):
    assert _first_chars(_parser.parse(pattern)) == [(_parser.LITERAL, ord(c)) for c in first]


@pytest.mark.parametrize("pattern", [r"x*", r"(?:a|)", r"(?<!\w)(?:\d+|[^a])", r".b", r"(a)\1?"])
def test_no_first_chars_when_empty_or_any(pattern):
    # a pattern that can match the empty string, or start with any character, needs none;
    # "(a)\1?" starts with a, so it has one
    got = _first_chars(_parser.parse(pattern))
    assert got == ([(_parser.LITERAL, ord("a"))] if pattern == r"(a)\1?" else None)
