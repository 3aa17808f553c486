"""actors70: Reuters stock tickers after firms' names (docs/evaluation/events-actors70.md).
Every sentence is our own, in 1987 Reuters style.

- A name with a ticker after it is a listed firm (BUS) of its exchange's country (.PA France,
  .OL Norway, .S Sydney, a bare ticker the United States), unless the actor tables or its legal
  form gave it a country.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story

from dateline.events.tickers import ticker_country

DAY = "1987-03-12"


def test_ticker_countries():
    assert ticker_country("PUKG.PA") == "FRA"
    assert ticker_country("WSTP.S") == "AUS"
    assert ticker_country("CZ") == "USA"
    assert ticker_country("ABC.QQ") is None


def test_a_bare_ticker_is_a_us_listing_over_the_dateline_country():
    text = wire_story("FRANKFURT", DAY, "Hoechst AG <HFAG.F> said it rejected a takeover proposal from Celanese Corp <CZ>.")
    got = coded_triples(text, DAY)
    assert ("DEUBUS", "120", "USABUS") in got, got
    assert ("DEUBUS", "120", "DEUBUS") not in got, got


def test_a_ticker_object_is_the_firm():
    text = wire_story("PARIS", DAY, "The French government praised Matra <MATR.PA> for its bid.")
    assert ("FRAGOV", "051", "FRABUS") in coded_triples(text, DAY)


def test_no_act_no_triple_and_names_in_brackets_are_no_tickers():
    for text in (
            "Pechiney <PUKG.PA> said it did not sign an agreement with the Soviet Union.",
            "Sigma Research <Sigma Research Associates> said it rejected the offer.",
            "Pechiney <PUKG.PA> said it may sign an agreement with the Soviet Union next year.",
    ):
        got = coded_triples(text, DAY)
        assert not any(t[0] == "FRABUS" and t[1] == "057" for t in got), (text, got)
        assert not any(t[2] == "USABUS" for t in got), (text, got)


# --- a firm's part by its possessor ------------------------------------------------------------

def test_a_soldiers_unit_is_no_firm():
    got = coded_triples("The sergeant said his unit attacked the rebels near the border.", DAY)
    assert not any(t[0].endswith("BUS") for t in got), got


# --- the World Bank's arms and the Supreme Court's justices ----------------------------------------

def test_world_bank_arms():
    for text, triple in (
            ("The International Finance Corporation approved a 20 mln dlr loan to Kenya.", ("IGOWBK", "071", "KEN")),
            ("The International Finance Corp (IFC), a World Bank affiliate, will invest up to 10 mln dlrs "
             "in Manila Fund Inc.", ("IGOWBK", "0311", "PHLBUS")),
    ):
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_supreme_court_justices_are_the_us_judiciary_in_office():
    for text, day, triple in (
            ("Supreme Court Justice Sandra Day O'Connor rejected a request by USAir Group Inc.", DAY,
             ("USAJUD", "120", "USABUS")),
            ("Chief Justice William Rehnquist criticised Congress for cutting the budget of the federal courts.", DAY,
             ("USAJUD", "111", "USALEG")),
            ("Scalia criticised the Justice Department in a dissent.", DAY, ("USAJUD", "111", "USAGOV")),
            ("Justice Samuel Alito criticised the Senate Judiciary Committee.", "2006-03-09", ("USAJUD", "111", "USALEG")),
    ):
        got = coded_triples(text, day)
        assert triple in got, (text, got)


def test_a_namesake_of_a_justice_is_no_judge():
    got = coded_triples("Cardinal John O'Connor criticised the city government of New York.", DAY)
    assert not any(t[0].endswith("JUD") for t in got), got
