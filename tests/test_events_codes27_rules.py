"""codes27: subcodes told by an act's content words (docs/evaluation/events-codes27.md);
sentences written for these tests, in the style of wire news.

- an attack made with an air weapon is an air attack (195), with artillery or tanks 194; the
  weapon may be a "with" phrase (on the verb or on its object), a "using" clause, the noun a
  participle hangs on ("missiles targeting ..."), or the modifier of the attack noun;
- a bombing by rebels, militants or private persons is a non-military bombing (183);
- police or troops attacking with batons, tear gas or rubber bullets repress (175); "charged the
  protesters with batons" is force, not a criminal charge;
- "accused Y of being incompetent" is criticism (111); "of being responsible for" stays an
  accusation; an accusation that says "corrupt" is of a crime (1121);
- "demanded that Y lift the sanctions" is a demand to ease sanctions (1054); "said Y should lift"
  stays an appeal;
- solidarity with a decision endorses it (051); with a state it is accord (019);
- property seized is confiscated (1711), property demolished is destroyed (1712).
"""
from __future__ import annotations

from events_variety import coded_triples

DATE = "2021-06-15"


def _codes(text: str) -> set[str]:
    return {code for _, code, _ in coded_triples(text, DATE)}


# -- weapons named as the instrument ----------------------------------------------------------


def test_attack_using_drones_is_an_air_attack():
    got = coded_triples("Houthi rebels said they had carried out the attack on the Saudi oil field using ten drones.", DATE)
    assert ("YEMREB", "195", "SAU") in got
    assert not any(code == "190" for _, code, _ in got)


def test_attack_with_drones_on_the_object_is_an_air_attack():
    got = coded_triples("Russian forces attacked Ukrainian positions with drones overnight.", DATE)
    assert ("RUSMIL", "195", "UKR") in got


def test_missiles_targeting_troops_are_an_air_attack():
    codes = _codes("Iran launched missiles targeting American troops at two bases in Iraq.")
    assert "195" in codes and "190" not in codes


def test_drone_attack_noun_is_an_air_attack():
    got = coded_triples("The Turkish army carried out a drone attack on Kurdish militants in northern Iraq.", DATE)
    assert any(code == "195" for _, code, _ in got)
    assert not any(code == "190" for _, code, _ in got)


def test_attack_with_tanks_is_artillery():
    got = coded_triples("Syrian troops attacked the rebels with tanks.", DATE)
    assert ("SYRMIL", "194", "SYRREB") in got


def test_attack_with_rifles_stays_plain_force():
    got = coded_triples("Israeli troops attacked Palestinian militants with rifles.", DATE)
    assert ("ISRMIL", "190", "PSEREB") in got


def test_clash_with_names_the_opponent_not_a_weapon():
    got = coded_triples("Turkish troops clashed with Kurdish fighters near the border.", DATE)
    assert ("TURMIL", "190", "TURREB") in got


# -- non-military bombings ----------------------------------------------------------------------


def test_rebels_bombing_a_base_is_a_non_military_bombing():
    got = coded_triples("Suspected rebels bombed the Colombian army base in Cali.", DATE)
    assert ("COLREB", "183", "COLMIL") in got
    assert not any(code == "195" for _, code, _ in got)


def test_warplanes_bombing_stay_an_air_attack():
    got = coded_triples("Russian warplanes bombed rebel positions in Syria.", DATE)
    assert ("RUSMIL", "195", "SYRREB") in got


def test_a_state_bombing_stays_an_air_attack():
    codes = _codes("Israel bombed Hamas positions in Gaza on Monday.")
    assert "195" in codes and "183" not in codes


# -- crowd weapons: repression -----------------------------------------------------------------


def test_police_attacking_with_batons_repress():
    got = coded_triples("Police attacked the demonstrators with batons and water cannon.", DATE)
    assert any(code == "175" and src.endswith("COP") for src, code, _ in got)
    assert not any(code == "190" for _, code, _ in got)


