"""spurious73: wrong triples in sentences with no gold triple (docs/evaluation/events-spurious73.md).
Every sentence is our own, in the style of 1987 wire copy.

- A comment declined with no addressee is not coded: "declined to comment (on the report)",
  "had no comment on the rumours" (the settled convention of every annotator since annr67d); a
  named asker keeps 011 toward it.
- An accord or a meeting told as the background of the news is no act: the object of "follows"
  ("the agreement follows an accord between X and Y"), the source of "according to the agreement
  between X and Y".
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

D87 = "1987-04-10"


def _wire87(place: str, sentence: str) -> str:
    return f"{place}, April 9 - \n\n{sentence}"


def _dyadic(place: str, sentence: str) -> set:
    return {t for t in coded_triples(_wire87(place, sentence), D87) if t[2]}


@pytest.mark.parametrize("place, sentence", [
    ("TOKYO", "A Finance Ministry spokesman declined to comment on the newspaper report."),
    ("LONDON", "Barclays officials declined to comment on the talks."),
    ("BONN", "The Economics Ministry declined comment on press speculation that the tax would be cut."),
    ("PARIS", "A Total spokesman had no comment on the rumours."),
    ("WASHINGTON", "Treasury officials declined to comment on whether Baker would attend the meeting."),
])
def test_a_comment_declined_with_no_addressee_is_not_coded(place, sentence):
    got = _dyadic(place, sentence)
    assert not any(t[1] == "011" for t in got), got


@pytest.mark.parametrize("place, sentence, triple", [
    ("TOKYO", "A Finance Ministry spokesman declined to comment when asked by reporters about the report.",
     ("JPNGOV", "011", "---MED")),
    ("LONDON", "Asked by Reuters about the bid, a Barclays spokesman declined to comment.", ("GBRBUS", "011", "GBRMED")),
    ("BRASILIA", "The Brazilian central bank could not confirm or deny the report.", ("BRAGOV", "011", "BRAMED")),
])
def test_an_addressed_or_withheld_comment_stays(place, sentence, triple):
    got = _dyadic(place, sentence)
    assert triple in got, got


@pytest.mark.parametrize("place, sentence", [
    ("LAGOS", "The agreement follows an accord between Nigeria and the Paris Club in December to reschedule its debt."),
    ("NEW YORK", "Port charges will fall from April 1, according to the agreement between the union and the shippers."),
])
def test_an_accord_told_as_background_is_no_act(place, sentence):
    got = _dyadic(place, sentence)
    assert not any(t[1] == "057" for t in got), got


def test_an_accord_signed_stays():
    got = _dyadic("LAGOS", "Nigeria signed an agreement with the Paris Club to reschedule its official debt.")
    assert ("NGA", "057", "IGOPRC") in got, got
