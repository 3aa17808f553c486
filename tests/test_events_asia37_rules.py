"""asia37: Asia-Pacific news of 2005-2020 as Wikinews reports it (docs/evaluation/events-asia37.md).
Every sentence is our own, written in news style.

- A missile fired over, toward, near or off a state, or into the sea or waters off it, is fired
  at that state (195); water with no state named stays no party.
- "The North" and "the South" in news about the Koreas are North Korea (PRK) and South Korea
  (KOR); outside Korea news, in lower case or as part of a longer name they are no state.
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "2017-09-15"


def _dyadic(triples):
    return {t for t in triples if t[2]}


# --- missiles fired over, toward or into the sea off a state --------------------------------------

def test_a_missile_over_or_toward_a_state_is_fired_at_it():
    for text, want in (
            ("North Korea fired a ballistic missile over northern Japan on Friday.", ("PRK", "195", "JPN")),
            ("Pyongyang launched an intermediate-range missile over Japan on Tuesday.", ("PRK", "195", "JPN")),
            ("North Korea fired rockets toward South Korea's Yeonpyeong Island.", ("PRK", "195", "KOR")),
            ("China fired missiles into waters near Taiwan during the drills.", ("CHN", "195", "TWN"))):
        assert want in coded_triples(text, DAY), text


def test_a_missile_into_the_sea_off_a_state_is_fired_at_it():
    for text in ("North Korea launched a missile into the sea off Japan.",
                 "North Korea test-fired a missile into waters off Japan on Wednesday.",
                 "North Korea fired four missiles into the waters off the coast of Japan.",
                 "North Korea fired three ballistic missiles into Japan's exclusive economic zone."):
        assert ("PRK", "195", "JPN") in coded_triples(text, DAY), text


def test_a_missile_into_open_sea_or_negated_has_no_target():
    for text in ("North Korea fired two short-range missiles into the sea on Thursday.",
                 "China fired rockets over the Taiwan Strait during an exercise.",
                 "The navy fired a missile off the coast during an exercise."):
        got = coded_triples(text, DAY)
        assert not _dyadic(got), (text, got)
    for text in ("North Korea did not fire a missile over Japan on Tuesday.",
                 "Kim Jong Un watched soldiers fire artillery into the sea."):
        assert not coded_triples(text, DAY), text


# --- "the North" and "the South" of the Koreas -----------------------------------------------------

def test_the_north_in_korea_news_is_north_korea():
    assert ("KOR", "111", "PRK") in coded_triples(
        "South Korea strongly condemned the North's third nuclear test.", DAY)
    assert ("KOR", "112", "PRK") in coded_triples(
        "South Korea accused the North of sinking the warship Cheonan.", DAY)
    got = coded_triples("Japan and South Korea criticised the North for its latest missile launch.", DAY)
    assert {("JPN", "111", "PRK"), ("KOR", "111", "PRK")} <= got, got
    assert ("KORGOV", "051", "PRK") in coded_triples(
        "South Korean President Moon Jae-in praised the North for its restraint.", "2018-04-27")


def test_the_south_in_korea_news_is_south_korea():
    assert ("PRK", "138", "KOR") in coded_triples("Pyongyang threatened the South with nuclear attack.", DAY)


def test_north_and_south_elsewhere_are_no_korean_state():
    for text in ("Rebels attacked a police post in the North on Monday.",
                 "South Sudan declared independence from the North on Saturday.",
                 "Heavy rain fell across the north of the Korean Peninsula on Monday."):
        got = coded_triples(text, DAY)
        assert not any(side in ("PRK", "KOR") for s, _, t in got for side in (s, t)), (text, got)
    # "the South China Sea" is a longer name, not South Korea
    got = coded_triples("North Korea criticised the United States over its patrols in the South China Sea.", DAY)
    assert not any(side == "KOR" for s, _, t in got for side in (s, t)), got


# --- actor rows of the period ----------------------------------------------------------------------

def test_chinas_offices_for_hong_kong_and_taiwan_are_the_central_government():
    got = coded_triples("China's Hong Kong and Macau Affairs Office condemned the protesters on Wednesday.",
                        "2019-08-07")
    assert any(s == "CHNGOV" and code == "111" for s, code, _ in got), got
    assert not any(s in ("HKG", "MACGOV") for s, _, _ in got), got
    assert ("CHNGOV", "111", "TWNGOV") in coded_triples(
        "The Taiwan Affairs Office criticised Tsai Ing-wen for her remarks on Monday.", "2016-05-20")


def test_asian_armed_groups_and_the_thai_junta_have_their_codes():
    assert ("MMRREB", "190", "MMRCOP") in coded_triples(
        "The Arakan Rohingya Salvation Army attacked police posts in Rakhine State.", "2017-08-25")
    assert ("PHLMIL", "190", "PHLREB") in coded_triples(
        "Philippine troops fought the Maute group in Marawi.", "2017-05-23")
    assert ("THAGOV", "173", "THAELI") in coded_triples(
        "The National Council for Peace and Order detained former Prime Minister Yingluck Shinawatra.",
        "2014-05-24")
