"""TIMEX3 mod from a timex's leading words, on hand-written phrases and through the finder."""
from __future__ import annotations

import pytest

from dateline.resolve.time import annotate_text
from dateline.resolve.time.mods import timex_mod


@pytest.mark.parametrize("text, type_, mod", [
    ("early 1990", "DATE", "START"),
    ("earlier this month", "DATE", "START"),
    ("the beginning of the year", "DATE", "START"),
    ("late last week", "DATE", "END"),
    ("the end of 1994", "DATE", "END"),
    ("mid-November", "DATE", "MID"),
    ("the middle of March", "DATE", "MID"),
    ("about three years", "DURATION", "APPROX"),
    ("some 20 years", "DURATION", "APPROX"),
    ("more than a decade", "DURATION", "MORE_THAN"),
    ("less than an hour", "DURATION", "LESS_THAN"),
    ("almost two weeks", "DURATION", "LESS_THAN"),
    ("nearly six months", "DURATION", "EQUAL_OR_LESS"),
    ("at least five days", "DURATION", "EQUAL_OR_MORE"),
    ("no more than two years", "DURATION", "EQUAL_OR_LESS"),
    ("three years", "DURATION", None),
    ("some time", "DURATION", None),
    ("lately", "DATE", None),
    ("every morning", "SET", None),
])
def test_mod_from_leading_words(text, type_, mod):
    assert timex_mod(text, type_) == mod


def test_finder_sets_the_mod_and_keeps_the_bare_value():
    found = annotate_text("Output peaked in early 2016 and has fallen for more than two years.", "2018-04-10")
    got = {t.text: (t.value, t.mod) for t in found}
    assert got["early 2016"] == ("2016", "START")
    assert got["more than two years"] == ("P2Y", "MORE_THAN")
