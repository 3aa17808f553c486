"""The Moscow Times sample (read from ../shared at test time): the events the issue names.

They need every stage: entity countries and coreference ("Ri" -> Ri Yong Ho, PRKGOV), time
expressions ("last month" -> 2018-03) and the event coder.
"""
from __future__ import annotations

import pytest

from tests.conftest import SAMPLE_ARTICLE


@pytest.fixture(scope="module")
def article(shared):
    from dateline.api import extract

    return extract(SAMPLE_ARTICLE, published="2018-04-10")


def _find(art, code_prefix, source_name=None, target_country=None):
    return [e for e in art.events if e.code.startswith(code_prefix)
            and (source_name is None or source_name in (e.source.name or ""))
            and (target_country is None or e.target.country == target_country)]


def test_every_event_has_evidence_and_none_comes_from_the_related_line(article):
    assert article.events
    # The cleaner moves the related-article line into `links`; no event may come from its title.
    titles = [link.text for link in article.links if link.text]
    assert titles and "Related article" not in article.text
    for ev in article.events:
        assert ev.evidence.start < ev.evidence.end
        evidence = article.text[ev.evidence.start:ev.evidence.end]
        assert not any(t in evidence for t in titles)


def test_lavrov_accepts_the_invitation_to_visit_pyongyang(article):
    assert _find(article, "03", "Lavrov", "PRK")


def test_ri_visits_russia_and_talks_with_lavrov(article):
    assert any(e.source.code == "PRKGOV" for e in _find(article, "042", "Ri", "RUS"))
    assert any(e.source.code == "PRKGOV" for e in _find(article, "04", "Ri", "RUS"))
    assert _find(article, "03", None, "RUS")  # the call for stronger ties


def test_kims_visit_to_china_is_dated_last_month(article):
    visits = _find(article, "042", None, "CHN")
    assert visits and visits[0].date == "2018-03"
