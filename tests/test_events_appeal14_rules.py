"""The appeal14 rules, each on sentences we wrote: an appeal whose asked act the dictionary codes
as material cooperation (06x) takes the mirrored 021x subcode (coop.APPEAL_FOR_ACT,
appeals._asked_material); intents whose act is a noun phrase of talks ("take part in talks",
"enter negotiations"), a settlement ("wants to resolve the dispute") or support of no stated kind
("vowed to extend support to Y", coop.intent_of); and intents told as a noun ("announced plans to
visit Y", appeals.nominal_intent, hooked in coder._code_verb).
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "1996-08-20") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _codes(text: str, root: str) -> set[str]:
    return {c for _, c, _ in _events(text) if c.startswith(root)}


# ---------------------------------------------------------------- appeals for material cooperation

def test_an_appeal_to_open_markets_is_an_appeal_for_economic_cooperation():
    assert ("USALEG", "0211", "JPN") in _events("American senators called on Japan to open its financial markets to foreign banks.")


def test_an_appeal_to_share_intelligence_or_expand_investment_mirrors_the_act():
    assert ("KOR", "0214", "USA") in _events("Seoul asked Washington to share intelligence on the North's missile tests.")
    assert ("POLGOV", "0211", "DEU") in _events("The Polish minister urged Germany to expand its investment in Poland.")


def test_a_broad_asked_act_without_a_specific_line_stays_a_plain_appeal():
    got = _events("The Kenyan president called on Somalia to open the border crossing at Mandera.")
    assert ("KENGOV", "020", "SOM") in got and not any(c.startswith("021") for _, c, _ in got)


# ---------------------------------------------------------------- intents whose act is a noun phrase

def test_agreeing_to_take_part_in_talks_is_an_intent_to_meet():
    assert ("IRQREB", "036", "IRQGOV") in _events(
        "The Kurdish rebel leader agreed to take part in talks with the Iraqi government next month.")


def test_willing_to_enter_negotiations_is_an_intent_to_meet():
    assert ("BOLLAB", "036", "BOLGOV") in _events("The miners' union said it is willing to enter negotiations with the Bolivian government.")


def test_taking_part_in_talks_is_the_negotiation_itself():
    assert ("BOLLAB", "046", "BOLGOV") in _events("Bolivian union leaders took part in talks with the government on Monday.")


def test_wanting_to_resolve_a_dispute_with_a_party_is_an_intent_to_settle():
    assert ("JPN", "037", "USA") in _events("Japan wants to resolve the dispute with the United States through consultations.")


def test_extending_support_of_no_kind_is_intent_to_cooperate_and_the_act_is_support():
    assert ("CHLGOV", "030", "ARG") in _events("The Chilean president vowed to extend support to Argentina after the floods.")
    assert ("CHL", "051", "ARG") in _events("Chile extended support to Argentina after the floods.")  # coop14's line


def test_pledged_support_keeps_its_own_line():
    assert ("ETHGOV", "032", "SDNGOV") in _events(
        "The Ethiopian prime minister pledged to support Sudan's transitional government during a visit to Khartoum.")


# ---------------------------------------------------------------- intents told as a noun

def test_announced_plans_to_visit_is_an_intent_to_meet():
    assert ("INDGOV", "036", "VNM") in _events(
        "The Indian defence minister announced plans to visit Vietnam later this year to discuss naval cooperation.")


def test_a_reiterated_pledge_and_an_offer_made_carry_the_acts_intent():
    assert ("EGY", "0334", "SDN") in _events("Egypt reiterated its pledge to send peacekeepers to Sudan.")
    got = _events("The French president made an offer to mediate between Iran and Iraq.")
    assert ("FRAGOV", "039", "IRN") in got and ("FRAGOV", "039", "IRQ") in got


def test_a_welcomed_or_denied_plan_is_not_an_intent_of_its_owner():
    assert not _codes("Israel welcomed Syria's offer to resume peace talks.", "03")
    assert not _codes("Japan has no plans to send troops to Iraq.", "03")
    assert not _codes("Japan did not announce plans to send troops to Iraq.", "03")


def test_an_appeal_to_continue_a_dialogue_is_an_appeal_to_negotiate():
    got = _events("The State Department urged Russia and the Chechen rebels to continue their dialogue.")
    assert ("USAGOV", "026", "RUS") in got and ("USAGOV", "026", "RUSREB") in got


def test_coordinating_with_a_party_announced_is_an_intent_to_cooperate():
    assert ("AUSGOV", "030", "AUSGOV") in _events(
        "The Australian prime minister said the federal government would coordinate with the state governments "
        "to monitor prices.")


# ---------------------------------------------------------------- an end asked to a party's act

def test_a_demand_for_an_end_to_a_partys_air_strikes_is_toward_that_party_and_de_escalation():
    assert ("FRA", "1056", "RUS") in _events("France demanded an end to Russian air strikes in Syria.")
    assert ("IGOARL", "0256", "ISRGOV") in _events("The Arab League called for an immediate halt to Israel's air strikes on Gaza.")


def test_an_end_to_a_non_armed_act_keeps_the_plain_code():
    got = _events("Qatar called for an end to the Saudi blockade.")
    assert ("QAT", "020", "SAU") in got


# ---------------------------------------------------------------- an appeal for weapons

def test_an_appeal_for_weapons_is_an_appeal_for_military_aid_whatever_it_is_for():
    assert ("BIH", "0232", "WST") in _events(
        "Bosnia renewed its appeal to the West for weapons to defend itself against Serbian forces.")
    assert ("BIH", "0232", "GBR") in _events("Bosnia made an urgent appeal to Britain for weapons to defend its borders.")
    assert ("BIH", "020", "WST") in _events("Bosnia renewed its appeal to the West to help end the war.")


def test_a_ceasefire_offered_is_an_intent_to_de_escalate():
    assert ("PHLGOV", "0356", "PHLREB") in _events(
        "The Philippine government offered the communist rebels a 60-day ceasefire starting next week.", )
    assert not _codes("The Philippine army and the communist rebels agreed a ceasefire.", "0356")


def test_a_commitment_to_a_gerund_is_an_intent_of_the_act():
    assert ("MYSGOV", "0333", "BGDREF") in _events(
        "The Malaysian government has committed to providing humanitarian aid to Rohingya refugees in Bangladesh.")
    assert ("EGY", "036", "ETH") in _events("Egypt remains committed to resuming talks with Ethiopia.")
    assert ("DEU", "0334", "AFG") in _events("Germany is committed to sending more troops to Afghanistan.")
    assert not _codes("Egypt is not committed to resuming talks with Ethiopia.", "03")


# ---------------------------------------------------------------- a measure asked to be adopted

def test_asking_a_body_to_adopt_a_measure_is_an_appeal_or_demand_for_policy_change():
    assert ("IGOIMF", "0242", "KEN") in _events("The IMF urged Kenya to impose a new sales tax.")
    assert any(c == "1042" for _, c, _ in _events("Kenyan unions demanded that the government adopt a new wage law."))
    assert any(c == "0242" for _, c, _ in _events("Kenyan church leaders called on parliament to pass the land reform bill."))


def test_accepting_another_sides_plan_is_no_policy_change():
    assert ("GBR", "0242", "KEN") not in _events("Britain urged Kenya to accept the peace plan.")


def test_a_plea_whose_addressee_hangs_on_the_light_verb_is_an_appeal_to_it():
    assert ("KEN", "0253", "SOM") in _events("Kenya issued a plea to Somalia to release the kidnapped aid workers.")


def test_an_appeal_to_lay_down_arms_is_an_appeal_to_de_escalate():
    assert ("KEN", "0256", "KENREB") in _events("Kenya urged the rebels to lay down their arms.")
