"""target75: the act is read, the target is not (docs/evaluation/events-target75.md). Every
sentence is our own, in the style of 1987 wire copy.

- A guilty plea in wire copy (a story under a dateline) is aimed at the court: the judiciary of
  the state the plea's "in" place names, else of the pleader's state (the wire annotators' 015
  JUD). Text with no dateline keeps the pleader as the target (the Wikinews convention); a
  not-guilty plea, an expected plea and a confession are not aimed at the court.
- Labour's talks with no partner named ("called off talks", "last negotiated", "proposed the
  talks", "resumed negotiations") are held with the other side of its dispute: a firm the
  sentence names, the state for a state cue, else the country's business. A partner named in the
  clause is kept; a union's own meeting and talk about something else are no talks.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

D87 = "1987-04-10"


def _wire87(place: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples(f"{place}, April 9 - \n\n" + "\n\n".join(sentences), D87)


# --- a guilty plea in wire copy ----------------------------------------------------------------------

@pytest.mark.parametrize("place, sentence, triple", [
    ("NEW YORK", "John Hale, a former broker at Drexel Burnham Lambert, pleaded guilty in Manhattan federal court "
                 "to insider trading charges.", ("USACVL", "015", "USAJUD")),
    ("NEW YORK", "Dennis Levine pleaded guilty last June to securities fraud and tax evasion.", ("USACVL", "015", "USAJUD")),
    ("NEW YORK", "Another former official of the bank, John Carver, 41, pled guilty today to conspiring to make false "
                 "entries in the bank's books.", ("USACVL", "015", "USAJUD")),
    ("NEW YORK", "Two former traders at the firm have already pleaded guilty to insider trading violations, as has "
                 "their former boss.", ("USACVL", "015", "USAJUD")),
    ("LONDON", "Former stockbroker Peter Marsh pleaded guilty today at the Old Bailey to two charges of insider dealing.",
     ("GBRCVL", "015", "GBRJUD")),
    ("NEW YORK", "British businessman Peter Marsh pleaded guilty in a New York court to fraud charges.",
     ("GBRCVL", "015", "USAJUD")),
])
def test_a_guilty_plea_in_wire_copy_is_aimed_at_the_court(place, sentence, triple):
    got = _wire87(place, sentence)
    assert triple in got, got
    assert not any(c == "015" and s == t for s, c, t in got), got


def test_a_guilty_plea_without_a_dateline_stays_the_pleaders_own():
    got = coded_triples("Peter Jones pleaded guilty to fraud charges in a New York court on Monday.", "2019-05-02")
    assert ("USACVL", "015", "USACVL") in got, got


@pytest.mark.parametrize("sentence", [
    "A former bond trader, John Hale, pleaded not guilty today to securities fraud charges.",
    "The former trader is expected to plead guilty next week.",
    "Peter Marsh confessed to the killing in a letter to the newspaper.",
])
def test_no_court_for_a_denial_a_plan_or_a_confession(sentence):
    got = _wire87("NEW YORK", sentence)
    assert not any(t and t.endswith("JUD") for _, _, t in got), got


# --- labour's talks with no partner named ------------------------------------------------------------

@pytest.mark.parametrize("place, sentences, triple", [
    ("TORONTO", ("The striking office workers last negotiated on May 21, a union spokesman said.",),
     ("CANLAB", "046", "CANBUS")),
    ("FRANKFURT", ("The metalworkers union IG Metall proposed new talks on Thursday on the length of the working week.",),
     ("DEULAB", "036", "DEUBUS")),
    ("TORONTO", ("The Canadian Auto Workers union resumed negotiations today on a new three-year contract.",),
     ("CANLAB", "046", "CANBUS")),
    ("LONDON", ("Ford's British workers went on strike on Monday.",
                "Union leaders said they were prepared to resume talks at any time."), ("GBRLAB", "036", "GBRBUS")),
    ("LA PAZ", ("The COB labour federation said today it was ready to negotiate on the government's wage policy.",),
     ("BOLLAB", "036", "BOLGOV")),
])
def test_labour_talks_with_no_partner_are_the_employers(place, sentences, triple):
    got = _wire87(place, *sentences)
    assert triple in got, got


@pytest.mark.parametrize("place, sentence, triple", [
    ("RIO DE JANEIRO", "The seamen's union broke off talks with the Labour Ministry today.", ("BRALAB", "164", "BRAGOV")),
    ("DETROIT", "The union resumed negotiations with General Motors Corp today.", ("USALAB", "046", "USABUS")),
])
def test_a_partner_named_in_the_clause_is_kept(place, sentence, triple):
    got = _wire87(place, sentence)
    assert triple in got, got
    assert len({t for _, _, t in got if t}) == 1, got


@pytest.mark.parametrize("sentence", [
    "The union said it would hold talks with its members before deciding on a strike.",
    "The union's executive will meet on Friday to decide whether to call a strike.",
    "Delegates at the union conference talked about the future of the movement.",
    "The CGT union leader Henri Krasucki met reporters after the rally.",
])
def test_no_employer_for_a_unions_own_meeting(sentence):
    got = _wire87("LONDON", sentence)
    assert not any(t and t.endswith(("BUS", "GOV")) for _, _, t in got), got



# --- a visit with no destination named --------------------------------------------------------------

@pytest.mark.parametrize("place, sentence, triple", [
    ("LONDON", "King Fahd of Saudi Arabia begins a four-day state visit on Tuesday which will focus on trade between "
               "the two countries.", ("SAUGOV", "036", "GBR")),
    ("LA PAZ", "The government said the strike was meant to embarrass it during the visit of West German President "
               "Richard von Weizsaecker, who arrives today for a four-day official visit.", ("DEUGOV", "042", "BOL")),
    ("SAN JOSE", "Japanese Prime Minister Ryutaro Hashimoto, who arrived at 11 a.m., met President Jose Maria Figueres "
                 "at the airport.", ("JPNGOV", "042", "CRI")),
    ("BRASILIA", "Former Secretary of State Henry Kissinger came to Brazil on a private visit to speak at a business "
                 "congress.", ("USAELI", "042", "BRA")),
    ("PARIS", "French Prime Minister Jacques Chirac came to China on a five-day visit to promote French exports.",
     ("FRAGOV", "042", "CHN")),
])
def test_a_visit_with_no_destination_is_to_the_datelines_country_or_the_carried_place(place, sentence, triple):
    got = _wire87(place, sentence)
    assert triple in got, got


@pytest.mark.parametrize("place, sentence", [
    ("LONDON", "Prime Minister Margaret Thatcher begins a four-day visit on Tuesday, her office said."),
    ("LONDON", "Rescue teams arrived at the scene of the crash within minutes."),
    ("BONN", "Chancellor Helmut Kohl arrived back in Bonn from a trip to Washington on Sunday."),
])
def test_no_host_for_a_visitor_at_home_or_a_private_arrival(place, sentence):
    got = _wire87(place, sentence)
    assert not any(c in ("036", "042") and t for _, c, t in got), got


def test_no_dateline_host_for_officials_seen_arriving():
    got = _wire87("WASHINGTON", "Officials seen arriving by reporters included West German Finance Minister Gerhard "
                                "Stoltenberg and French Finance Minister Edouard Balladur.")
    assert not any(c in ("036", "042") and t == "USA" for _, c, t in got), got
