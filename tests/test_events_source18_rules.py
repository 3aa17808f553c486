"""Round-18 source rules (source18, events/subjects.py), each checked on sentences we wrote:
a party family named by its members ("the Socialists") is the article's country's party
(<ISO3>OPP), and a private-person noun whose phrase names only a nationality ("several Slovak
girls") is that country's civilians (<ISO3>CVL), not the bare country the coder drops as a
place at home."""
from __future__ import annotations

import pytest
from events_variety import annotated, coded_triples

from dateline.events import subjects
from dateline.model import Actor

DATE = "2024-05-02"


# ---- a party family named by its members, in an article about one country

@pytest.mark.parametrize("text,triple", [
    ("The Socialists walked out of the Albanian parliament on Tuesday and accused the Albanian "
     "government of rigging the vote in Tirana. Albania holds a new vote in Durres in June.",
     ("ALBOPP", "1121", "ALBGOV")),
    ("The Communists accused the Bulgarian government of fraud on Monday after the vote in Sofia. "
     "Bulgaria counts the ballots again in Plovdiv.",
     ("BGROPP", "1121", "BGRGOV")),
])
def test_party_family_is_the_home_countrys_party(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in coded_triples(text, DATE)


def test_negated_party_accusation_stays_uncoded() -> None:
    text = ("The Socialists did not accuse the Albanian government of fraud on Tuesday in Tirana. "
            "Albania votes again in Durres in June.")
    assert coded_triples(text, DATE) == set()


def test_lowercase_family_word_is_no_party() -> None:
    # "socialists" in lower case is a description, not a party's name
    text = ("The socialists accused the Bulgarian government of fraud on Monday after the vote in Sofia. "
            "Bulgaria counts the ballots again in Plovdiv.")
    assert not any(s.endswith("OPP") for s, _, _ in coded_triples(text, DATE))


def test_party_family_needs_a_sure_home_country() -> None:
    art, doc = annotated("The Socialists met on Monday.", DATE)
    tok = next(t for t in doc if t.text == "Socialists")
    assert subjects.home_party_family(tok, "ALB", 0.9) == ("ALB", "OPP")
    assert subjects.home_party_family(tok, "ALB", 0.3) is None
    assert subjects.home_party_family(tok, None, 1.0) is None


# ---- private-person nouns with a nationality are civilians, not the state

def test_same_country_girls_are_civilians() -> None:
    got = coded_triples("Slovak police questioned several Slovak girls in Bratislava on Monday.", DATE)
    assert any(s == "SVKCOP" and c[:2] == "09" and t == "SVKCVL" for s, c, t in got)


def test_negated_questioning_stays_uncoded() -> None:
    assert coded_triples("Slovak police did not question the Slovak girls in Bratislava on Monday.", DATE) == set()


def test_goods_with_a_nationality_stay_no_party() -> None:
    assert coded_triples("Slovak officials praised Slovak wine in Bratislava on Monday.", DATE) == set()


def test_private_person_turns_only_a_bare_country() -> None:
    art, doc = annotated("Two Slovak girls and a Slovak minister arrived.", DATE)
    girls = next(t for t in doc if t.text == "girls")
    minister = next(t for t in doc if t.text == "minister")
    bare = Actor(None, "Slovak girls", "SVK", "SVK", None)
    assert subjects.private_person(girls, bare) == Actor(None, "Slovak girls", "SVKCVL", "SVK", "CVL")
    assert subjects.private_person(minister, bare) == bare  # no person noun: unchanged
    gov = Actor(None, "Slovak girls", "SVKGOV", "SVK", "GOV")
    assert subjects.private_person(girls, gov) == gov  # a role already given stays
    assert subjects.private_person(girls, None) is None
