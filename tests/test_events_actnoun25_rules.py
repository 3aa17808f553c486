"""actnoun25: a claimed attack whose victim the claim itself does not name.

"X claimed responsibility for the attack on Y" already codes X 015 Y (coop.owning_up). News
often names the victim only where it tells the attack, sentences earlier; the claim then says
"the attacks", "the blast", "Sunday's bombing". events/claimed_attacks.py finds the victim: the
claimed act's own place ("the bombing in Nairobi"), else the nearest earlier telling of an
attack (an attack noun with its victim or place, an attack verb with its object or passive
subject, and the named body inside a struck noun's phrase)."""
from __future__ import annotations

from events_variety import coded_triples

DATE = "2021-06-15"


# ---------------------------------------------------------------- the victim from an earlier sentence

def test_struck_facility_names_its_owner() -> None:
    got = coded_triples("Armed drones hit a pumping station belonging to Saudi Aramco near Riyadh early on Saturday. "
                        "Firefighters put out the blaze within hours. "
                        "On Sunday, Yemen's Houthi rebels claimed responsibility for the strikes.", DATE)
    assert ("YEMREB", "015", "SAUBUS") in got


def test_attacks_that_took_place_in_a_country() -> None:
    got = coded_triples("Two suicide bombings took place in Kenya on Monday, killing four people. "
                        "Police said the bombers wore military uniforms. "
                        "The Somali militant group al-Shabaab claimed responsibility for the attacks.", DATE)
    assert ("SOMREB", "015", "KEN") in got


def test_attack_verb_object_is_the_victim() -> None:
    got = coded_triples("Gunmen attacked the Indian embassy in Kabul on Sunday. "
                        "On Monday, the Taliban claimed responsibility for the assault, saying it was revenge for air strikes.",
                        DATE)
    assert ("AFGREB", "015", "INDGOV") in got


def test_bomb_that_exploded_outside_a_building_in_a_city() -> None:
    got = coded_triples("A car bomb exploded outside a hotel in Mogadishu on Friday. "
                        "Police said the bombers wore military uniforms. "
                        "The Islamic militant group al-Shabaab claimed responsibility for the blast.", DATE)
    assert ("SOMREB", "015", "SOM") in got


def test_a_day_as_possessor_is_no_victim() -> None:
    got = coded_triples("Gunmen attacked the Indian embassy in Kabul on Sunday. "
                        "The Taliban claimed responsibility for Sunday's attack.", DATE)
    assert ("AFGREB", "015", "INDGOV") in got


# ---------------------------------------------------------------- the claim's own phrase

def test_place_in_the_claimed_act_phrase() -> None:
    got = coded_triples("The Somali group al-Shabaab claimed responsibility for the bombing in Nairobi.", DATE)
    assert ("SOMREB", "015", "KEN") in got


def test_victim_in_the_phrase_still_wins() -> None:
    got = coded_triples("Gunmen attacked a market in Nigeria on Sunday. "
                        "The Taliban claimed responsibility for the attack on the Indian embassy.", DATE)
    assert ("AFGREB", "015", "INDGOV") in got
    assert ("AFGREB", "015", "NGA") not in got


# ---------------------------------------------------------------- negatives

def test_negated_claim_stays_uncoded() -> None:
    got = coded_triples("Gunmen attacked the Indian embassy in Kabul on Sunday. "
                        "The Taliban did not claim responsibility for the attack.", DATE)
    assert not any(t[1] == "015" for t in got)


def test_hypothetical_claim_stays_uncoded() -> None:
    got = coded_triples("Gunmen attacked the Indian embassy in Kabul on Sunday. "
                        "The Taliban may claim responsibility for the attack.", DATE)
    assert not any(t[1] == "015" for t in got)


def test_no_attack_told_earlier_gives_no_target() -> None:
    got = coded_triples("The Taliban claimed responsibility for the attacks.", DATE)
    assert not any(t[1] == "015" and t[2] for t in got)


def test_credit_for_a_reform_is_no_attack() -> None:
    got = coded_triples("The Kenyan government cut taxes for small firms on Monday. "
                        "The ruling party claimed credit for the reforms.", DATE)
    assert not any(t[1] == "015" for t in got)


def test_condemning_the_attacks_is_not_a_claim() -> None:
    got = coded_triples("Two suicide bombings took place in Kenya on Monday, killing four people. "
                        "The Somali militant group al-Shabaab condemned the attacks.", DATE)
    assert not any(t[1] == "015" for t in got)


# ---------------------------------------------------------------- the claimed attack itself

def test_claimed_drone_strikes_code_the_air_attack_too() -> None:
    got = coded_triples("Armed drones hit a pumping station belonging to Saudi Aramco near Riyadh early on Saturday. "
                        "Firefighters put out the blaze within hours. "
                        "On Sunday, Yemen's Houthi rebels claimed responsibility for the strikes.", DATE)
    assert {("YEMREB", "015", "SAUBUS"), ("YEMREB", "195", "SAUBUS")} <= got


def test_claimed_suicide_bombing_codes_1831() -> None:
    got = coded_triples("The Taliban claimed responsibility for the suicide bombing of the Indian embassy.", DATE)
    assert {("AFGREB", "015", "INDGOV"), ("AFGREB", "1831", "INDGOV")} <= got


def test_claimed_car_bomb_codes_1832() -> None:
    got = coded_triples("A car bomb exploded outside a hotel in Mogadishu on Friday. "
                        "The Islamic militant group al-Shabaab claimed responsibility for the blast.", DATE)
    assert ("SOMREB", "1832", "SOM") in got


def test_plain_attack_claim_adds_no_attack_code() -> None:
    # unnamed48: with "Gunmen attacked ..." the claimant now stands for the gunmen in the first
    # sentence (AFGREB 190 INDGOV there); the claim itself still adds no attack code
    got = coded_triples("The Indian embassy in Kabul was attacked on Sunday. "
                        "The Taliban claimed responsibility for the attack.", DATE)
    assert ("AFGREB", "015", "INDGOV") in got
    assert not any(t[0] == "AFGREB" and t[1][:2] in ("18", "19") for t in got)


def test_denied_bombing_is_no_attack() -> None:
    got = coded_triples("The Taliban denied responsibility for the suicide bombing of the Indian embassy.", DATE)
    assert not any(t[0] == "AFGREB" and t[1][:2] == "18" for t in got)


def test_negated_claim_codes_no_attack() -> None:
    got = coded_triples("The Taliban did not claim responsibility for the suicide bombing of the Indian embassy.", DATE)
    assert not any(t[0] == "AFGREB" for t in got)
