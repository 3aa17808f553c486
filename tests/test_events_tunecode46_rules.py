"""tunecode46: codes when the actors are right (docs/evaluation/events-tunecode46.md).

People barred from travelling, or refused visas, clearance or landing, are restricted (172), not
sanctioned as a state (163) nor merely refused (120); a party exempted from duties, or sanctions
waived, eases sanctions (085; asked for: 0254)."""
from __future__ import annotations

import pytest

from test_events_coder import triples


@pytest.mark.parametrize("text, triple", [
    ("Israel barred Palestinian workers from entering the country on Tuesday.", ("ISR", "172", "PSELAB")),
    ("Serbian authorities banned American journalists from travelling to Kosovo.", ("SRBGOV", "172", "USAMED")),
    ("Greece barred Turkish officials from visiting the island on Monday.", ("GRC", "172", "TURGOV")),
    ("Iran banned American tourists from entering the country.", ("IRN", "172", "USACVL")),
    ("Greece denied landing rights to a Turkish government jet on Friday.", ("GRC", "172", "TURGOV")),
    ("Egypt refused entry visas to a delegation of Sudanese officials.", ("EGY", "172", "SDNGOV")),
    ("Russian officials refused visas to two American reporters.", ("RUSGOV", "172", "USAMED")),
])
def test_people_kept_from_moving_are_restricted(text, triple):
    got = triples(text)
    assert triple in got and not any(code in ("163", "120") for _, code, _ in got)


@pytest.mark.parametrize("text, triple", [
    ("The United States banned Cuban airlines from flying to Miami.", ("USA", "163", "CUBBUS")),
    ("Turkey banned imports from Greece on Monday.", ("TUR", "163", "GRC")),
    ("The Kenyan court denied a request by the opposition leader.", ("KENJUD", "120", "KENOPP")),
])
def test_states_firms_and_requests_keep_their_codes(text, triple):
    assert triple in triples(text)


def test_exemption_from_duties_asked_is_an_appeal_to_ease_sanctions():
    assert ("CAN", "0254", "USA") in triples(
        "Canada asked the United States to exempt Canadian lumber from new import duties.")


def test_duties_waived_ease_sanctions():
    assert ("USA", "085", "JPN") in triples("Washington waived the penalty duties on Japanese chips on Friday.")


def test_a_plain_ask_of_firms_stays_an_appeal():
    assert ("GBRGOV", "020", "GBRBUS") in triples(
        "The British government asked oil companies to cut prices for pensioners.")


@pytest.mark.parametrize("text, triple", [
    ("Colombian police said leftist rebels were the main suspects in the murder of a judge.", ("COLCOP", "1121", "COLREB")),
    ("Peruvian police said Shining Path rebels were prime suspects in the slaying of a mayor.",
     ("PERCOP", "1121", "PERREB")),
    ("Philippine police named Muslim guerrillas as suspects in the kidnapping of two nuns.", ("PHLCOP", "1121", "PHLREB")),
    ("Greek police identified two leftist militants as the main suspects in the robbery of a bank.",
     ("GRCCOP", "1121", "GRCREB")),
    # an armed attack keeps its subcode
    ("Colombian police said leftist rebels were the main suspects in the bombing of a bridge.", ("COLCOP", "1123", "COLREB")),
])
def test_named_suspects_are_accused_of_a_crime(text, triple):
    got = triples(text)
    assert triple in got and not any(code == "111" for _, code, _ in got)


@pytest.mark.parametrize("text", [
    "French police said the suspect was a 30-year-old man from Lyon.",
    "The German party named its treasurer as its candidate for mayor.",
])
def test_no_suspect_named_no_accusation(text):
    assert not any(code.startswith("112") for _, code, _ in triples(text))


@pytest.mark.parametrize("text, triple", [
    ("Bosnia said a ceasefire was violated by Serb forces overnight.", ("SRBMIL", "196", "BIH")),
    ("The Tamil Tigers said the ceasefire had been breached by the army.", ("LKAMIL", "196", "LKAREB")),
    ("Chechen rebels said Russian forces broke the ceasefire overnight.", ("RUSMIL", "196", "RUSREB")),
])
def test_a_truce_reported_broken_is_the_breach_toward_the_reporter(text, triple):
    got = triples(text)
    assert triple in got and not any(code == "112" for _, code, _ in got)


def test_accused_of_breaking_the_truce_stays_an_accusation():
    assert ("LKAREB", "112", "LKAMIL") in triples("The Tamil Tigers accused the army of breaking the ceasefire.")


def test_a_law_said_broken_stays_an_accusation():
    assert ("USAGOV", "112", "USABUS") in triples("The U.S. government said the American company had broken the law.")


def test_a_truce_that_might_be_broken_is_not_coded():
    assert not any(code == "196" for _, code, _ in triples("Chechen rebels said Russian forces might break the ceasefire."))


def test_two_named_factions_of_one_code_are_two_sides():
    # (the militia resolves AFGUAF without a dateline, AFGREB after "KABUL 1996-08-30": either way
    # the Taliban, who report the breach, are its target)
    got = triples("In Afghanistan, the Taliban said the ceasefire was broken by Dostum's militia overnight.")
    assert any(code == "196" and tgt == "AFGREB" for _, code, tgt in got)


def test_one_faction_is_not_its_own_target():
    got = triples("In Afghanistan, the Taliban said the ceasefire was broken by Taliban commanders overnight.")
    assert not any(code == "196" and src == tgt for src, code, tgt in got)
