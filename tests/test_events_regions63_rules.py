"""regions63: English names of countries' first-level regions (docs/evaluation/events-regions63.md).
Every sentence is our own. pycountry names many regions only in the local form ("Bayern",
"Jawa Barat"), so the project's list data/actors/regions_en.tsv gives the English names news
uses; the subdivision table (resolve/countries.py) and the region table (resolve/actors.py) read
it. Names two countries share ("Punjab") or that are also a country ("Georgia") stay out.
"""
from __future__ import annotations

import pytest

from dateline.resolve.actors import region_country, region_in_name
from dateline.resolve.countries import named_state_country, subdivision_country
from events_variety import coded_triples


@pytest.mark.parametrize("name, code", [
    ("Bavaria", "DEU"), ("North Rhine-Westphalia", "DEU"), ("Lower Saxony", "DEU"),
    ("West Java", "IDN"), ("Sinkiang", "CHN"), ("Szechwan", "CHN"), ("Dagestan", "RUS"),
    ("Tatarstan", "RUS"), ("West Yorkshire", "GBR"), ("Greater Manchester", "GBR"),
    ("Catalonia", "ESP"), ("Lombardy", "ITA"), ("Sicily", "ITA"), ("Anbar", "IRQ"),
    ("Darfur", "SDN"), ("Transvaal", "ZAF"),
])
def test_english_region_names_resolve(name, code):
    assert subdivision_country(name) == code
    assert region_country(name) == code
    assert named_state_country(name) == code


@pytest.mark.parametrize("name", ["Punjab", "Kurdistan", "Bengal", "Georgia", "Brittany"])
def test_shared_or_personal_names_stay_out_of_the_english_list(name):
    assert subdivision_country(name) is None


def test_institution_names_starting_from_an_english_region():
    assert region_in_name("West Yorkshire Police") == "GBR"
    assert region_in_name("Bavaria State Government") == "DEU"
    assert region_in_name("Kurdistan Regional Government") == "IRQ"


@pytest.mark.parametrize("text, day, triple", [
    ("Police in Szechwan arrested 12 people after protests against local officials.",
     "1987-05-12", ("CHNCOP", "173", "CHNCVL")),
    ("West Yorkshire Police arrested two men on Friday in connection with the bombing.",
     "1996-08-30", ("GBRCOP", "173", "GBRCVL")),
    ("Security forces in Anbar killed five Islamic State militants on Wednesday.",
     "2019-03-14", ("IRQMIL", "190", "IMGREB")),
    ("Police in Bavaria arrested three Turkish men suspected of drug smuggling.",
     "1987-05-12", ("DEUCOP", "173", "TURCVL")),
    ("Police in Darfur arrested a rebel commander.", "2019-03-14", ("SDNCOP", "173", "SDNREB")),
    ("Bavarian Premier Franz Josef Strauss met Soviet leader Mikhail Gorbachev in Moscow on Monday.",
     "1987-05-12", ("DEUGOV", "040", "RUSGOV")),
])
def test_a_region_gives_the_actors_a_country(text, day, triple):
    assert triple in coded_triples(text, day)


def test_the_sicilian_mafia_stays_a_criminal_group():
    # "Sicilian" is deliberately not a demonym entry: it would turn ITACRM into a bare ITA
    assert ("ITACRM", "130", "ITAMED") in coded_triples(
        "The Sicilian Mafia threatened a journalist in Palermo.", "2019-03-14")


@pytest.mark.parametrize("text", [
    "Armed Sikh militants in Punjab killed three policemen on Sunday.",  # Punjab: two countries
    "Brittany Wilson praised the Bavarian team after the match.",
])
def test_ambiguous_names_give_no_country(text):
    got = coded_triples(text, "2019-03-14")
    assert not any(s.startswith(("PAK", "IND", "FRA")) or t.startswith(("PAK", "IND", "FRA"))
                   for s, _, t in got), got


# ---------------------------------------------------------------- integrator: a regional government names the capital

def test_a_regional_government_against_the_national_capital_is_coded() -> None:
    """"the Catalan regional government criticised Madrid": the capital is the state, another party
    than the region's own government, not a place at home (the pair was dropped before)."""
    from events_variety import coded_triples

    assert ("ESPGOV", "111", "ESP") in coded_triples("The Catalan regional government criticised Madrid on Tuesday.",
                                                      "2019-05-05")
    assert ("IRQGOV", "112", "IRQ") in coded_triples(
        "The Kurdistan Regional Government accused Baghdad of withholding salaries.", "2019-05-05")
    assert ("DEUGOV", "111", "DEU") in coded_triples(
        "The Bavarian state government criticised Berlin over the tax plan.", "2019-05-05")
    # a trip to the capital stays travel at home; the national government on its own capital's council is no region
    assert not coded_triples("The Catalan regional government sent a delegation to Madrid on Tuesday.", "2019-05-05")
    assert ("ESPGOV", "111", "ESP") not in coded_triples("The Spanish government criticised Madrid on Tuesday.",
                                                          "2019-05-05")


def test_an_older_capital_of_the_wire_is_a_seat_of_state() -> None:
    """"Bonn" (until 1999) is in the gazetteer's capital aliases but not the packages' capitals, so
    `seat_of_state` had not known it and the regional government's pair was dropped as a place at home."""
    from events_variety import coded_triples

    assert ("DEUGOV", "111", "DEU") in coded_triples(
        "BONN 1987-03-12\n\nThe Bavarian state government criticised Bonn over the tax plan.", "1987-03-12")
    assert not coded_triples("The Bavarian premier flew to Bonn on Monday.", "1987-03-12")
