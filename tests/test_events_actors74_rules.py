"""actors74: an unlisted firm named by a trade word is a business, not the bare country
(docs/evaluation/events-actors74.md). Every sentence is our own, in the style of 1987 wire copy.

- "Condor Air said ...", "Hartley Industries sued ...": a name the actor tables do not list, with
  no legal form, whose last word is a firm's trade word (Air, Industries, Foods, Mining ...) is
  the story's country's business (USABUS), not the bare country; a public body's name ("Ministry
  of Petroleum", "National Petroleum") is not read so.
"""
from __future__ import annotations

import pytest

from dateline.resolve.firm_names import firm_by_trade_word
from events_variety import coded_triples

D87 = "1987-04-10"


def _wire87(place: str, sentence: str) -> str:
    return f"{place}, April 9 - \n\n{sentence}"


@pytest.mark.parametrize("place, sentence, triple", [
    ("NEW YORK", "Condor Air, flying routes in ten cities in the Northeast, said it reached a feeder agreement "
                 "with Texas Air Corp in March.", ("USABUS", "057", "USABUS")),
    ("NEW YORK", "Hartley Industries said it had sued Acme Corp over a patent.", ("USABUS", "115", "USABUS")),
])
def test_a_trade_word_name_is_a_firm(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got


@pytest.mark.parametrize("name, firm", [
    ("Condor Air", True), ("Hartley Industries", True), ("Borden Foods", True), ("Gull Air", True),
    ("Ministry of Petroleum", False), ("Nigerian National Petroleum", False), ("Air", False),
    ("Oil", False), ("the federal oil", False), ("Petroleum Workers Union", False),
])
def test_trade_word_names(name, firm):
    assert firm_by_trade_word(name) is firm


def test_a_public_body_is_not_a_firm():
    got = coded_triples(_wire87("CAIRO", "The Ministry of Petroleum said it had signed an agreement with Shell."), D87)
    assert not any(s and s.startswith("EGYBUS") for s, _, _ in got), got


# --- a firm named after a town of two countries; New England ----------------------------------------

@pytest.mark.parametrize("place, sentence, triple", [
    ("CHICAGO", "The Securities and Exchange Commission charged Windsor Holding Co with fraudulently overstating "
                "its income.", ("USAGOV", "1121", "USABUS")),
    ("CHICAGO", "The Securities and Exchange Commission charged York Holding Co with fraud.", ("USAGOV", "1121", "USABUS")),
    ("BOSTON", "New England Critical Care Inc said it completed its purchase of NPO Therapies Inc.",
     ("USABUS", "061", "USABUS")),
    ("NEW YORK", "Toronto Dominion Bank said it had sued Acme Corp over the loan.", ("CANBUS", "115", "USABUS")),
    ("LONDON", "Boston Edison Co said it signed a contract with Acme Corp.", ("USABUS", "057", "GBRBUS")),
])
def test_a_firms_town_name(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got


def test_namesake_town_rule_needs_a_small_town_the_home_country_has():
    from dateline.resolve.firm_names import namesake_town_country

    assert namesake_town_country("Windsor Holding Co", "USA") == "USA"
    assert namesake_town_country("Toronto Dominion Bank", "USA") is None  # a big city keeps its country
    assert namesake_town_country("Osaka Gas Co", "USA") is None
    assert namesake_town_country("Windsor Holding Co", None) is None
