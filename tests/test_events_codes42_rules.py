"""codes42: the code when the actors are right, in 1996-style wire sentences
(docs/evaluation/events-codes42.md). Every sentence is our own.

- An accusation naming an armed act across a border (firing, infiltration, an armed provocation)
  is of aggression (1123); police accused of firing are not; "armed robbery" is a crime (1121).
- An accusation of violating or trampling on human rights (the verb form) is 1122.
- An appeal to find or reach a solution, settlement or compromise is an appeal to settle (027).
- A rejected proposal for a summit or conference is a rejected meeting (125); a rejected call
  for mediation or arbitration is mediation rejected (126).
- A truce broken "with an attack on X" is broken toward X (196).
- A noun's "that" clause of what is demanded or proposed is no fact.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

DAY = "1996-08-30"


@pytest.mark.parametrize("text,want", [
    ("Pakistan accused India of firing across the line of control in Kashmir.", ("PAK", "1123", "IND")),
    ("South Korea accused North Korea of an armed provocation along the border.", ("KOR", "1123", "PRK")),
    ("Seoul accused Pyongyang of sending armed infiltrators into the South.", ("KOR", "1123", "PRK")),
    ("South Korea accused the North of infiltrating commandos by submarine.", ("KOR", "1123", "PRK")),
])
def test_an_accused_armed_act_is_aggression(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


@pytest.mark.parametrize("text,code", [
    ("Greece accused Turkey of provocation.", "112"),
    ("Turkey accused Greece of harbouring terrorists.", "112"),
    ("Nigeria accused the gang of armed robbery.", "1121"),
])
def test_no_armed_act_no_aggression(text, code):
    got = coded_triples(text, DAY)
    assert "1123" not in {c for _, c, _ in got}, (text, got)
    assert code in {c for _, c, _ in got}, (text, got)


@pytest.mark.parametrize("text,want", [
    ("Greece accused Turkey of violating the human rights of the Greek minority.", ("GRC", "1122", "TUR")),
    ("Belgrade accused Zagreb of trampling on the human rights of Serbs in Krajina.", ("SRB", "1122", "HRV")),
])
def test_rights_violated_as_a_verb(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_a_right_denied_that_is_not_human_rights_stays_112():
    got = coded_triples("Albania accused Greece of denying the existence of an Albanian minority.", DAY)
    assert ("ALB", "112", "GRC") in got, got


@pytest.mark.parametrize("text,want", [
    ("France urged Algeria to find a political solution to the conflict.", ("FRA", "027", "DZA")),
    ("Washington urged the Pakistani government to reach a compromise with the opposition.", ("USA", "027", "PAKGOV")),
    ("The European Union called on Burundi's leaders to seek a negotiated settlement of the conflict.",
     ("IGOEUREEC", "027", "BDIGOV")),
])
def test_an_appeal_to_find_a_settlement(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_finding_the_killers_is_no_settlement():
    got = coded_triples("France urged Algeria to find the killers of the monks.", DAY)
    assert ("FRA", "020", "DZA") in got, got


@pytest.mark.parametrize("text,want", [
    ("China rejected Taiwan's proposal for a summit between the two leaders.", ("CHN", "125", "TWN")),
    ("Turkey rejected Greek calls for international arbitration over the islet.", ("TUR", "126", "GRC")),
    ("India rejected Pakistan's proposal for third-party mediation in Kashmir.", ("IND", "126", "PAK")),
    ("Greece dismissed a Turkish call for international mediation over the Imia islets.", ("GRC", "126", "TUR")),
])
def test_rejected_meetings_and_mediation(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_a_rejected_request_for_a_seat_stays_120():
    got = coded_triples("China rejected Taiwan's request for a seat at the conference.", DAY)
    assert ("CHN", "120", "TWN") in got, got


def test_a_truce_broken_with_an_attack_names_the_attacked():
    got = coded_triples("Russian forces broke the truce with an attack on rebel positions near Shali.", DAY)
    assert ("RUSMIL", "196", "RUSREB") in got, got


@pytest.mark.parametrize("text,want,not_want", [
    ("Iran rejected U.S. demands that it stop backing Islamic militant groups.", ("IRN", "120", "USA"), "16"),
    ("Iraq rejected U.N. demands that it hand over documents on its weapons programmes.", ("IRQ", "120", "IGOUNO"), "08"),
])
def test_a_demanded_clause_is_no_fact(text, want, not_want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)
    assert not any(c.startswith(not_want) for _, c, _ in got), (text, got)


# --- prisoners of war handed over -----------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Iraq handed over 70 Iranian prisoners of war to the Red Cross.", ("IRQ", "0841", "IRNMIL")),
    ("Iran repatriated 200 Iraqi prisoners of war on Tuesday.", ("IRN", "0841", "IRQMIL")),
])
def test_prisoners_of_war_handed_over_are_released(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_a_prisoner_handed_to_police_stays_judicial_cooperation():
    got = coded_triples("Spain handed over the prisoner to French police.", DAY)
    assert ("ESP", "063", "FRACOP") in got, got


# --- a rejected request for a thing: the appeal subcode mirrored into 12x ----------------------------

@pytest.mark.parametrize("text,want", [
    ("Britain rejected Bosnian requests for weapons.", ("GBR", "1222", "BIH")),
    ("Israel rejected Palestinian calls for the release of prisoners.", ("ISR", "1243", "PSE")),
])
def test_a_rejected_request_for_a_thing(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_a_rejected_demand_for_wages_stays_120():
    got = coded_triples("LONDON 1996-08-30\n\nThe government rejected union demands for higher wages.", DAY)
    assert {c for _, c, _ in got} == {"120"}, got


# --- monitors and agencies ordered out ----------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Iraq ordered U.N. weapons inspectors to leave the country.", ("IRQ", "1662", "IGOUNO")),
    ("Belgrade ordered OSCE observers to leave Kosovo.", ("SRB", "1662", "IGOSCE")),
])
def test_monitors_ordered_out_are_expelled(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_inspectors_ordered_to_stay_are_not_expelled():
    got = coded_triples("Iraq ordered the inspectors to stay in their hotel.", DAY)
    assert not any(c.startswith("166") for _, c, _ in got), got


# --- an armed act stopped, named by its gerund ------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("The United Nations appealed to the Taleban to stop shelling Kabul.", ("IGOUNO", "0256", "AFGREB")),
    ("Russia asked the rebels to stop firing on its troops.", ("RUS", "0256", "RUSREB")),
    ("Russia demanded that the rebels stop firing on its troops.", ("RUS", "1056", "RUSREB")),
])
def test_an_armed_act_stopped_by_gerund(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_firing_workers_is_no_armed_act():
    got = coded_triples("The union asked the company to stop firing workers.", DAY)
    assert not any(c in ("0256", "1056") for _, c, _ in got), got


# --- "charged Y with" aggression or espionage ----------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Sudan charged Uganda with aggression after border clashes.", ("SDN", "1123", "UGA")),
    ("Russia charged the British diplomat with espionage.", ("RUS", "1125", "GBRGOV")),
])
def test_a_charge_of_aggression_or_espionage(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_a_charge_of_murder_stays_a_crime():
    got = coded_triples("Police charged the man with murder.", DAY)
    assert "1121" in {c for _, c, _ in got}, got


# --- aircraft that fire ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Israeli helicopter gunships fired rockets at villages in southern Lebanon.", ("ISRMIL", "195", "LBNCVL")),
    ("Russian helicopter gunships fired missiles at Chechen rebel positions.", ("RUSMIL", "195", "RUSREB")),
])
def test_aircraft_firing_attack_from_the_air(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_helicopters_attacking_are_an_air_attack():
    # force66: the standard's "airstrike, drone or missile attack -> 195" (warplanes that attacked
    # were 195 already; helicopters had been pinned 190 here and in reuters41)
    got = coded_triples("Russian helicopters attacked rebel positions near Bamut.", DAY)
    assert ("RUSMIL", "195", "RUSREB") in got, got


def test_guerrilla_rockets_stay_194():
    got = coded_triples("Hizbollah guerrillas fired rockets at northern Israel.", DAY)
    assert ("LBNREB", "194", "ISR") in got, got
