"""lexicon9 (issue #4): how 1990s wire news words political acts, mined from the CoNLL-2003
census (Reuters, August 1996) and checked against the codebook's definitions.

Every sentence here was written for this project (none is taken from a gold set or an article).
Dictionary lines are in the lexicon9 block of src/dateline/data/cameo/verbs.txt; the readings
that are no political act and the subcodes an asked act makes clear are in events/general.py
(`not_political`, `lexicon9_subcode`, `business_only`).
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

CODED = [
    # 16: a diplomat asked to leave is expelled, not appealed to
    ("Kenya has asked a Somali diplomat to leave the country within 72 hours, officials said.", ("KEN", "161", "SOMGOV")),
    ("Peru ordered a Bolivian diplomat to leave the country on Tuesday.", ("PER", "161", "BOLGOV")),
    # 12: a proposal to talk rejected is 125, a settlement plan rejected stays 127
    ("Pakistan on Friday rejected an Indian proposal to resume border talks.", ("PAK", "125", "IND")),
    ("The Angolan rebels rejected the Angolan government's offer to hold peace negotiations in Lusaka.", ("AGOREB", "125", "AGOGOV")),
    # 08: a closure of a territory eased
    ("Israel lifted its closure of the Gaza Strip on Monday after a week of calm.", ("ISR", "081", "PSE")),
    # 05: a pact made
    ("The Tajik president made a peace pact with the Tajik opposition leader last year.", ("TJKGOV", "057", "TJKOPP")),
    # 16: a ban slapped on another state's goods
    ("The European Union slapped a ban on Hungarian poultry in June.", ("IGOEUREEC", "163", "HUN")),
    # 02/10: an appeal or demand to take troops out is de-escalation (0256 / 1056), not policy change
    ("The Lebanese president urged Syria on Tuesday to withdraw its troops from the Bekaa valley.", ("LBNGOV", "0256", "SYR")),
    ("Azerbaijan demanded on Sunday that Armenia pull its troops back from the occupied districts.", ("AZE", "1056", "ARM")),
    # 19: armed sides killing each other fight (190), as "killed 20 rebels" already codes
    ("Turkish soldiers killed seven PKK guerrillas in clashes near the Iraqi border on Monday.", ("TURMIL", "190", "TURREB")),
    # 17: police capturing a person arrest them (173), not occupy territory (192)
    ("Chilean police captured the escaped gunman near Santiago on Sunday.", ("CHLCOP", "173", "CHLCVL")),
]

# (the rebels' offer sentence checks the subcode only: its target is the government of an unnamed country)
REJECTED_OFFER = "The Angolan rebels turned down the Angolan government's offer to hold peace negotiations in Lusaka."


@pytest.mark.parametrize("text,triple", [c for c in CODED if c[1] is not None])
def test_wire_expression_is_coded(text, triple):
    assert triple in triples(text)


def test_a_rejected_offer_to_negotiate_is_125():
    codes = {c for _, c, _ in triples(REJECTED_OFFER)}
    assert "125" in codes and "127" not in codes


def test_an_appeal_to_withdraw_a_bill_stays_a_policy_appeal():
    got = triples("The Romanian opposition urged the Romanian government to withdraw the budget bill.")
    assert ("ROMOPP", "0256", "ROMGOV") not in got


def test_a_killing_of_civilians_by_rebels_stays_a_killing():
    got = triples("Kurdish guerrillas killed two Turkish villagers on Sunday, security officials said.")
    assert not any(code == "190" for _, code, _ in got)


def test_a_person_seized_is_abducted():
    codes = {c for _, c, _ in triples("Chechen gunmen seized two Polish engineers in Grozny on Tuesday.")}
    assert "181" in codes and "171" not in codes


NOT_EVENTS = [
    # social ills fought, leads and power seized, elections called
    "German police are fighting organised crime along the Polish border.",
    "The Colombian president vowed to fight drug trafficking with all means.",
    "The general seized power in a bloodless coup in 1984.",
    "The Greek prime minister may call snap elections in September.",
    "The Belgian deputies seized on a remark by the Belgian prosecutor.",
    # sport
    "Brazil beat Argentina 3-1 in the friendly in Buenos Aires on Wednesday.",
    "The Dutch striker beat the Ajax defence and scored in the 73rd minute of the league match.",
    "Juventus seized the lead in the fourth minute through a header from the Italian striker.",
    # commerce
    "The Russian oil company held talks with Japanese banks on a loan for new fields.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_political_act(text):
    assert triples(text) == set()


def test_a_discussion_of_talks_is_not_a_meeting_with_their_party():
    got = triples("The Egyptian president telephoned the Syrian president to discuss the peace talks with Israel.")
    assert ("EGYGOV", "041", "SYRGOV") in got
    assert not any(tgt == "ISR" for _, _, tgt in got)


def test_a_fight_against_an_army_is_still_fighting():
    assert ("SDNREB", "190", "SDNMIL") in triples("Sudanese rebels fought the Sudanese army near Juba on Monday.")


def test_a_march_on_match_day_is_still_a_protest():
    # one sports word does not make a political clash a game
    got = triples("Police fired tear gas at Nigerian protesters outside the stadium on Saturday.")
    assert any(code == "175" for _, code, _ in got)


# second pass over the census events: readings the coder gave the wrong root
def test_workers_who_strike_hold_a_labour_strike():
    got = triples("Greek dock workers will strike on Monday over pay, their union said, and Greek civil servants voted to strike too.")
    assert not any(code[:2] == "19" for _, code, _ in got)


def test_attacking_a_state_for_its_policy_is_criticism():
    assert ("MAR", "111", "ESP") in triples("Morocco attacked Spain on Tuesday for allowing the rebel group to open an office in Madrid.")


def test_a_strongest_attack_on_a_government_is_criticism():
    got = triples("The Kenyan opposition leader launched his strongest attack yet on the Kenyan government on Sunday.")
    assert ("KENOPP", "111", "KENGOV") in got
    assert not any(code[:2] in ("18", "19") for _, code, _ in got)


def test_an_attack_launched_by_troops_stays_force():
    assert ("ISRMIL", "190", "LBNREB") in triples("Israeli troops launched an attack on Hezbollah positions in south Lebanon.")


def test_retaliating_by_an_expulsion_is_no_military_act():
    got = triples("Kuwait retaliated by expelling a senior Iraqi diplomat on Friday.")
    assert not any(code[:2] == "19" for _, code, _ in got)


def test_a_visiting_minister_is_no_visit_by_the_host():
    got = triples("The Syrian president told visiting Iranian Foreign Minister Ali Velayati that Syria wanted closer ties.")
    assert ("SYRGOV", "042", "IRNGOV") not in got


def test_a_plain_visit_is_still_a_visit():
    assert ("IRNGOV", "042", "SYR") in triples("The Iranian foreign minister visited Syria on Tuesday.")


def test_a_decree_dissolving_parliament_is_no_restriction():
    assert triples("The Greek president signed a decree on Thursday ordering the dissolution of parliament ahead of snap elections.") == set()


def test_a_decree_restricting_people_is_still_coded():
    got = triples("The Greek president signed a decree banning Greek citizens from travelling to Albania.")
    assert any(code[:3] in ("172", "163") for _, code, _ in got)


def test_complaining_of_pain_is_no_complaint():
    assert triples("The Nicaraguan president has complained of back pain since her trip to Taiwan in May.") == set()


def test_a_strike_by_seamen_is_a_labour_strike():
    got = triples("A strike by Brazilian seamen against the shipowners entered its tenth day on Monday.")
    assert not any(code[:2] in ("19",) for _, code, _ in got)


def test_an_air_strike_stays_an_air_strike():
    assert ("USAMIL", "195", "IRQ") in triples("U.S. warplanes carried out a strike against Iraqi radar sites.")


def test_suspended_debt_payments_are_no_penalty():
    # integ35: no penalty (172); stopped "to" creditors, the relations with them are reduced (160)
    got = triples("Ecuador suspended interest payments to foreign commercial banks in January.")
    assert not [t for t in got if t[1] == "172"], got
    assert got <= {("ECU", "160", "---BUS")}, got


def test_trade_retaliation_is_a_sanction():
    got = triples("The American trade representative said Washington would retaliate against Japan for its unfair trade practices.")
    assert not any(code[:2] == "19" for _, code, _ in got)


def test_a_company_cutting_off_its_customers_is_no_sanction():
    assert triples("The Kenyan company cut off supplies to its customers in Uganda.") == set()


def test_fuel_cut_off_to_a_state_is_an_embargo():
    assert ("TZA", "163", "BDI") in triples("Tanzania cut off fuel supplies to Burundi after the coup.")


def test_a_border_sealed_with_a_state():
    assert ("TUR", "191", "IRQ") in triples("Turkey sealed its border with Iraq on Monday.")


def test_must_be_judging_a_state_is_no_demand():
    assert triples("The Austrian central bank governor said the Austrian government must be worried about the strong schilling.") == set()
    assert triples("The Belgian finance minister said Belgian banks should be encouraged to lend more.") == set()


def test_a_passive_withdrawal_demand_is_de_escalation():
    assert ("LBNGOV", "1056", "SYRMIL") in triples("The Lebanese minister said Syrian troops must be withdrawn from Lebanon.")


def test_a_real_obligation_stays_a_demand():
    assert ("GBRGOV", "100", "SDNGOV") in triples(
        "The British foreign secretary said the Sudanese government must release the two aid workers.")


def test_a_firm_telling_a_firm_what_to_do_is_commerce():
    assert triples("The American oil company said the Canadian mining company should complete the sale before the merger.") == set()


def test_a_blocked_proposal_is_a_rejection():
    got = triples("Brazil blocked the Indonesian proposal at the coffee talks in London.")
    assert ("BRA", "120", "IDN") in got and not any(code == "144" for _, code, _ in got)


def test_blocked_roads_stay_an_obstruction():
    got = triples("Kenyan protesters blocked roads leading to parliament on Monday.")
    assert not any(code in ("120", "162") for _, code, _ in got)


def test_a_defendant_named_by_trade_stays_a_private_person():
    # (guards the trade-word list the lexicon9 commerce words once shadowed)
    assert ("USAJUD", "173", "USACVL") in triples("A United States federal judge sentenced a doctor from Ohio to ten years in prison.")


def test_clearance_denied_is_a_refusal_not_a_denial():
    # tunecode46: refused clearance restricts movement, an administrative sanction (172, as the
    # tuned gold codes it; was 120); still no denial (016)
    got = triples("Israel denied flight clearance to the Palestinian leader's helicopter on Thursday.")
    assert ("ISR", "172", "PSEGOV") in got and not any(code == "016" for _, code, _ in got)


def test_a_statement_released_is_no_release():
    got = triples("The Kenyan government released a statement on the talks with Uganda on Monday.")
    assert not any(code[:3] in ("084", "035") for _, code, _ in got)


def test_prisoners_released_stay_a_release():
    assert ("INDGOV", "0841", "PAKCVL") in triples("The Indian government released 20 Pakistani fishermen on Monday.")


def test_charged_with_a_task_is_no_indictment():
    assert triples("The Russian president has charged his security chief with resolving the conflict in Chechnya.") == set()


def test_charged_with_murder_stays_an_indictment():
    assert ("BELCOP", "1121", "BELCVL") in triples("Belgian police charged the Belgian man with murder on Friday.")


def test_a_passive_impeachment_demand_stays_a_demand():
    got = triples("The Romanian opposition leader said President Iliescu should be impeached for treason.")
    assert any(code[:2] == "10" for _, code, _ in got)


def test_protesters_blocking_a_delivery_obstruct_it():
    got = triples("Hundreds of German protesters tried to block a delivery of nuclear waste to the Gorleben depot.")
    assert not any(code == "163" for _, code, _ in got)


def test_an_accusation_of_violating_sovereignty_with_troops_is_aggression():
    got = triples("Syria accused Turkey on Monday of violating its sovereignty by sending troops across the border.")
    assert ("SYR", "1123", "TUR") in got


def test_an_accusation_of_lying_stays_plain():
    got = triples("The Greek government accused Turkey of lying about the talks.")
    assert not any(code == "1123" for _, code, _ in got)


def test_regret_over_another_sides_decision_is_disapproval():
    got = triples("Egypt expressed regret over the Israeli decision to expand settlements.")
    assert ("EGY", "111", "ISR") in got and not any(code == "055" for _, code, _ in got)


def test_troops_deployed_along_a_border_with_a_state():
    assert ("PAK", "150", "IND") in triples("Pakistan deployed troops along its border with India.")


def test_summoning_an_ambassador_to_protest_is_no_street_protest():
    got = triples("Turkey summoned the Greek ambassador to protest at the shooting.")
    assert ("TUR", "114", "GRCGOV") in got
    assert not any(code[:2] == "14" for _, code, _ in got)


def test_marching_to_protest_stays_a_protest():
    got = triples("Thousands of South Korean students marched through Seoul to protest against the government.")
    assert any(code[:2] == "14" for _, code, _ in got)


def test_a_massacre_is_a_mass_killing():
    assert ("BDIMIL", "202", "BDICVL") in triples("The Burundian army massacred hundreds of Hutu civilians in Bujumbura last week.")


def test_a_threat_to_cut_off_aid_is_1311():
    assert ("USA", "1311", "BDI") in triples("The United States threatened to cut off aid to Burundi.")


def test_a_threat_to_cut_ties_stays_1313():
    assert ("TUR", "1313", "GRC") in triples("Turkey threatened to cut diplomatic ties with Greece.")


def test_a_state_of_emergency_declared():
    assert ("BGDGOV", "1724", "BGDCVL") in triples("The Bangladeshi government declared a state of emergency in Bogra.")
