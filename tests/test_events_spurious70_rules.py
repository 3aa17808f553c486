"""spurious70: wrong triples on unseen text, the released batch r22-r28 (docs/evaluation/events-spurious70.md).
Every sentence is our own, written in the style of 1987 wire copy.

- An appeal for a reform (liberalise, deregulate, reform, overhaul, restructure, ease a policy,
  "called for reforms") is an appeal for a change in policy (0242); political reforms are 0244.
- A visit or meeting timed by a future clause ("will be explained when X visits Y", "was due to
  hold talks, before travelling to Y") is the intent to meet (036); a past one stays the visit (042).
- A visit mentioned as the time ("ahead of her visit to Y") or the topic ("briefed Y on X's visit")
  of another act is not coded.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story

D87 = "1987-04-02"


def _wire(place: str, sentence: str) -> set[tuple[str, str, str | None]]:
    return coded_triples(wire_story(place, D87, sentence), D87)


# --- appeals for a reform -----------------------------------------------------------------------------

def test_an_appeal_for_a_reform_is_an_appeal_for_a_policy_change():
    for place, text, triple in [
        ("WASHINGTON", "The International Monetary Fund urged Argentina to liberalise its foreign exchange market.",
         ("IGOIMF", "0242", "ARG")),
        ("BONN", "West German bankers called on the Bonn government to deregulate the domestic money market.",
         ("DEUBUS", "0242", "DEUGOV")),
        ("LONDON", "British industrialists urged the government to reform the corporate tax system before the election.",
         ("GBRBUS", "0242", "GBRGOV")),
        ("NAIROBI", "The World Bank called for sweeping reforms of Kenya's grain marketing system.",
         ("IGOWBK", "0242", "KEN")),
        ("TOKYO", "Japanese bankers asked the Finance Ministry to ease its monetary policy further.",
         ("JPNBUS", "0242", "JPNGOV")),
        ("TOKYO", "Japan should deregulate its short-term money markets, a leading U.S. banker said.",
         ("USABUS", "0242", "JPN")),
    ]:
        got = _wire(place, text)
        assert triple in got, (text, got)
        assert (triple[0], "020", triple[2]) not in got, (text, got)


def test_a_political_reform_asked_is_an_institutional_change():
    got = _wire("NAIROBI", "Amnesty International called for democratic reforms in Kenya.")
    assert any(c == "0244" for _, c, _ in got) and not any(c == "0242" for _, c, _ in got), got


def test_other_appeals_stay_plain():
    for place, text, triple in [
        ("PARIS", "French unions asked the government to approve a pay rise for nurses.", ("FRALAB", "020", "FRAGOV")),
        ("MADRID", "Spanish exporters asked the government to clear 30,000 tonnes of wheat for export.",
         ("ESPBUS", "020", "ESPGOV")),
    ]:
        got = _wire(place, text)
        assert triple in got, (text, got)
    got = _wire("WASHINGTON", "The World Bank did not call for reforms of the farm sector, officials said.")
    assert not any(c.startswith("024") for _, c, _ in got), got


# --- future visits --------------------------------------------------------------------------------------

def test_a_visit_timed_by_a_future_clause_is_the_intent_to_meet():
    for place, text, triple in [
        ("LONDON", "The proposals will be put to the Americans next week when Chancellor Nigel Lawson visits "
                   "Washington for the meetings with the IMF.", ("GBRGOV", "036", "USA")),
        ("TOKYO", "The package is expected to be ready before April 19, when Foreign Minister Tadashi Kuranari "
                  "visits Washington for talks with Shultz.", ("JPNGOV", "036", "USA")),
        ("PARIS", "The French finance minister will explain the plan to Bonn when he travels to West Germany "
                  "on Thursday.", ("FRAGOV", "036", "DEU")),
        ("BRASILIA", "Funaro was due to hold talks in London today with bankers, before travelling to Washington "
                     "for the IMF meeting.", ("BRAGOV", "036", "USA")),
    ]:
        got = _wire(place, text)
        assert triple in got, (text, got)
        assert (triple[0], "042", triple[2]) not in got, (text, got)


def test_past_and_hypothetical_visits_are_not_intents():
    got = _wire("LONDON", "The proposals were put to the Americans last week when Lawson visited Washington "
                          "for the meetings with the IMF.")
    assert ("GBRGOV", "042", "USA") in got, got
    got = _wire("BRASILIA", "Funaro held talks in London yesterday with bankers before travelling to Washington "
                            "for the IMF meeting.")
    assert ("BRAGOV", "042", "USA") in got, got
    got = _wire("TOKYO", "Talks could resume when the Soviet foreign minister visits Tokyo, diplomats said.")
    assert not any(c in ("036", "042") for _, c, _ in got), got


# --- visits mentioned -----------------------------------------------------------------------------------

def test_a_visit_mentioned_as_a_time_or_a_topic_is_not_coded():
    for place, text in [
        ("PARIS", "Thatcher left Paris yesterday ahead of her visit to Moscow next week."),
        ("BONN", "Kohl briefed Mitterrand on Thatcher's recent visit to Moscow."),
        ("SANTIAGO", "Reporters questioned the spokesman on the Pope's visit to Chile."),
    ]:
        got = _wire(place, text)
        assert not any(c == "042" for _, c, _ in got), (text, got)
    got = _wire("LONDON", "Thatcher left London on Saturday for a five-day visit to the Soviet Union.")
    assert ("GBRGOV", "042", "RUS") in got, got
    got = _wire("MOSCOW", "Thatcher said on her visit to Moscow that the talks had been useful.")
    assert ("GBRGOV", "042", "RUS") in got, got