def test_police_charging_with_batons_is_no_criminal_charge():
    got = coded_triples("Riot police charged protesters with batons in central Paris.", DATE)
    assert ("FRACOP", "175", "FRAOPP") in got
    assert not any(code.startswith("112") for _, code, _ in got)


def test_criminal_charge_stays_a_charge():
    codes = _codes("The prosecutor charged the mayor of Lyon with corruption.")
    assert "1121" in codes and "175" not in codes


def test_protesters_attacking_with_stones_are_no_repression():
    codes = _codes("Protesters attacked the police station with stones.")
    assert "175" not in codes


# -- trait accusations, corrupt -----------------------------------------------------------------


def test_accused_of_being_incompetent_is_criticism():
    got = coded_triples("The Thai opposition accused the prime minister of being incompetent.", DATE)
    assert ("THAOPP", "111", "THAGOV") in got
    assert not any(code.startswith("112") for _, code, _ in got)


def test_accused_of_being_responsible_stays_an_accusation():
    codes = _codes("The Thai opposition accused the prime minister of being responsible for the killings.")
    assert "111" not in codes and any(code.startswith("112") for code in codes)


def test_accused_of_a_noun_stays_an_accusation():
    codes = _codes("The Thai opposition accused the prime minister of hypocrisy.")
    assert "112" in codes and "111" not in codes


def test_alleged_corrupt_administration_is_a_crime():
    got = coded_triples("The opposition alleged that the administration of Prime Minister Banharn is corrupt.", DATE)
    assert ("THAOPP", "1121", "THAGOV") in got


def test_not_accused_of_being_incompetent_stays_uncoded():
    codes = _codes("The Thai opposition did not accuse the prime minister of being incompetent.")
    assert "111" not in codes and not any(code.startswith("112") for code in codes)


# -- demands to lift sanctions --------------------------------------------------------------------


def test_demand_to_lift_sanctions():
    got = coded_triples("Iran demanded that the United States lift all sanctions.", DATE)
    assert ("IRN", "1054", "USA") in got


def test_demand_to_impose_nothing_stays_plain():
    got = coded_triples("Iran demanded that the United States impose no new sanctions.", DATE)
    assert ("IRN", "100", "USA") in got


def test_said_should_lift_stays_an_appeal():
    codes = _codes("The Cuban foreign minister said Washington should lift its trade embargo without conditions.")
    assert "1054" not in codes and any(code.startswith("02") for code in codes)


# -- solidarity with a decision endorses it -------------------------------------------------------


def test_solidarity_with_a_decision_endorses_it():
    got = coded_triples("Venezuela has shown solidarity with Brazil's decision to suspend payments on its foreign debt.", DATE)
    assert ("VEN", "051", "BRA") in got
    assert not any(code == "019" for _, code, _ in got)


def test_solidarity_with_a_state_is_accord():
    got = coded_triples("Argentina showed solidarity with Chile.", DATE)
    assert ("ARG", "019", "CHL") in got


# -- property seized or destroyed -------------------------------------------------------------------


def test_seized_drugs_are_confiscated_property():
    got = coded_triples("Thai police seized 18 kilograms of heroin from a Hong Kong carpenter.", DATE)
    assert ("THACOP", "1711", "HKGCVL") in got


def test_demolished_building_is_destroyed_property():
    got = coded_triples("Israeli bulldozers demolished the homes of two Palestinian militants.", DATE)
    assert any(code == "1712" for _, code, _ in got)
    assert not any(code == "171" for _, code, _ in got)


def test_seized_people_are_no_property():
    got = coded_triples("Rebels seized two French journalists near Aleppo.", DATE)
    assert ("SYRREB", "181", "FRAMED") in got
    assert not any(code == "1711" for _, code, _ in got)


def test_damaged_offices_stay_plain_171():
    got = coded_triples("Protesters damaged the offices of the ruling party in Tbilisi.", DATE)
    assert ("GEOOPP", "171", "GEOGOV") in got
