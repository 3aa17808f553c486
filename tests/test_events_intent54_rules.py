"""intent54: intent and wish verbs with a noun object (issue #4, round 54).

"is seeking mediation from Norway", "hopes for investment from China", "wants the opening of
Japan's markets": a wish or request verb whose object names what a party is asked for is an
appeal (02x) to that party; "demanded" it is the demand (10x). Dictionary lines in
src/dateline/data/cameo/verbs.txt (marked intent54), and one parse repair
(parse_repairs.repair_noun_tagged_wishes): "Armenia hopes for ..." with "hopes" tagged a noun.
Negatives: negated, hypothetical, no party named, a different sense of the noun, the noun
inside another clause."""
from __future__ import annotations

import pytest

from events_variety import coded_triples

WIRE = "1987-04-10"
WIRE96 = "1996-08-30"
NEWS = "2019-10-15"


def _dyadic(text: str, date: str) -> set[tuple[str, str, str | None]]:
    return {t for t in coded_triples(text, date) if t[2]}


# ---------------------------------------------------------------- mediation asked of a party (028)

@pytest.mark.parametrize("text,date,want", [
    ("Chile has sought mediation from the Vatican in its border dispute with Argentina.", WIRE, ("CHL", "028", "VAT")),
    ("Pakistan requested mediation from the United States over Kashmir.", NEWS, ("PAK", "028", "USA")),
    ("Lebanon is seeking mediation from France in its border dispute with Israel.", NEWS, ("LBN", "028", "FRA")),
    ("Armenia hopes for mediation from France.", NEWS, ("ARM", "028", "FRA")),
])
def test_mediation_sought_from_a_party(text: str, date: str, want: tuple) -> None:
    assert want in _dyadic(text, date)


@pytest.mark.parametrize("text,date", [
    ("Japan does not want mediation from the United States in its dispute with South Korea.", WIRE),
    ("The need for mediation from Norway was stressed by analysts.", WIRE96),
])
def test_mediation_not_sought(text: str, date: str) -> None:
    assert not any(c == "028" for _, c, _ in _dyadic(text, date))


# ---------------------------------------------------------------- investment, cooperation, loans (021x, 023x)

@pytest.mark.parametrize("text,date,want", [
    ("Poland is seeking investment from West German firms.", WIRE, ("POL", "0211", "DEUBUS")),
    ("Mexico hopes for more investment from the United States, its trade minister said.", WIRE, ("MEX", "0211", "USA")),
    ("Iran hopes for investment from China despite the sanctions.", NEWS, ("IRN", "0211", "CHN")),
    ("Argentina wants greater trade cooperation from the European Community, officials said.", WIRE, ("ARG", "021", "IGOEUREEC")),
    ("Bosnia hopes for more aid from the European Union.", WIRE96, ("BIH", "023", "IGOEUREEC")),
])
def test_economic_help_sought_from_a_party(text: str, date: str, want: tuple) -> None:
    assert want in _dyadic(text, date)


def test_loans_hoped_for_from_the_banks() -> None:
    got = _dyadic("Brazil hopes for new loans from the commercial banks.", WIRE)
    assert any(s == "BRA" and c == "0231" and t.endswith("BUS") for s, c, t in got)


@pytest.mark.parametrize("text,date", [
    ("Nigeria needs fresh investment, the central bank governor said.", WIRE),
    ("Brazil will never seek investment from the Soviet Union, Sarney said.", WIRE),
    ("Greenland does not need investment from the United States, its premier said.", NEWS),
    ("Bosnia hopes for aid.", WIRE96),
])
def test_investment_not_sought_or_no_party(text: str, date: str) -> None:
    assert not _dyadic(text, date)


def test_demanded_investment_is_a_demand() -> None:
    assert ("USA", "1011", "JPN") in _dyadic("Washington demanded more investment from Tokyo.", WIRE)


# ---------------------------------------------------------------- support, talks, protection

@pytest.mark.parametrize("text,date,want", [
    ("West Germany wants support from France for its farm proposals.", WIRE, ("DEU", "022", "FRA")),
    ("Greece needs support from the European Union against Turkey.", NEWS, ("GRC", "022", "IGOEUREEC")),
    ("Kosovo hopes for support from the European Union for visa liberalisation.", NEWS, ("XKX", "022", "IGOEUREEC")),
    ("Syria hopes for talks with Israel.", WIRE96, ("SYR", "036", "ISR")),
    ("Ukraine needs protection from NATO, Zelensky said.", NEWS, ("UKR", "0234", "IGONAT")),
])
def test_support_talks_protection_wished(text: str, date: str, want: tuple) -> None:
    assert want in _dyadic(text, date)


def test_private_wishes_are_not_coded() -> None:
    assert not _dyadic("The football club wants support from its fans.", NEWS)
    assert not _dyadic("Fans want more goals from the new striker.", NEWS)
    assert not _dyadic("He wants a new car for his birthday.", WIRE)


# ---------------------------------------------------------------- a change asked of the owner (>poss)

@pytest.mark.parametrize("text,date,want", [
    ("U.S. officials want the opening of Japan's construction market.", WIRE, ("USAGOV", "0211", "JPN")),
    # spurious70: a liberalisation asked is a policy change (0242), as r3, r16, r24 and annr67d code it
    ("Washington is seeking the liberalisation of South Korea's financial markets.", WIRE, ("USA", "0242", "KOR")),
    ("U.S. senators demanded the opening of Japan's rice market.", WIRE, ("USALEG", "1011", "JPN")),
    ("Bolivia wants the renegotiation of Chile's port agreement.", NEWS, ("BOL", "026", "CHL")),
    ("The French unions want a renegotiation of the government's wage plan.", WIRE96, ("FRALAB", "026", "FRAGOV")),
    ("The opposition wants the resignation of Prime Minister Netanyahu.", WIRE96, ("ISROPP", "0241", "ISRGOV")),
    ("Canada is seeking the release of two Canadians detained in China.", NEWS, ("CAN", "0253", "CHN")),
])
def test_change_wished_of_its_owner(text: str, date: str, want: tuple) -> None:
    assert want in _dyadic(text, date)


@pytest.mark.parametrize("text,date", [
    ("Japan does not want the opening of its rice market.", WIRE),
    ("The company wants the opening of a new plant in Texas.", WIRE),
    ("Canada may seek the liberalisation of Japan's beef market next year.", WIRE),
    ("The studio wants the release of the film in France.", WIRE96),
    ("The opposition does not want the resignation of Netanyahu.", WIRE96),
])
def test_change_not_wished(text: str, date: str) -> None:
    assert not _dyadic(text, date)


# ---------------------------------------------------------------- "hopes" tagged as a noun

def test_noun_tagged_hopes_is_the_verb() -> None:
    from dateline.api import load_pipeline
    doc = load_pipeline().nlp("Armenia hopes for mediation from Russia.")
    assert doc[1].pos_ == "VERB"
    assert ("ARM", "028", "RUS") in _dyadic("Armenia hopes for mediation from Russia.", NEWS)


@pytest.mark.parametrize("text", [
    "The rebels' hopes for talks with Ankara faded.",
    "Hopes for talks with Ankara rose on Monday.",
])
def test_plural_noun_hopes_stays_a_noun(text: str) -> None:
    assert not _dyadic(text, WIRE96)
