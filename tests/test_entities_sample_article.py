"""The shared sample article: the seven people with their countries, Lavrov's short name."""
from __future__ import annotations

import pytest

from conftest import SAMPLE_ARTICLE
from dateline.model import check_offsets


@pytest.fixture(scope="module")
def article():
    if not SAMPLE_ARTICLE.is_file():
        pytest.skip("../shared/samples is not present")
    import dateline

    return dateline.extract(SAMPLE_ARTICLE)


def _person(article, name):
    found = [e for e in article.entities if e.label == "PERSON" and e.name == name]
    assert len(found) == 1, [e.name for e in article.entities if e.label == "PERSON"]
    return found[0]


@pytest.mark.parametrize(
    "name, country",
    [("Ri Yong Ho", "PRK"), ("Sergei Lavrov", "RUS"), ("Nikolai Patrushev", "RUS"),
     ("Kim Jong Un", "PRK"), ("Donald Trump", "USA"), ("Xi Jinping", "CHN"), ("Vladimir Putin", "RUS")],
)
def test_seven_people_with_their_countries(article, name, country):
    assert _person(article, name).country == country


def test_surname_mentions_join_the_full_name(article):
    assert "Lavrov" in [m.text for m in _person(article, "Sergei Lavrov").mentions]
    assert "Ri" in [m.text for m in _person(article, "Ri Yong Ho").mentions]


def test_roles(article):
    assert _person(article, "Sergei Lavrov").role == "foreign minister"
    assert _person(article, "Ri Yong Ho").role == "foreign minister"
    assert _person(article, "Nikolai Patrushev").role == "security council secretary"
    assert _person(article, "Kim Jong Un").role == "leader"


def test_no_person_outside_the_seven(article):
    people = {e.name for e in article.entities if e.label == "PERSON"}
    assert people == {"Ri Yong Ho", "Sergei Lavrov", "Nikolai Patrushev", "Kim Jong Un",
                      "Donald Trump", "Xi Jinping", "Vladimir Putin"}


def test_offsets_and_ids(article):
    assert check_offsets(article) == []
    assert [e.id for e in article.entities] == [f"e{k + 1}" for k in range(len(article.entities))]
    firsts = [e.mentions[0].start for e in article.entities]
    assert firsts == sorted(firsts)
