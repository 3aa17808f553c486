"""Wire sports copy is not coded (events/wire.py `sports_report`), on articles we wrote."""
from __future__ import annotations

import pytest


def _events(text: str) -> set[tuple[str, str, str]]:
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published="1996-08-22"), pipe.nlp(text))
    return {(e.source.code, e.code, e.target.code) for e in art.events}


_REPORT = ("Argentina beat Chile in qualifier.\n\nBUENOS AIRES 1996-08-22\n\n"
           "Argentina beat Chile 2-1 on Sunday and the Chilean coach attacked the referee after the match.\n\n"
           "The Chilean federation banned two players for a year.")


def test_without_a_slug_the_report_reads_as_politics():
    assert _events(_REPORT)  # what the slug rule is there to stop


@pytest.mark.parametrize("slug", ["SOCCER - ", "TENNIS - ", "RUGBY UNION - ", "BASEBALL - "])
def test_a_sports_slug_silences_the_report(slug):
    assert _events(slug + _REPORT) == set()


def test_political_wire_copy_is_still_coded():
    text = ("Kenya condemns Ugandan border closure.\n\nNAIROBI 1996-08-22\n\n"
            "Kenya on Thursday condemned Uganda's decision to close the border.")
    assert ("KEN", "111", "UGA") in _events(text)


def test_a_slug_like_word_inside_a_political_headline_is_no_slug():
    from dateline.events.wire import _SPORTS_SLUG

    assert not _SPORTS_SLUG.match("Tapie to quit assembly seat - sources say.")
    assert not _SPORTS_SLUG.match("Kenya condemns border closure.\n\nSOCCER - not a slug here")


_WIRE = ("Kenya expels Ugandan diplomat.\n\n{byline}NAIROBI{country} 1996-08-22\n\n"
         "Kenya expelled a Ugandan diplomat on Thursday for activities incompatible with his status.")


@pytest.mark.parametrize("byline,country", [("", ""), ("John Mwangi\n\n", ""), ("", ", Kenya")])
def test_a_cased_headline_above_a_dateline_is_not_coded_twice(byline, country):
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    text = _WIRE.format(byline=byline, country=country)
    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published="1996-08-22"), pipe.nlp(text))
    lead = text.rindex("Kenya expelled")
    assert art.events and all(e.evidence.start >= lead for e in art.events)


def test_a_first_paragraph_without_a_dateline_is_coded():
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    text = ("Kenya expelled a Ugandan diplomat on Thursday.\n\n"
            "The foreign ministry said he had engaged in activities incompatible with his status.")
    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published="1996-08-22"), pipe.nlp(text))
    assert any(e.evidence.start == 0 for e in art.events)


@pytest.mark.parametrize("text,expected", [
    ("Shell officials declined to comment on reports that the company had agreed to buy a stake.", False),
    ("The Kenyan foreign minister declined to comment on the expulsion of the Ugandan envoy.", True),
    ("The ministry declined to comment.", True),
])
def test_a_business_no_comment_is_not_said_to_the_press(text, expected):
    from dateline.nlp import load_nlp
    from dateline.events.wire import declined_comment

    doc = load_nlp()(text)
    trig = next(t for t in doc if t.lemma_ == "decline")
    assert declined_comment(trig) is expected
