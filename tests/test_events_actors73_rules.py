"""actors73: actor roles on otherwise right triples (docs/evaluation/events-actors73.md). Every
sentence is our own, in the style of 1987 wire copy.

- A ruling party that advises its own government ("the LDP urged / suggested the government ...",
  "an LDP official said the government should ...") is the government (GOV); set against it
  ("accused / criticised the government") it stays OPP. The Soviet Communist Party governs the
  Soviet Union (RUS) until 1991.
- A former holder of a firm's post is a private person (CVL), not the firm: "a former account
  executive at X", "a former chairman of X Corp", "Y, formerly the president of X Corp,".
- "Representatives of X" capitalised after an opening adverb, and "<Firm> representatives", are
  the body's people, not legislators (LEG).
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

D87 = "1987-04-10"


def _wire87(place: str, sentence: str, day: str = D87) -> set:
    return coded_triples(f"{place}, April 9 - \n\n{sentence}", day)


# --- a ruling party advising its government ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The LDP suggested the government review the ceiling on spending.",
    "The ruling LDP asked the cabinet to draft a supplementary budget.",
    "But the LDP official said the government should not abandon its reform target.",
])
def test_ruling_party_advising_its_government(sentence):
    # the actors, not the act's code (020 or 0242: the act rules decide between appeal and advice)
    got = _wire87("TOKYO", sentence)
    assert any(s == "JPNGOV" and t == "JPNGOV" for s, _, t in got), got


@pytest.mark.parametrize("sentence", [
    "The LDP criticised the government for failing to cut taxes.",
    "The LDP said the government had mishandled the trade dispute.",
])
def test_ruling_party_set_against_the_government_is_no_government(sentence):
    got = _wire87("TOKYO", sentence)
    assert not any(s == "JPNGOV" and t == "JPNGOV" for s, _, t in got), got


def test_soviet_communist_party_governs_until_1991():
    got = _wire87("MOSCOW", "The Soviet Communist Party has criticised the Agriculture Ministry for failing to store grain.")
    assert ("RUSGOV", "111", "RUSGOV") in got, got
    later = _wire87("MOSCOW", "The Communist Party accused Yeltsin of betraying the country.", "1996-05-10")
    assert not any(s == "RUSGOV" for s, _, _ in later), later


# --- a former holder of a firm's post ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A former account executive at Merrill Lynch was charged by a federal grand jury with fraud.",
    "A former chairman of Acme Corp was indicted on fraud charges by a federal grand jury.",
    "John Smith, formerly the president of Zenith Electronics Corp, pleaded guilty to fraud charges in federal court.",
])
def test_former_firm_post_is_a_private_person(sentence):
    got = _wire87("NEW YORK", sentence)
    assert any("USACVL" in (s, t) for s, _, t in got) and not any("USABUS" in (s, t) for s, _, t in got), got


@pytest.mark.parametrize("sentence, triple", [
    ("Acme Corp chairman John Smith criticised the Federal Reserve.", ("USABUS", "111", "USAGOV")),
    ("Acme Corp, formerly Bell Industries Inc, sued Zenith Electronics Corp for patent infringement.", ("USABUS", "115", "USABUS")),
    ("Former Secretary of State Henry Kissinger criticised the administration.", ("USAELI", "111", "USAGOV")),
])
def test_current_posts_and_renamed_firms_keep_their_code(sentence, triple):
    got = _wire87("WASHINGTON", sentence)
    assert triple in got, got


# --- representatives of a body ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Furthermore, Representatives of the Farm Credit System, commercial bankers and insurance companies are meeting to agree on a plan.",
    "Acme Corp told the SEC it expects to meet with Crazy Eddie representatives in the near future.",
])
def test_a_bodys_representatives_are_no_legislators(sentence):
    got = _wire87("NEW YORK", sentence)
    assert not any("USALEG" in (s, t) for s, _, t in got), got


def test_party_representatives_stay_legislators():
    got = _wire87("WASHINGTON", "Republican representatives criticised the trade bill.")
    assert any(s == "USALEG" for s, _, _ in got), got
