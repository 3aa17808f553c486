"""target73: the act is read, the target is not (docs/evaluation/events-target73.md). Every
sentence is our own, in the style of 1987 wire copy.

- A hunger strike by labour about pay or the state's policy is aimed at a firm the sentence
  names (`conflict.strike_target`), else at the state: a fast is a plea to the authorities (the
  tune gold codes every such fast at the government). Not for prisoners' or rebels' fasts,
  nor a fast with no claim named. "began a second day of a hunger strike" is the act.
- Workers the sentence calls employed by the state ("state employed miners", "miners employed by
  the state corporation Comibol") strike and fast at the government, a firm named there included.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

D87 = "1987-04-10"


def _wire87(place: str, sentence: str) -> str:
    return f"{place}, April 9 - \n\n{sentence}"


# --- a labour hunger strike ----------------------------------------------------------------------------

@pytest.mark.parametrize("place, sentence, triple", [
    ("LA PAZ", "Some 500 state employed miners began a hunger strike today to press for higher pay.", ("BOLLAB", "142", "BOLGOV")),
    ("LA PAZ", "About 2,000 teachers employed by the state went on hunger strike to press for higher wages, a union "
               "spokesman said.", ("BOLEDU", "142", "BOLGOV")),
    ("LA PAZ", "Union leaders began a hunger strike to protest against the government's austerity programme.",
     ("BOLLAB", "142", "BOLGOV")),
    ("MADRID", "Some 300 shipyard workers went on hunger strike to press for higher pay, a union spokesman said.",
     ("ESPLAB", "142", "ESPGOV")),
    ("LA PAZ", "About 600 state-employed railway workers went on hunger strike to demand higher pay.",
     ("BOLLAB", "142", "BOLGOV")),
    ("LA PAZ", "About 400 railway workers began a second day of a hunger strike in the main cities to press for wage "
               "increases, a union leader said.", ("BOLLAB", "142", "BOLGOV")),
])
def test_a_labour_hunger_strike_is_aimed_at_the_state(place, sentence, triple):
    got = coded_triples(_wire87(place, sentence), D87)
    assert triple in got, got


@pytest.mark.parametrize("place, sentence", [
    ("LIMA", "Jailed guerrillas went on hunger strike to protest against prison conditions."),
    ("LONDON", "Three jailed union leaders began a hunger strike, their lawyer said."),
    ("LA PAZ", "\"I am joining the fast,\" the union leader told reporters."),
])
def test_no_target_for_a_fast_with_no_labour_claim(place, sentence):
    got = coded_triples(_wire87(place, sentence), D87)
    assert not [t for t in got if t[1].startswith("142") and t[2]], got


def test_a_firm_its_workers_strike_at_is_kept_without_a_state_cue():
    got = coded_triples(_wire87("JOHANNESBURG", "A strike by 4,000 miners at Anglo American's Vaal Reefs mine entered "
                                                "its third day."), D87)
    assert ("ZAFLAB", "143", "ZAFBUS") in got, got


def test_a_firm_employing_strikers_is_no_state():
    got = coded_triples(_wire87("DETROIT", "The company said 3,000 workers it employed at the plant went on strike over "
                                           "pay."), D87)
    assert ("USALAB", "143", "USABUS") in got, got
