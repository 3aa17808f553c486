"""domestic22: pairs whose two actors resolve and that the coder still dropped (docs/evaluation/
events-domestic22.md). The one mechanism kept: a visiting official whose country is only the
article's home guess, travelling to that very country, comes from the other country the report
names (events/travellers.py). Every article here was written for these tests: each names the host
country more than the visitor's, as a visit story does."""
from __future__ import annotations

from events_variety import coded_triples

DATE = "1987-04-07"


def _dyadic(text: str) -> set[tuple[str, str, str]]:
    return {t for t in coded_triples(text, DATE) if t[2]}


# --- the visitor comes from the other country named -------------------------------------------

def test_a_minister_leaving_for_the_host_country_comes_from_the_articles_next_country() -> None:
    # the sentence names only Japan: Britain, named twice before, is the minister's country
    got = _dyadic("Japan's trade surplus with Britain widened again in March. Japanese officials in Tokyo said Japan "
                  "would not open its markets further, and Japan's banks lobbied Tokyo hard. Trade Minister Alan "
                  "Clark, who leaves for Japan on Sunday, told reporters he would press for access for British banks.")
    assert ("GBRGOV", "036", "JPN") in got
    assert not any(s.startswith("JPN") and t == "JPN" for s, _, t in got)


def test_a_minister_leaving_his_capital_for_the_host_country_comes_from_the_capitals_country() -> None:
    got = _dyadic("Tokyo is preparing for a week of talks on farm imports. Japanese officials said Japan would keep "
                  "its rice quota, and Japan's farmers backed Tokyo. Agriculture Minister John Gummer will leave "
                  "London on Monday for a visit to Japan, officials said.")
    assert ("GBRGOV", "036", "JPN") in got


def test_a_king_leaving_his_country_for_a_visit_is_coded_from_the_country_he_leaves() -> None:
    got = _dyadic("China and India have courted the small kingdom for years. Chinese officials said China would "
                  "build a road to Lhasa, and China's premier will host the guest. King Mahendra left Nepal on "
                  "Friday for a week-long visit to China, officials said.")
    assert ("NPLGOV", "042", "CHN") in got


# --- negatives: a trip at home stays a trip at home -------------------------------------------

def test_an_official_travelling_inside_his_own_country_is_still_no_event() -> None:
    # no other country named anywhere: the home guess stands and the trip is one at home
    got = _dyadic("Prices rose again in Ohio in March. Officials in Columbus said the state would cut fuel taxes, "
                  "and Ohio farmers backed the plan. Governor Tom Reed, who leaves for Washington on Sunday, told "
                  "reporters he would press for aid.")
    assert not got


def test_a_private_person_going_to_the_articles_country_is_not_rehomed() -> None:
    # a private person (CVL) is no visiting official: no Canadian trip is made of her
    got = _dyadic("Floods hit Mexico again in March. Mexican officials said Mexico would ask for aid, and Mexico's "
                  "farmers backed the request. Canada sent two planes. Maria Lopez, who leaves for Mexico on Sunday, "
                  "told reporters she would help her family.")
    assert not any(s.startswith("CAN") and c in ("036", "042") for s, c, _ in got)


def test_an_official_whose_own_phrase_names_the_host_country_stays_at_home() -> None:
    # "Japanese Trade Minister": his own words say he is Japanese, so his trip there is one home
    got = _dyadic("Japan's trade surplus with Britain widened again in March. Japanese officials in Tokyo said Japan "
                  "would not open its markets further, and Japan's banks lobbied Tokyo hard. Japanese Trade Minister "
                  "Hajime Tamura, who leaves for Japan on Sunday, told reporters he would study the British requests.")
    assert not any(c in ("036", "042") for _, c, _ in got)
