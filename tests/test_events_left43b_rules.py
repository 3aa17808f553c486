"""left43b: failures earlier rounds saw in 1987-96 wire copy and left (docs/evaluation/events-left43b.md).
Every story is our own, a dateline paragraph first, one sentence a paragraph."""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- "agreed to buy ... U.S. wheat": the intended purchase's seller from the goods (bought_goods)

def test_agreed_to_buy_us_wheat():
    assert ("EGY", "0311", "USA") in _story("CAIRO 1987-07-01", "Egypt agreed to buy two million tonnes of U.S. wheat.")


def test_agreed_to_purchase_australian_wheat():
    assert ("CHN", "0311", "AUS") in _story("BEIJING 1991-07-01", "China agreed to purchase 500,000 tonnes of Australian wheat.")


def test_has_agreed_to_buy_argentine_corn():
    assert ("IRN", "0311", "ARG") in _story("TEHRAN 1991-07-01", "Iran has agreed to buy one million tonnes of Argentine corn.")


def test_refused_to_buy_us_grain_is_no_purchase():
    got = _story("MOSCOW 1991-07-01", "The Soviet Union refused to buy more U.S. grain.")
    assert not any(code in ("061", "0311") for _, code, _ in got)


def test_agreed_to_buy_wheat_of_no_country_names_no_seller():
    assert _story("CAIRO 1987-07-01", "Egypt agreed to buy two million tonnes of wheat.") == set()


# --- "re-established ties": the model's lemma "reestablish" (verbs.txt, left43b block)

def test_re_established_diplomatic_ties():
    assert ("JOR", "050", "EGY") in _story("AMMAN 1987-11-12", "Jordan re-established diplomatic ties with Egypt on Thursday.")


def test_two_states_re_established_relations():
    got = _story("JERUSALEM 1993-12-30", "Israel and the Vatican re-established full diplomatic relations.")
    assert {("ISR", "050", "VAT"), ("VAT", "050", "ISR")} <= got


def test_reestablished_relations_unhyphenated():
    assert ("JOR", "050", "ISR") in _story("AMMAN 1994-10-01", "Jordan said it had reestablished diplomatic relations with Israel.")


def test_ties_not_re_established_are_not_coded():
    assert _story("CAIRO 1987-07-01", "Jordan has not re-established ties with Egypt.") == set()


def test_refused_to_re_establish_is_no_establishment():
    got = _story("CAIRO 1987-07-01", "Jordan refused to re-establish diplomatic relations with Egypt.")
    assert not any(code == "050" for _, code, _ in got)


# --- "took scores of soldiers hostage": the captives under a quantity head (police_searches.captives)

def test_attacked_and_took_scores_of_soldiers_hostage():
    got = _story("GROZNY 1996-03-06", "Chechen rebels attacked a checkpoint and took scores of Russian soldiers hostage.")
    assert ("RUSREB", "181", "RUSMIL") in got
    assert ("RUSREB", "181", "RUSCVL") not in got


def test_took_dozens_of_policemen_hostage():
    got = _story("KABUL 1992-03-06", "The guerrillas took dozens of policemen hostage.")
    assert ("AFGREB", "181", "AFGCOP") in got


def test_scores_of_people_injured_is_no_hostage_taking():
    assert _story("LONDON 1995-06-16", "Scores of people were injured when the bridge collapsed.") == set()


def test_settled_old_scores_is_not_coded():
    assert _story("LONDON 1995-06-16", "The two rivals settled old scores in the election.") == set()
