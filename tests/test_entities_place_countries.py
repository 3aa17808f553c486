"""Places the country table leaves out still give their entity a country (integ29).

Sentences written for these tests. The entity's country is what the home-country guess, the
event coder and the API's country filter read, so a town, a region or an old state name with
no country is an actor lost downstream."""
from __future__ import annotations

import pytest

from dateline.resolve.countries import country_code, is_country_name
from entity_helpers import annotate


@pytest.mark.parametrize("text, code", [
    ("Democratic Republic of Congo", "COD"),  # wire style: ISO's "the" dropped
    ("the Democratic Republic of Congo", "COD"),
    ("Republic of Congo", "COG"),
    ("Congo Republic", "COG"),
    ("Trinidad", "TTO"),  # the country's main island, not the Bolivian town
])
def test_country_names_as_wires_write_them(text, code):
    assert country_code(text) == code
    assert is_country_name(text)


def _countries(text: str) -> dict[str, str | None]:
    article, _ = annotate(text)
    return {e.name: e.country for e in article.entities}


def test_a_town_the_country_table_lacks_takes_its_country_from_the_gazetteer():
    got = _countries("Police in Pattaya arrested two tourists after a brawl, and the mayor of Kenosha "
                     "declared a curfew.")
    assert got.get("Pattaya") == "THA"
    assert got.get("Kenosha") == "USA"


def test_a_state_the_supplement_lists_gives_its_entity_a_country():
    got = _countries("Diplomats from Bosnia arrived in Vienna on Monday for another round of talks.")
    assert got.get("Bosnia") == "BIH"


def test_a_small_namesake_abroad_gives_no_country():
    # a town of under 50,000 people whose name is also a village elsewhere: no guess
    got = _countries("Crowds gathered in Blenheim on Saturday to watch the parade.")
    assert got.get("Blenheim") is None


def test_a_people_keeps_no_supplement_country_on_the_entity():
    # the event coder reads a people's country itself; the entity stays as it was
    got = _countries("Bosnian refugees marched through the town on Sunday.")
    assert got.get("Bosnian") is None


@pytest.mark.parametrize("text, code", [
    ("South Wales", "GBR"), ("Northern Iraq", "IRQ"), ("Eastern Ukraine", "UKR"),
    ("North-West Syria", "SYR"), ("Western Australia", "AUS"),
])
def test_a_compass_part_of_a_country_or_region_is_in_it(text, code):
    assert country_code(text) == code
    assert not is_country_name(text)  # a part, never grouped with the country itself


def test_compass_words_do_not_break_whole_country_names_or_cities():
    assert is_country_name("South Korea") and country_code("South Korea") == "KOR"
    assert country_code("East Timor") == "TLS"
    assert country_code("East London") == "ZAF"  # the South African city, not a part of London


def test_a_compass_part_of_a_supplement_name():
    from dateline.resolve.actors import extra_place_country

    assert extra_place_country("West Germany") == "DEU"
    assert extra_place_country("South Kivu") is None


def test_a_country_name_the_model_tags_as_a_date_is_a_place():
    # the small model tags "Niger" DATE here; a whole country name is taken back as GPE
    got = _countries("The junta in Niger ordered the French ambassador to leave the country.")
    assert got.get("Niger") == "NER"


def test_a_month_is_not_a_country():
    got = _countries("The talks are set for May in Chad.")
    assert "May" not in got and got.get("Chad") == "TCD"
