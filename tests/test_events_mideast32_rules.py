"""mideast32: Middle East diplomacy as 1996-2000 wire copy states it (docs/evaluation/events-mideast32.md).
Every sentence is our own, written in wire style.

- A charge, accusation, claim or report rejected for what its "that"-clause says is a denial (016)
  toward the accuser; a bare "rejected the accusation" (the pinned variety set), a pay claim or a
  report (document) rejected stays a rejection (120).
- What a charge noun's "that"-clause says is alleged, not done: "rejected charges that it was
  arming Hezbollah" codes no arming.
- Territories sealed off, closures imposed: movement restricted (191); the small model hangs the
  object of "sealed off" on the particle, which now counts as the verb's object.
- Inspectors, peacekeepers and aid let in under "allow"/"let"/"permit" (0862, 0861, 0863; a
  promise 0355); anyone else let in ("Palestinian workers") is no international involvement.
- Cooperation ended with a partner (160); troops crossing into a country (190), refugees not.
- A denial of a shipment ("denied that it had sent troops to X") aims at the recipient, not at the
  denier's own troops.
- People of the period (Barak, Lahoud, Kharrazi, Nasrallah ...) and state media (Tishreen) resolve.
"""
from __future__ import annotations

from events_variety import coded_triples

Y98 = "1998-03-14"
Y2000 = "2000-03-14"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- rejected charges are denials ---------------------------------------------------------------

def test_charges_rejected_for_what_they_say_are_denials_toward_the_accuser():
    assert ("IRQ", "016", "USA") in coded_triples(
        "Iraq rejected charges by the United States that it was hiding weapons.", Y98)
    assert ("PSEGOV", "016", "ISR") in coded_triples(
        "The Palestinian Authority rejected Israeli accusations that it had released Hamas militants "
        "from its jails.", Y98)


def test_a_bare_rejected_accusation_stays_a_rejection():
    # the pinned context variety set (x32) and the lexicon18 rules code "rejected the accusation" 120
    got = coded_triples("Iran rejected the U.S. accusations as baseless, the official news agency IRNA reported.", Y98)
    assert ("IRN", "120", "USA") in got and "016" not in _codes(got)


def test_a_claim_rejected_for_what_it_says_is_a_denial():
    assert ("SYR", "016", "ISR") in coded_triples(
        "Syria dismissed Israeli claims that it was supporting Hezbollah attacks.", Y98)
    assert ("ISR", "016", "SYR") in coded_triples(
        "Israel rejected Syrian claims that it was massing troops on the Golan Heights.", Y98)


def test_a_pay_claim_or_a_report_rejected_stays_a_rejection():
    got = coded_triples("The government rejected the union's pay claim.", Y98)
    assert "016" not in _codes(got) and "120" in _codes(got)
    got = coded_triples("Parliament rejected the committee's report.", Y98)
    assert "016" not in _codes(got)


def test_a_charge_content_is_not_an_act():
    got = coded_triples("Syria rejected Israeli charges that it was arming Hezbollah.", Y98)
    assert ("SYR", "016", "ISR") in got
    assert "072" not in _codes(got)


# --- closures and sealed territories -------------------------------------------------------------

def test_territories_sealed_off_restrict_movement():
    assert ("ISR", "191", "PSE") in coded_triples(
        "Israel sealed off the West Bank and Gaza Strip on Sunday after a suicide bombing in Jerusalem.", Y98)
    assert ("ISRMIL", "191", "PSE") in coded_triples(
        "Israeli troops sealed off the West Bank city of Hebron on Friday.", Y98)


def test_a_closure_imposed_restricts_movement_and_an_eased_one_is_081():
    assert ("ISR", "191", "PSE") in coded_triples(
        "Israel imposed a total closure on the West Bank and Gaza Strip after the suicide attack in Tel Aviv.", Y98)
    assert ("ISR", "081", "PSE") in coded_triples("Israel eased the closure of the Gaza Strip on Wednesday.", Y98)


def test_a_closure_not_lifted_and_a_deal_sealed_are_no_blockade():
    assert "191" not in _codes(coded_triples("Israel has not imposed a closure on the territories.", Y98))
    assert "191" not in _codes(coded_triples("Israel sealed the agreement with Jordan.", Y98))


# --- monitors let in -----------------------------------------------------------------------------

def test_inspectors_let_in_are_received():
    assert ("IRQ", "0862", "IGOUNO") in coded_triples(
        "Iraq allowed U.N. weapons inspectors to return to Baghdad on Tuesday.", Y98)
    assert ("IRQ", "0355", "IGOUNO") in coded_triples(
        "Iraq said on Sunday it would allow U.N. inspectors to resume their work.", Y98)


def test_peacekeepers_and_aid_let_in():
    assert ("HRV", "0861", "IGOUNO") in coded_triples("Croatia allowed U.N. peacekeepers to remain.", Y98)
    assert ("SDN", "0863", "IGOUNO") in coded_triples("Sudan allowed U.N. aid convoys to enter the south.", Y98)


def test_workers_let_in_and_inspectors_kept_out_are_no_international_involvement():
    got = coded_triples("Israel allowed Palestinian workers to return to their jobs in Israel.", Y98)
    assert not any(code.startswith("086") or code == "0355" for code in _codes(got))
    got = coded_triples("Iraq did not allow U.N. inspectors to enter the site.", Y98)
    assert not any(code.startswith("086") for code in _codes(got))


# --- cooperation ended, borders crossed, shipments denied ---------------------------------------

def test_cooperation_ended_reduces_relations():
    assert ("IRQ", "160", "IGOUNO") in coded_triples("Iraq ended its cooperation with UNSCOM.", Y98)


def test_troops_crossing_into_a_country_but_not_refugees():
    assert ("TURMIL", "190", "IRQ") in coded_triples("Turkish troops crossed into northern Iraq on Tuesday.", Y98)
    assert "190" not in _codes(coded_triples("Thousands of refugees crossed into Jordan.", Y98))


def test_a_denied_shipment_aims_at_its_recipient_not_the_deniers_troops():
    assert ("SYR", "016", "LBNREB") in coded_triples("Syria denied that it had supplied weapons to Hezbollah.", Y98)
    got = coded_triples("Iran denied on Monday that it had sent troops to the Afghan border.", Y98)
    assert ("IRN", "016", "IRNMIL") not in got


# --- people and media of the period --------------------------------------------------------------

def test_barak_and_other_figures_of_the_period():
    assert ("JORGOV", "026", "ISRGOV") in coded_triples(
        "Jordan's King Abdullah urged Barak to resume talks with Syria.", Y2000)
    assert ("LBNGOV", "111", "ISR") in coded_triples(
        "Lebanese President Emile Lahoud condemned Israel for the air raids.", "1999-06-25")


def test_syrian_state_paper_speaks_for_syrian_media():
    assert ("SYRMED", "112", "ISRGOV") in coded_triples(
        "Tishreen accused Netanyahu of destroying the peace process.", Y98)


# --- negatives ------------------------------------------------------------------------------------

def test_negated_and_hypothetical_statements_stay_uncoded():
    assert not coded_triples("Arafat did not accuse Israel of breaking the accords.", Y98)
    assert "191" not in _codes(coded_triples("Israel may seal off the territories if the attacks continue.", Y98))
    assert not any(code.startswith("086") for code in _codes(coded_triples(
        "Iraq may allow the inspectors to return if the sanctions are lifted, officials said.", Y98)))
