"""world32: politics and unrest in 1996-2000 world wire copy (docs/evaluation/events-world32.md).
Every sentence is our own, written in Reuters/AP style without a dateline.

- A meeting in Belgrade (the gazetteer's withdrawn SCG for 1990s dates) is at home for Yugoslav
  officials (040), not in a third country (044).
- A criticised arrest, detention or execution with no named doer aims at the government holding
  the people: the state its "in" phrase names, else the state of the people held.
- The killing of one office holder (president, prime minister, mayor ...) is assassination (186).
- Peacekeepers, monitors or aid a state agrees to let in are 0861 / 0862 / 0863; refusing them
  is 1245.
- "warned Jakarta that ...": the name the small model reads as an adverbial noun is the object.
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1998-10-14"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- meetings in Belgrade are at home ----------------------------------------------------------

def test_a_meeting_in_belgrade_is_a_plain_meeting_for_yugoslav_officials():
    for text in ("U.S. envoy Richard Holbrooke met Yugoslav President Slobodan Milosevic in Belgrade on Monday.",
                 "German Foreign Minister Joschka Fischer met Milosevic in Belgrade on Thursday."):
        got = coded_triples(text, DAY)
        assert any(code == "040" and tgt == "SRBGOV" for _, code, tgt in got), (text, got)
        assert "044" not in _codes(got), text


def test_a_meeting_in_a_third_country_stays_044():
    got = coded_triples("Yugoslav President Slobodan Milosevic met U.S. envoy Richard Holbrooke in Geneva.", DAY)
    assert ("SRBGOV", "044", "USAGOV") in got


# --- criticised custody: the holding government --------------------------------------------------

def test_a_condemned_arrest_in_a_country_aims_at_its_government():
    assert ("IGOEUREEC", "111", "BLRGOV") in coded_triples(
        "The European Union condemned the arrest of opposition leaders in Belarus.", DAY)
    assert ("GBR", "111", "KENGOV") in coded_triples(
        "Britain condemned the detention of opposition leaders in Kenya.", DAY)


def test_a_condemned_detention_of_a_foreign_national_aims_at_his_government():
    assert ("USA", "111", "NGAGOV") in coded_triples(
        "Washington condemned the detention of Nigerian opposition leader Moshood Abiola.", DAY)


def test_criticised_custody_with_no_holder_or_not_criticised_codes_no_holder():
    for text in ("The United States did not condemn the arrest of opposition leaders in Belarus.",
                 "Russia condemned the arrest of two Russian journalists.",
                 "The European Union condemned the kidnapping of aid workers in Chechnya."):
        got = coded_triples(text, DAY)
        assert not any(tgt and tgt.endswith("GOV") and code == "111" for _, code, tgt in got), (text, got)


def test_a_named_doer_of_the_arrest_still_decides():
    got = coded_triples("Amnesty International condemned the arrest of the activists by Kenyan police.", DAY)
    assert not any(tgt == "KENGOV" for _, _, tgt in got), got


# --- office holders killed are assassinated ------------------------------------------------------

def test_a_president_or_mayor_killed_is_assassinated():
    assert ("NERMIL", "186", "NERGOV") in coded_triples(
        "Niger's president Ibrahim Bare Mainassara was killed by soldiers on Friday.", "1999-04-10")
    assert ("COLREB", "186", "COLGOV") in coded_triples(
        "FARC guerrillas killed the mayor of a town in southern Colombia.", DAY)
    assert "186" in _codes(coded_triples("Rebels killed the prime minister in an ambush.", DAY))


def test_other_killings_stay_1823():
    for text in ("Rebels killed two government ministers in an ambush.",
                 "A gunman killed the president's bodyguard."):
        got = _codes(coded_triples(text, DAY))
        assert "186" not in got and "1823" in got, (text, got)
    assert not coded_triples("Soldiers did not kill the president.", DAY)


# --- peacekeepers, monitors, aid let in or kept out ----------------------------------------------

def test_peacekeepers_or_monitors_agreed_to_are_received():
    assert ("IDNGOV", "0861", "IGOUNO") in coded_triples(
        "Habibie agreed to allow U.N. peacekeepers into East Timor.", "1999-09-12")
    assert ("SRBGOV", "0862", "IGOSCE") in coded_triples(
        "Milosevic agreed to allow 2,000 OSCE monitors into Kosovo.", DAY)


def test_monitors_refused_entry_are_1245():
    assert ("SRB", "1245", "IGOSCE") in coded_triples("Belgrade refused to admit OSCE monitors into Kosovo.", DAY)


def test_a_force_of_no_named_sender_is_not_the_state_own_army():
    got = coded_triples("Indonesia agreed to allow a peacekeeping force into East Timor.", "1999-09-12")
    assert not any(tgt == "IDNMIL" for _, _, tgt in got), got


def test_other_things_allowed_keep_their_code():
    got = _codes(coded_triples("The government agreed to allow opposition rallies.", DAY))
    assert not got & {"0861", "0862", "0863", "1245"}, got


# --- a name read as an adverbial noun ------------------------------------------------------------

def test_a_capital_before_a_that_clause_is_the_warning_target():
    assert ("USA", "1312", "IDN") in coded_triples("Washington warned Jakarta that it would impose sanctions.", DAY)


def test_a_date_after_the_verb_is_no_object():
    assert not coded_triples("The ministry said Monday that the talks had failed.", DAY)


# --- verbs.txt world32: armed groups crushed -----------------------------------------------------

def test_rebels_crushed_are_fought_and_a_vow_to_crush_them_threatens_force():
    assert ("RUSGOV", "1384", "RUSREB") in coded_triples(
        "Russia's Prime Minister Vladimir Putin vowed to crush the Chechen rebels.", "1999-10-01")
    assert ("---MIL", "190", "---REB") in coded_triples("Government troops crushed the rebels near the capital.", DAY)
    assert ("IDNMIL", "175", "IDNEDU") in coded_triples("The army crushed a student protest in Jakarta.", DAY)


def test_no_armed_side_crushed_codes_nothing():
    for text in ("The rebels did not crush the army.", "The company crushed its rivals."):
        assert not coded_triples(text, DAY), text
