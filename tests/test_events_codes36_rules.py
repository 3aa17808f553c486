"""codes36: the event code when the actors are right (docs/evaluation/events-codes36.md).
Every sentence is our own, written in wire style.

- A demand takes the subcode of the act it demands, read off the demanded clause's own
  dictionary code: aid (103x), release (1053), sanctions eased (1054), outsiders let in (1055),
  de-escalation (1056). 105-108 are not used (WIKINEWS_EVENTS.md): a demand for talks stays 100.
- An appeal or demand for an act the dictionary codes as no event of its own takes the subcode
  of its content: elections and democratic rule (0244 / 1044), a military act halted (0256 / 1056).
- An accusation of war crimes is 1124 and of human rights abuses 1122, where the crime noun's
  head alone read 1121.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

DAY = "2024-03-14"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- demands take the demanded act's own code ---------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Pakistan demanded that India send relief supplies to the flooded region.", ("PAK", "1033", "IND")),
    ("Ukraine demanded that Germany deliver the promised tanks.", ("UKR", "1032", "DEU")),
    ("Ukraine demanded that Hungary provide more humanitarian aid.", ("UKR", "1033", "HUN")),
    ("The United States demanded that Russia allow UN inspectors into the plant.", ("USA", "1055", "RUS")),
])
def test_a_demand_mirrors_the_demanded_act(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_a_demand_for_talks_stays_a_plain_demand():
    # GDELT's 106-108 conflict with the CAMEO manual and are not used
    got = coded_triples("Russia demanded that NATO hold talks on security guarantees.", DAY)
    assert ("RUS", "100", "IGONAT") in got


def test_a_demand_for_a_negated_or_uncoded_act_stays_100():
    for text, want in (("Russia demanded that NATO not send troops to Ukraine.", ("RUS", "100", "IGONAT")),
                       ("Poland demanded that Germany pay war reparations.", ("POL", "100", "DEU")),
                       ("China demanded that the United States stop its trade war.", ("CHN", "100", "USA"))):
        got = coded_triples(text, DAY)
        assert want in got, (text, got)


# --- appeals and demands by their content ----------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("The United States pressed Venezuela to hold free elections.", ("USA", "0244", "VEN")),
    ("Britain urged Thailand to hold elections as soon as possible.", ("GBR", "0244", "THA")),
    ("The European Union urged Georgia to hold a new election.", ("IGOEUREEC", "0244", "GEO")),
    ("The United States urged Tunisia to restore democratic rule.", ("USA", "0244", "TUN")),
    ("The African Union urged the junta in Niger to restore constitutional order.", ("IGOOAU", "0244", "NERGOV")),
    ("The opposition called for the government to hold early elections.", ("---OPP", "0244", "---GOV")),
])
def test_an_appeal_for_elections_or_democratic_rule_is_0244(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_a_demand_to_restore_democracy_is_1044():
    got = coded_triples("The United States demanded that Myanmar's generals restore democracy.", DAY)
    assert ("USA", "1044", "MMRMIL") in got


@pytest.mark.parametrize("text,want", [
    ("The Philippines demanded that China stop its military drills near the islands.", ("PHL", "1056", "CHN")),
    ("Egypt demanded that Israel end its military operation in Rafah.", ("EGY", "1056", "ISR")),
    ("Britain demanded that Iran halt its attacks on shipping.", ("GBR", "1056", "IRN")),
    ("Japan urged China to halt its military exercises around Taiwan.", ("JPN", "0256", "CHN")),
    ("Germany called on Russia to end its offensive in eastern Ukraine.", ("DEU", "0256", "RUS")),
])
def test_a_military_act_halted_is_asked_de_escalation(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_content_that_is_no_regime_or_military_act_keeps_its_code():
    got = coded_triples("The European Union urged Kenya to restore order after the riots.", DAY)
    assert ("IGOEUREEC", "020", "KEN") in got  # "restore order" is policing, not democratic rule
    got = coded_triples("Britain urged France to halt the migrant crossings.", DAY)
    assert "0256" not in _codes(got)
    got = coded_triples("The United States urged Venezuela not to hold the referendum.", DAY)
    assert "0244" not in _codes(got)  # asked not to hold one


# --- accusations by the crime noun's own modifier ----------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Ukraine accused Russia of war crimes in Bucha.", ("UKR", "1124", "RUS")),
    ("Ukraine accused Russia of crimes against humanity.", ("UKR", "1124", "RUS")),
    ("The United Nations accused Myanmar's military of crimes against humanity.", ("IGOUNO", "1124", "MMRMIL")),
    ("Armenia blamed Azerbaijan for war crimes in Nagorno-Karabakh.", ("ARM", "1124", "AZE")),
    ("Canada accused China of human rights abuses in Xinjiang.", ("CAN", "1122", "CHN")),
])
def test_an_accusation_of_war_crimes_or_rights_abuses(text, want):
    got = coded_triples(text, DAY)
    assert want in got, (text, got)


def test_common_crimes_stay_1121():
    got = coded_triples("Lawmakers accused the minister of abuse of power.", DAY)
    assert "1121" in _codes(got) and "1122" not in _codes(got)
    got = coded_triples("Brazil's police accused the former president of fraud.", DAY)
    assert "1121" in _codes(got)
