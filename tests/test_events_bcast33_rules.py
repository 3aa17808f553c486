"""bcast33: US broadcast and wire news of 1989-1998 (docs/evaluation/events-bcast33.md).
Every sentence is our own, written in the style of 1990s broadcast transcripts and AP copy.

- Inspectors, monitors, peacekeepers or aid a state says it will not let in, or refuses to let
  in, are a refusal toward them (1245; events/kept_out.py); "agreed to let" is 086x.
- An appeal or demand for restraint ("not to attack", "to show restraint", "to refrain from
  military action") asks de-escalation (0256 / 1056; events/restraint.py).
- Force used or readied against a state is military force (190 / 138), not police force on a
  crowd (events/state_force.py); an act someone is authorised to do is not done.
- What a caller says in the call ("telephoned X to urge him") is the caller's act, done
  (events/call_purposes.py).
- verbs.txt bcast33 block: military ground hit (190), strikes ordered on a state (195),
  "holds X responsible" (112); people.txt bcast33 block (Ahern, bin Laden ...).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1998-02-20"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- inspectors and monitors kept out --------------------------------------------------------------

def test_a_stated_will_not_allow_of_inspectors_is_a_refusal():
    assert ("IRQ", "1245", "IGOUNO") in coded_triples(
        "Baghdad says it will not let U.N. inspectors into the presidential sites.", DAY)
    assert ("SRB", "1245", "IGOSCE") in coded_triples(
        "Belgrade says it will not permit OSCE monitors to return to Kosovo.", DAY)
    assert ("IRQ", "1245", "IGOUNO") in coded_triples(
        "Iraq says it will not let U.N. inspectors return unless sanctions are lifted.", DAY)


def test_refused_to_allow_inspectors_to_visit_is_a_refusal_toward_them():
    assert ("IRQ", "1245", "IGOUNO") in coded_triples(
        "Iraq refused to allow the U.N. inspectors to visit the sites.", DAY)


def test_agreed_to_let_inspectors_in_receives_them():
    assert ("IRQ", "0862", "IGOUNO") in coded_triples(
        "Iraq has agreed to let U.N. inspectors into the presidential sites.", DAY)


def test_a_past_not_allowed_a_condition_or_others_kept_out_are_no_refusal():
    for text in ("Iraq did not allow U.N. inspectors to visit the sites yesterday.",
                 "If Iraq refuses to allow the U.N. inspectors into the palaces, the United States will act.",
                 "Will Iraq allow U.N. inspectors into the palaces?",
                 "Iraq did not refuse to allow U.N. inspectors into the sites, the Iraqi envoy says."):
        assert "1245" not in _codes(coded_triples(text, DAY)), text
    assert "1245" not in _codes(coded_triples(
        "The government says it will not allow the opposition to march in the capital.", DAY))


# --- appeals for restraint ---------------------------------------------------------------------

def test_urged_not_to_attack_or_use_force_is_asked_de_escalation():
    assert ("RUS", "0256", "USA") in coded_triples("Russia is urging the United States not to attack Iraq.", DAY)
    assert ("CHN", "0256", "USA") in coded_triples("China is urging Washington not to use force against Iraq.", DAY)


def test_show_restraint_and_refrain_from_military_action_are_0256():
    got = coded_triples("The U.N. secretary-general is appealing to India and Pakistan to show restraint.", "1998-05-29")
    assert {("IGOUNO", "0256", "IND"), ("IGOUNO", "0256", "PAK")} <= got
    assert ("JPN", "0256", "IND") in coded_triples(
        "Japan urged India and Pakistan to refrain from military action in Kashmir.", "1998-05-29")
    assert ("FRA", "0256", "USA") in coded_triples("France called on Washington to avoid the use of force.", DAY)


def test_a_demand_that_a_side_not_attack_is_1056():
    assert ("USA", "1056", "SRB") in coded_triples(
        "The United States is demanding that Serbia not attack civilians in Kosovo.", "1998-05-29")


def test_other_asked_acts_stay_plain_appeals():
    for text, triple in (("Albright urged Netanyahu not to sign the bill.", ("USAGOV", "020", "ISRGOV")),
                         ("The IMF urged Indonesia to avoid delays in the reforms.", ("IGOIMF", "020", "IDN")),
                         ("Egypt is urging Iraq not to give the Americans an excuse to strike.", ("EGY", "020", "IRQ"))):
        got = coded_triples(text, "1998-10-20")
        assert triple in got and "0256" not in _codes(got), (text, got)


# --- force against a state ----------------------------------------------------------------------

def test_force_readied_against_a_state_is_a_threat_of_military_force():
    got = coded_triples("Clinton says he will use force against Iraq if necessary.", DAY)
    assert ("USAGOV", "138", "IRQ") in got and "137" not in _codes(got)
    assert ("RUS", "190", "RUSREB") in coded_triples("Russia used force against Chechen rebels.", DAY)


def test_force_on_protesters_stays_175():
    assert ("---COP", "175", "---OPP") in coded_triples("Police used force against the demonstrators.", DAY)


def test_force_authorised_is_not_used():
    got = coded_triples("Congress today authorized President Bush to use force against Iraq.", "1991-01-12")
    assert not _codes(got) & {"175", "190", "138"}, got


# --- what a caller says in the call --------------------------------------------------------------

def test_a_call_or_meeting_to_urge_codes_the_callers_appeal():
    got = coded_triples("President Clinton called Prime Minister Blair to urge him to support the strikes.", DAY)
    assert {("USAGOV", "041", "GBRGOV"), ("USAGOV", "020", "GBRGOV")} <= got
    got = coded_triples("Albright met Russian Foreign Minister Yevgeny Primakov to ask him for support.", DAY)
    assert ("USAGOV", "020", "RUSGOV") in got


def test_the_one_called_does_not_urge_the_caller():
    got = coded_triples("President Clinton telephoned Suharto today to urge him to stick to the reform program.",
                        "1998-01-08")
    assert ("USAGOV", "041", "IDNGOV") in got
    assert not any(src == "IDNGOV" for src, _, _ in got), got


def test_a_trip_or_an_envoy_sent_keeps_its_reading():
    assert not coded_triples("President Clinton sent former Vice President Walter Mondale to Jakarta to meet Suharto.",
                             DAY)
    got = coded_triples("Albright flew to Moscow to urge Russia to back the American position.", DAY)
    assert "020" not in _codes(got), got


# --- verbs.txt and people.txt bcast33 blocks -----------------------------------------------------

def test_military_ground_hit_is_an_attack():
    got = coded_triples("American warplanes hit Iraqi radar sites.", "1998-12-16")
    assert ("USAMIL", "195", "IRQ") in got
    assert not coded_triples("The storm hit the center of the island.", DAY)


def test_strikes_ordered_on_a_state_are_its_use_of_force():
    assert ("USAGOV", "195", "IRQ") in coded_triples("President Clinton ordered air strikes on Iraq today.", "1998-12-16")


def test_held_responsible_is_an_accusation():
    assert ("USA", "112", "IRQGOV") in coded_triples(
        "The United States holds Saddam Hussein responsible for the crisis.", "1998-11-11")


def test_broadcast_figures_resolve():
    got = coded_triples("Blair and Ahern signed the agreement in Belfast.", "1998-04-10")
    assert {("GBRGOV", "057", "IRLGOV"), ("IRLGOV", "057", "GBRGOV")} <= got
    assert ("USAGOV", "1123", "IMGREB") in coded_triples(
        "Officials in Washington say bin Laden was behind the embassy bombings.", "1998-08-22")


# --- "told Y to <act>" and labels of crime -------------------------------------------------------

def test_told_a_party_to_act_is_a_demand_and_the_act_is_not_done():
    got = coded_triples("President Clinton told Saddam Hussein to comply with the U.N. resolutions.", DAY)
    assert ("USAGOV", "100", "IRQGOV") in got and "080" not in _codes(got), got
    assert ("USAGOV", "1056", "SRBGOV") in coded_triples(
        "Albright told Milosevic to withdraw his forces from Kosovo.", "1998-06-10")


def test_telling_an_audience_or_telling_that_is_no_demand():
    for text in ("Clinton told reporters to expect a decision soon.",
                 "Clinton told Americans to be patient.",
                 "The president did not tell Iraq to leave."):
        assert not any(code.startswith("10") for _, code, _ in coded_triples(text, DAY)), text


def test_a_reported_label_of_espionage_or_crime_accuses():
    assert ("IRQ", "1125", "IGOUNO") in coded_triples("Iraq says the U.N. inspectors are spies.", DAY)
    assert ("IRQ", "1125", "IGOUNO") in coded_triples("Iraq says Richard Butler is an American spy.", DAY)
    got = coded_triples("Iraq says the U.N. inspectors are criminals.", DAY)
    assert ("IRQ", "1121", "IGOUNO") in got and "111" not in _codes(got), got


def test_a_denied_or_harmless_label_accuses_no_one():
    for text in ("Iraq says the U.N. inspectors are not spies.", "Iraq says Richard Butler is a travel agent."):
        assert not any(code.startswith("112") for _, code, _ in coded_triples(text, DAY)), text


def test_broadcast_idioms_a_warning_carried_and_shuttle_diplomacy():
    assert ("USAGOV", "130", "IRQGOV") in coded_triples("President Clinton has a warning for Saddam Hussein tonight.", DAY)
    got = coded_triples("Secretary Albright is shuttling between Netanyahu and Arafat.", "1998-10-20")
    assert {("USAGOV", "045", "ISRGOV"), ("USAGOV", "045", "PSEGOV")} <= got
    assert not coded_triples("The weather service has a warning for the coast.", DAY)
