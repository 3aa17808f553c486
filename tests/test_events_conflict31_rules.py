"""conflict31: war, peacekeeping and peacemaking as 1990s wire copy states it
(docs/evaluation/events-conflict31.md). Every sentence is our own, written in Reuters/AP style.

- A wire dateline ("SARAJEVO, May 2 -") ends before the lead as far as the parser is concerned:
  the lead's first words are no longer glued onto the date (dateline/wire_datelines.py).
- A use of force by an armed side on a place of its own country is a civil war's target, not
  a place at home that is no party (events/war_wire.fought_at_home).
- Peacekeepers withdrawn, expelled or ordered out are 1661, inspectors and monitors 1662, a crowd
  of civilians driven out 201 (events/war_wire.withdrawal_subcode, verbs.txt conflict31).
- "came under fire from X" is gunfire (190) when the fire is a weapon's or a side is armed, and
  criticism (111) otherwise (events/war_wire.gunfire_received).
- verbs.txt conflict31: artillery "pounded" (194), gunships "rocketed" (195), captives seized "as
  hostages" (181), a convoy "let through" (0863), talks pulled out of (164), a ceasefire agreed on
  (0871).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1995-05-02"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- wire datelines ------------------------------------------------------------------------

def test_a_wire_dateline_leaves_the_lead_its_coordinated_subject():
    got = coded_triples("WASHINGTON, May 2 - Israel and Syria resumed peace talks in Washington on Tuesday, "
                        "officials said.", DAY)
    assert ("ISR", "046", "SYR") in got and ("SYR", "046", "ISR") in got


def test_the_lead_after_a_dateline_is_one_sentence_and_the_dateline_none():
    from dateline.nlp import load_nlp

    doc = load_nlp()("ISLAMABAD, May 2 - Pakistan accused India of violating the ceasefire line in Kashmir.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["ISLAMABAD", "Pakistan"]


def test_text_without_a_dateline_is_not_split():
    from dateline.nlp import load_nlp
    from dateline.wire_datelines import split_wire_datelines

    for text in ("NATO said on Tuesday its planes had struck Serb positions.",
                 "Israel and Syria resumed peace talks in Washington on Tuesday."):
        assert split_wire_datelines(load_nlp().make_doc(text)) == [], text


# --- civil wars: places at home --------------------------------------------------------------

def test_an_armed_side_striking_a_place_of_its_own_country_targets_that_country():
    assert ("BIHMIL", "194", "BIH") in coded_triples("Bosnian Serb artillery shelled Tuzla on Tuesday.", DAY)
    assert ("LKAREB", "194", "LKA") in coded_triples(
        "Tamil Tiger rebels shelled the town of Vavuniya on Tuesday.", DAY)
    assert ("RUSMIL", "195", "RUS") in coded_triples("Russian warplanes bombed Grozny overnight.", DAY)


def test_a_place_at_home_stays_no_party_outside_fighting():
    assert coded_triples("The French president visited Lyon on Tuesday.", DAY) == set()
    assert coded_triples("Russian troops arrived in Grozny on Tuesday.", DAY) == set()
    assert not any(tgt == "FRA" for _, _, tgt in coded_triples("Police arrested 20 people in Lyon on Tuesday.", DAY))


def test_a_denied_or_forecast_shelling_is_not_coded():
    for text in ("Bosnian Serb artillery did not shell Tuzla on Tuesday.",
                 "Bosnian Serb artillery could shell Tuzla within days."):
        assert "194" not in _codes(coded_triples(text, DAY)), text


# --- peacekeepers, monitors, expelled civilians ------------------------------------------------

def test_peacekeepers_withdrawn_or_ordered_out_are_1661():
    assert ("IGOUNO", "1661", "SOM") in coded_triples(
        "The United Nations began withdrawing its peacekeepers from Somalia on Tuesday.", DAY)
    assert ("HRV", "1661", "IGOUNO") in coded_triples(
        "Croatia ordered U.N. peacekeepers to leave the country by March 31.", DAY)


def test_inspectors_and_monitors_expelled_are_1662():
    assert ("IRQ", "1662", "IGOUNO") in coded_triples("Iraq expelled U.N. weapons inspectors on Thursday.", DAY)
    assert ("SRB", "1662", "IGOSCE") in coded_triples(
        "Yugoslavia expelled the head of the OSCE monitoring mission in Kosovo on Monday.", "1999-01-18")


def test_a_crowd_of_civilians_driven_out_is_a_mass_expulsion():
    got = coded_triples("The Bosnian Serbs expelled about 2,000 Moslem civilians from Bijeljina on Tuesday.", DAY)
    assert ("BIH", "201") in {(s, c) for s, c, _ in got}


def test_other_withdrawals_and_expulsions_keep_their_code():
    assert ("ISRMIL", "087", "PSE") in coded_triples("Israeli troops withdrew from Jenin on Monday.", DAY)
    got = coded_triples("Russia expelled two British diplomats on Tuesday.", DAY)
    assert "1661" not in _codes(got) and "1662" not in _codes(got) and "201" not in _codes(got)


# --- gunfire received --------------------------------------------------------------------------

def test_armed_sides_coming_under_fire_are_attacked():
    assert ("BIH", "190", "FRAMIL") in coded_triples(
        "French peacekeepers came under fire from Bosnian Serb positions near Sarajevo airport.", DAY)
    got = coded_triples("A Dutch convoy came under mortar fire from Serb gunners on Tuesday.", DAY)
    assert ("SRB", "190", "NLD") in got and "111" not in _codes(got)


def test_a_politician_coming_under_fire_is_criticised():
    got = coded_triples("The minister came under fire from the opposition over the budget.", DAY)
    assert "111" in _codes(got) and "190" not in _codes(got)


# --- verbs.txt conflict31 ------------------------------------------------------------------------

def test_artillery_pounding_and_gunships_rocketing_are_attacks():
    assert ("BIHMIL", "194", "BIH") in coded_triples("Bosnian Serb artillery pounded the town of Tuzla on Tuesday.", DAY)
    assert ("ISRMIL", "195", "LBN") in coded_triples(
        "Israeli helicopter gunships rocketed guerrilla bases in Lebanon on Tuesday.", DAY)
    assert coded_triples("Oil prices rocketed on Tuesday.", DAY) == set()
    assert coded_triples("He pounded the table in anger.", DAY) == set()


def test_people_seized_as_hostages_are_abducted():
    got = coded_triples("Bosnian Serbs seized 150 U.N. peacekeepers as hostages on Friday.", DAY)
    assert ("BIH", "181", "IGOUNO") in got and "1711" not in _codes(got)


def test_a_convoy_let_through_is_humanitarian_access():
    assert ("BIHMIL", "0863", "IGOUNO") in coded_triples(
        "Bosnian Serb forces let a U.N. aid convoy through to Gorazde on Tuesday.", DAY)


def test_pulling_out_of_talks_halts_them():
    assert ("SDNREB", "164", "SDNGOV") in coded_triples(
        "The SPLA rebels pulled out of peace talks with the Sudanese government on Tuesday.", DAY)
    assert "164" not in _codes(coded_triples(
        "The SPLA rebels did not pull out of peace talks with the Sudanese government.", DAY))
    got = coded_triples("The SPLA rebels threatened to pull out of peace talks with the Sudanese government.", DAY)
    assert ("SDNREB", "134", "SDNGOV") in got and "164" not in _codes(got)


def test_a_ceasefire_agreed_on_is_a_truce():
    got = coded_triples("Russia and the Chechen rebels agreed on a ceasefire on Sunday.", DAY)
    assert ("RUS", "0871", "RUSREB") in got and ("RUSREB", "0871", "RUS") in got
    assert "0871" not in _codes(coded_triples("The government agreed on a budget with the opposition.", DAY))


# --- a bare wire text's dateline gives the article its place --------------------------------------

def test_a_bare_text_opening_with_a_dateline_takes_its_place():
    from events_variety import annotated

    art, _ = annotated("SARAJEVO, May 2 - Government troops recaptured the town of Kupres from "
                       "Bosnian Serb forces, the Bosnian army said.", DAY)
    assert art.dateline == "SARAJEVO"
    assert ("BIHMIL", "192", "BIHMIL") in {(e.source.code, e.code, e.target.code) for e in art.events}
    got = coded_triples("COLOMBO, May 2 - The rebels accused government troops of killing 20 Tamil civilians "
                        "in an air raid on Jaffna.", DAY)
    assert any(src == "LKAREB" and code.startswith("112") and tgt == "LKAMIL" for src, code, tgt in got)


def test_a_text_with_no_dateline_gets_none():
    from dateline.wire_datelines import opening_place

    assert opening_place("Government troops recaptured the town of Kupres on Tuesday.") is None
    assert opening_place("Tuesday, April 10, 2018 The minister said ...") is None
    assert opening_place("BONN, June 18 - West Germany said ...") == "BONN"
    assert opening_place("TEHRAN, Iran (AP) - Iran said ...") == "TEHRAN, Iran"


# --- threats with a condition; air strikes threatened ----------------------------------------------

def test_a_threat_is_aimed_at_the_party_its_condition_names():
    got = coded_triples("The U.N. commander threatened NATO air strikes if Serb forces did not pull "
                        "their heavy weapons back.", DAY)
    assert ("IGOUNO", "1384", "SRBMIL") in got
    got = coded_triples("Miners threatened a strike unless the company raised wages.", DAY)
    assert ("---LAB", "133", "---BUS") in got


def test_a_fronted_or_hypothetical_condition_gives_no_target():
    assert coded_triples("If they refuse, he threatened to draft the budget alone.", DAY) == set()
    assert coded_triples("NATO said it could threaten air strikes if Serb forces did not pull back.", DAY) == set()


def test_air_strikes_threatened_are_a_threatened_attack_not_a_labour_strike():
    assert ("IGONAT", "1384", "BIH") in coded_triples("NATO threatened air strikes against the Bosnian Serbs.", DAY)
    got = coded_triples("Unions threatened a strike against the government.", DAY)
    assert "133" in _codes(got) and "1384" not in _codes(got)
    assert coded_triples("NATO did not threaten air strikes against the Bosnian Serbs.", DAY) == set()


def test_a_threatened_law_is_a_threat_of_administrative_sanctions():
    got = coded_triples("The finance minister threatened legislation against the banks.", DAY)
    assert any(code == "132" for _, code, _ in got)


# --- a side answering its own state, named by an adjective ---------------------------------------------

def test_rebels_answering_their_own_states_words_answer_the_state():
    assert ("RUSREB", "016", "RUS") in coded_triples(
        "Chechen rebels denied Russian charges that they had broken the truce.", DAY)
    assert ("LKAREB", "125", "LKA") in coded_triples("The Tamil Tigers rejected the Sri Lankan offer of talks.", DAY)


def test_a_place_named_by_the_adjective_stays_no_party():
    assert coded_triples("Chechen rebels visited Russian towns.", DAY) == set()


# --- U.N. forces left, forces driven out, incursions ---------------------------------

def test_troops_taken_out_of_a_un_force_are_peacekeepers_withdrawn():
    assert ("BEL", "1661", "RWA") in coded_triples("Belgium withdrew its troops from the U.N. force in Rwanda.", DAY)
    assert ("BEL", "087", "RWA") in coded_triples("Belgium withdrew its troops from Rwanda.", DAY)


def test_forces_driven_out_and_pushes_into_a_country_are_force():
    assert ("NGAMIL", "190", "NGAREB") in coded_triples("Nigerian troops drove the rebels from the town on Tuesday.", DAY)
    assert ("TURMIL", "190", "IRQ") in coded_triples("Turkish troops pushed into northern Iraq on Tuesday.", DAY)
    assert coded_triples("The company pushed into new markets.", DAY) == set()
    assert coded_triples("Serbia pushed into the quarter-finals.", DAY) == set()


def test_a_body_expelled_from_a_place_is_the_target_not_the_place():
    assert ("IRQ", "1662", "IGOUNO") in coded_triples(
        "BAGHDAD, May 2 - Iraq expelled U.N. monitors from the northern city of Mosul on Thursday.", DAY)
    assert ("HRV", "1661", "IGOUNO") in coded_triples("Croatia expelled U.N. peacekeepers from the Krajina region.", DAY)
    got = coded_triples("Kenya expelled 300 Somali refugees from Nairobi.", DAY)
    assert "201" not in _codes(got) and "1661" not in _codes(got)
