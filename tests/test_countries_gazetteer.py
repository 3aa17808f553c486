"""The country gazetteer: names, variants, demonyms and capitals -> ISO alpha-3."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from dateline.resolve.countries import (
    Kind,
    canonical_country_name,
    country_code,
    country_match,
    is_country_name,
)


@pytest.mark.parametrize(
    "text, code",
    [
        ("U.S.", "USA"), ("US", "USA"), ("United States", "USA"), ("the United States", "USA"),
        ("America", "USA"), ("U.S.A.", "USA"), ("Britain", "GBR"), ("UK", "GBR"),
        ("U.K.", "GBR"), ("Great Britain", "GBR"), ("North Korea", "PRK"),
        ("South Korea", "KOR"), ("Russia", "RUS"), ("Russian Federation", "RUS"),
        ("Iran", "IRN"), ("Syria", "SYR"), ("Holland", "NLD"), ("Ivory Coast", "CIV"),
    ],
)
def test_country_names_and_variants(text, code):
    assert country_code(text) == code
    assert is_country_name(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Russian", "RUS"), ("Russians", "RUS"), ("North Korean", "PRK"), ("Iranian", "IRN"),
        ("British", "GBR"), ("Dutch", "NLD"), ("Chinese", "CHN"), ("Germans", "DEU"),
        ("Iraqis", "IRQ"), ("Britons", "GBR"), ("Swiss", "CHE"),
    ],
)
def test_demonyms(text, code):
    assert country_code(text) == code
    assert country_match(text).kind == Kind.DEMONYM


@pytest.mark.parametrize(
    "text, code",
    [("Moscow", "RUS"), ("Pyongyang", "PRK"), ("Washington", "USA"), ("Seoul", "KOR"),
     ("Damascus", "SYR"), ("Tehran", "IRN"), ("Kyiv", "UKR"), ("Kiev", "UKR")],
)
def test_capitals_are_not_the_country_itself(text, code):
    assert country_code(text) == code
    assert not is_country_name(text)


@pytest.mark.parametrize(
    "text, code",
    [("Aleppo", "SYR"), ("St. Petersburg", "RUS"), ("Saint Petersburg", "RUS"),
     ("São Paulo", "BRA"), ("Sao Paulo", "BRA"), ("Texas", "USA"), ("Munich", "DEU")],
)
def test_major_cities_and_regions(text, code):
    assert country_code(text) == code


def test_possessive_and_curly_apostrophe_are_ignored():
    assert country_code("North Korea's") == "PRK"
    assert country_code("Russia’s") == "RUS"


def test_country_beats_its_namesakes():
    # Georgia the country, not the US state; Mexico the country, not its capital
    assert country_code("Georgia") == "GEO"
    assert country_match("Mexico").kind == Kind.COUNTRY


def test_short_codes_need_capitals():
    assert country_code("us") is None  # the pronoun
    assert country_code("Us") is None
    assert country_code("US") == "USA"


@pytest.mark.parametrize("text", ["Korean", "Korean Peninsula", "Europe", "Lavrov", "", "the", "And"])
def test_unknown_or_ambiguous_names_give_none(text):
    assert country_code(text) is None


def test_metonyms():
    assert country_code("the Kremlin") == "RUS"
    assert country_code("White House") == "USA"


def test_canonical_country_names():
    assert canonical_country_name("PRK") == "North Korea"
    assert canonical_country_name("usa") == "United States"
    assert canonical_country_name("RUS") == "Russia"
    assert canonical_country_name("XYZ") == "XYZ"


@given(st.text(max_size=40))
def test_lookup_never_crashes(text):
    code = country_code(text)
    assert code is None or (len(code) == 3 and code.isupper())


def test_a_place_named_the_plus_a_common_word_is_not_that_word():
    from dateline.resolve.countries import country_code

    assert country_code("Valley") is None  # "The Valley", Anguilla's capital
    assert country_code("Hague") == "NLD" and country_code("The Hague") == "NLD"
