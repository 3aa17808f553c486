"""coop13 (issue #4): consultations and cooperation (CAMEO 04-09) -- meetings whose noun names both
parties and whose clause tells them as held, whatever verb tells it ("X-Y talks made a
breakthrough", "talks between X and Y collapsed"), also under a planning word before the noun.

Every sentence here was written for this project (none is taken from a gold set or an article).
The readings are in src/dateline/events/coop.py ("coop13": `meeting_held`, called from
filters.not_an_act; the told-outcome exception in `scheduled`; `agentless_parties`, called from
coder._agentless_pairs; `paired_state`, called from coder._resolve).
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

from dateline.events import coop
from dateline.nlp import load_nlp

CODED = [
    # 04: a meeting noun naming both parties, told as held by an outcome verb
    ("Israeli-Egyptian talks on the border made real progress on Monday, officials said.",
     {("ISR", "040", "EGY"), ("EGY", "040", "ISR")}),
    ("The chief Greek negotiator said Greek-Turkish talks on the islands had made a breakthrough.",
     {("GRC", "040", "TUR"), ("TUR", "040", "GRC")}),
    ("Talks between the Philippine government and communist rebels collapsed on Monday over the release of prisoners.",
     {("PHLGOV", "040", "PHLREB"), ("PHLREB", "040", "PHLGOV")}),
    # 04: a planning word before the noun does not make a meeting that failed an announced one
    ("A hastily arranged Italian-Austrian meeting on the margins of the summit failed to settle the dispute.",
     {("ITA", "040", "AUT"), ("AUT", "040", "ITA")}),
    # 04: the recogniser reads "Greek-Turkish" as one people; each half names its own state
    ("An Israeli official said Greek-Turkish talks on the islands had made a breakthrough.",
     {("GRC", "040", "TUR"), ("TUR", "040", "GRC")}),
    ("A specially convened Franco-German meeting on the edge of the summit failed to make progress on farm prices.",
     {("FRA", "040", "DEU"), ("DEU", "040", "FRA")}),
    # 04 / 05: an agentless passive whose "between" names both parties
    ("Talks were held in Brussels on Monday between Chile and Peru on the future of the fisheries.",
     {("CHL", "044", "PER"), ("PER", "044", "CHL")}),
    ("An agreement on the withdrawal of Cuban troops was concluded between Angola and South Africa on Wednesday.",
     {("AGO", "057", "ZAF"), ("ZAF", "057", "AGO")}),
    ("A trade accord between Chile and Peru was signed in Lima on Friday.",
     {("CHL", "057", "PER"), ("PER", "057", "CHL")}),
]


@pytest.mark.parametrize("text,expected", CODED)
def test_meetings_told_as_held_are_coded(text, expected):
    assert expected <= triples(text, published="1996-08-20")


def test_talks_still_to_come_stay_an_intention():
    got = triples("Talks between Italy and Austria will resume next week in Vienna.")
    assert ("ITA", "036", "AUT") in got and not any(code == "040" for _, code, _ in got)


def _event(code: str):
    from dateline.events.codebook import info
    from dateline.model import Actor, Event, Span

    f = info(code)
    return Event(code=code, root=f.root, label=f.name, goldstein=f.goldstein, quad_class=f.quad_class, plover=f.plover,
                 source=Actor(None, "a", "ITA", "ITA", None), target=Actor(None, "b", "AUT", "AUT", None),
                 date=None, location=None, evidence=Span(0, 1), confidence=0.5)


def _noun(text: str, word: str):
    return next(t for t in load_nlp()(text) if t.lower_ == word)


def test_the_exemption_needs_both_parties_named_and_a_meeting_told_as_held():
    assert coop.meeting_held(_event("040"), _noun("Italian-Austrian talks made progress on Monday.", "talks"))
    assert not coop.meeting_held(_event("040"), _noun("Talks with the rebels made progress on Monday.", "talks"))
    assert not coop.meeting_held(_event("040"), _noun("Italian-Austrian talks are expected in May.", "talks"))
    assert not coop.meeting_held(_event("057"), _noun("Italian-Austrian talks made progress on Monday.", "talks"))


def test_firms_talks_that_broke_down_stay_uncoded():
    got = triples("The talks between the two companies broke down last week over the price of the shares.")
    assert not got


def test_an_agent_of_the_passive_keeps_the_ordinary_reading():
    got = triples("Talks were held by Chile with Peru on Friday.")
    assert ("PER", "040", "CHL") not in got


def test_a_compound_nationality_outside_a_meeting_or_agreement_names_no_state():
    assert coop.paired_state(_noun("Greek-Turkish relations have worsened since the summer.", "greek")) is None
    got = coop.paired_state(_noun("Sino-Soviet talks resumed in Moscow on Monday.", "sino"))
    assert got is not None and got.code == "CHN"


def _coded_with_dateline(text: str, dateline: str | None) -> set[tuple[str, str, str | None]]:
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    art = Article(text=text, source=Source("text"), published="1995-03-08", dateline=dateline)
    art = pipe.annotate(art, pipe.nlp(text))
    return {(e.source.code, e.code, e.target.code) for e in art.events}


def test_arriving_here_is_a_visit_to_the_dateline_country():
    text = "The Jordanian foreign minister arrived here late on Sunday for talks with Egyptian officials."
    assert ("JORGOV", "042", "EGY") in _coded_with_dateline(text, "CAIRO")
    assert ("JORGOV", "042", "KEN") in _coded_with_dateline(text, "NAIROBI, Kenya")
    assert not any(code == "042" and tgt for _, code, tgt in _coded_with_dateline(text, None))
