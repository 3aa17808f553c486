"""tunesrc46: sources and pruned pairs (docs/evaluation/events-tunesrc46.md). Every sentence is
our own, in wire style.

- Strikers named by their trade take their employer's (or their place's) country from their own
  phrase: "Mechanics at British Airways walked out" GBRLAB 143 GBRBUS (events/strikers_home.py).
- "staged a go-slow" is a strike (verbs.txt 143).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1996-08-30"


def test_strikers_take_their_employers_country():
    cases = {
        "Mechanics at British Airways walked out over a pay freeze.": ("GBRLAB", "143", "GBRBUS"),
        "Pilots of Lufthansa were on strike for a second day.": ("DEULAB", "143", "DEUBUS"),
        "Some 500 miners at an Anglo American colliery went on strike on Wednesday.": ("ZAFLAB", "143", "ZAFBUS"),
        "Bus drivers in Lisbon stopped work for 24 hours.": ("PRTLAB", "143", "PRTBUS"),
    }
    for text, triple in cases.items():
        assert triple in coded_triples(text, DAY), text


def test_no_strike_no_strikers():
    for text in ("Mechanics at British Airways did not walk out on Tuesday.",
                 "Pilots of Lufthansa may go on strike next week.",
                 "Mechanics at British Airways repaired the engine on Monday."):
        assert not any(code.startswith("143") for _, code, _ in coded_triples(text, DAY)), text


def test_strikers_keep_the_role_the_tables_give():
    got = coded_triples("Nurses at hospitals in Manchester walked out on Friday.", DAY)
    assert ("GBRHLH", "143", "GBRBUS") in got, got


def test_strikers_with_a_country_keep_it():
    got = coded_triples("About 3,000 workers at Volkswagen's Wolfsburg plant stopped work on Monday.", DAY)
    assert ("DEULAB", "143", "DEUBUS") in got


def test_strikers_at_a_named_place_of_work():
    cases = {
        "Some 2,000 miners walked off the job at three Rio Tinto mines on Monday.": ("GBRLAB", "143", "GBRBUS"),
        "Around 300 grain handlers stopped work on Friday, most of them at the Cargill terminal in Rotterdam.":
            ("NLDLAB", "143", "NLDBUS"),  # the place says whose labour, before a foreign owner
        "Miners at a Gold Fields shaft near Johannesburg staged a go-slow on Monday.": ("ZAFLAB", "143", "ZAFBUS"),
    }
    for text, triple in cases.items():
        assert triple in coded_triples(text, DAY), text


def test_a_go_slow_is_a_strike_a_slow_recovery_is_not():
    assert not coded_triples("Economists said the economy began a slow recovery in the spring.", DAY)
    assert not any(code.startswith("14") for _, code, _ in
                   coded_triples("The miners at the Kloof mine did not stage a go-slow on Monday.", DAY))
