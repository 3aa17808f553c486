"""codes22: the right actors, the wrong event code (docs/evaluation/events-codes22.md);
sentences written for these tests, in the style of wire news.

- a measure already taken that is rejected is criticised (111); a rejected request, ruling or
  verdict stays 12x;
- "broke with" reduces relations (160), not a disapproval (110), unless "over" an issue;
- "warned Y against <doing>" is a threat to Y (130); the parser's hanging of "against" on a time
  phrase ("earlier in the day against") is undone;
- an attack whose coordinated clause says the victim died is a killing (1823);
- a named person's apposed title fills the pattern's noun ("X, the Iraqi press attache");
- an asked end to violence is de-escalation (1056 demanded, 0256 asked);
- an asked act that takes a meeting as object is an appeal to meet (026);
- the "urge Y to reverse / delay ..." lines give 0242 only when a measure or decision is undone;
- an accusation naming an armed attack is 1123 even when it names killing too.
"""
from __future__ import annotations

from events_variety import coded_triples

DATE = "2021-06-15"


def _codes(text: str) -> set[str]:
    return {code for _, code, _ in coded_triples(text, DATE)}


# -- rejecting a measure is criticism ---------------------------------------------------------


def test_rejected_sanctions_are_criticised():
    got = coded_triples("Cuba's foreign minister strongly rejected the new American sanctions on Tuesday.", DATE)
    assert ("CUBGOV", "111", "USA") in got
    assert not any(code == "120" for _, code, _ in got)


def test_dismissed_ban_is_criticised():
    got = coded_triples("The Turkish government dismissed the German ban on the rallies.", DATE)
    assert ("TURGOV", "111", "DEU") in got


def test_rejected_ruling_stays_a_rejection():
    got = coded_triples("The Brazilian president rejected the court's ruling.", DATE)
    assert ("BRAGOV", "111", "BRAJUD") not in got


def test_rejected_proposal_stays_a_rejection():
    got = coded_triples("Iran rejected the European proposal for a new nuclear deal.", DATE)
    assert not any(code == "111" for _, code, _ in got)
    assert any(code.startswith("12") for _, code, _ in got)


def test_negated_rejection_of_measure_is_not_coded():
    assert "111" not in _codes("Cuba did not reject the new American sanctions.")


# -- breaking with a party ---------------------------------------------------------------------


def test_broke_with_reduces_relations():
    got = coded_triples("The Venezuelan opposition leader broke with President Maduro and formed a new party.", DATE)
    assert any(code == "160" for _, code, _ in got)
    assert not any(code == "110" for _, code, _ in got)


def test_broke_with_over_an_issue_is_disapproval():
    got = coded_triples("The Venezuelan opposition leader broke with President Maduro over the elections.", DATE)
    assert any(code == "110" for _, code, _ in got)
    assert not any(code == "160" for _, code, _ in got)


def test_breaking_a_ceasefire_is_not_reduced_relations():
    assert "160" not in _codes("Armenian troops broke the ceasefire on Tuesday, Azerbaijan said.")


# -- warning a party against an act ------------------------------------------------------------


def test_warned_against_sending_is_a_threat():
    assert ("IRN", "130", "USA") in coded_triples("Iran warned the United States against sending warships to the Gulf.", DATE)


def test_warned_against_after_time_phrase_is_a_threat():
    got = coded_triples("Iran had warned the United States earlier in the day against exacerbating the crisis.", DATE)
    assert ("IRN", "130", "USA") in got
    assert ("IRN", "111", "USA") not in got


def test_warning_a_party_against_a_noun_stays_criticism():
    got = coded_triples("The Nigerian president warned the protesters against violence.", DATE)
    assert ("NGAGOV", "130", "NGAOPP") not in got


def test_warning_against_a_plan_with_no_party_is_no_threat():
    assert "130" not in _codes("The minister warned against the plan, saying it would hurt farmers.")


def test_negated_warning_is_not_coded():
    assert "130" not in _codes("Iran did not warn the United States against sending warships.")


# -- a victim's death told in a coordinated clause ---------------------------------------------


def test_attack_and_victim_died_is_a_killing():
    got = coded_triples("A British man started attacking shoppers in a London mall, and one of them died later "
                        "in hospital.", DATE)
    assert ("GBRCVL", "1823", "GBRCVL") in got


def test_attack_with_victims_in_hospital_is_an_assault():
    got = coded_triples("A British man attacked two shoppers in a London mall, and both were taken to hospital.", DATE)
    assert ("GBRCVL", "182", "GBRCVL") in got
    assert ("GBRCVL", "1823", "GBRCVL") not in got


def test_started_attacking_and_none_died_is_an_assault():
    got = coded_triples("A British man started attacking shoppers in a London mall, but none of them died.", DATE)
    assert ("GBRCVL", "1823", "GBRCVL") not in got


# -- a named person's apposed title ------------------------------------------------------------


def test_named_attache_asked_to_leave_is_a_diplomat_sent_home():
    got = coded_triples("Jordan has asked Adel Ibrahim, the Iraqi embassy's press attache, to leave.", DATE)
    assert ("JOR", "161", "IRQGOV") in got
    assert ("JOR", "020", "IRQGOV") not in got


def test_named_ambassador_summoned():
    assert ("FRA", "114", "RUSGOV") in coded_triples(
        "France summoned Igor Petrov, the Russian ambassador, over the remarks.", DATE)


def test_diplomats_asked_to_attend_is_a_plain_appeal():
    got = coded_triples("Kenya asked Somali diplomats to attend the ceremony.", DATE)
    assert ("KEN", "161", "SOMGOV") not in got


# -- an end to violence asked for or demanded --------------------------------------------------


def test_demanded_end_to_violence_is_de_escalation():
    got = coded_triples("Tamil demonstrators demanded an immediate end to state terrorism against Tamils in "
                        "Sri Lanka.", DATE)
    assert ("LKAOPP", "1056", "LKAGOV") in got


def test_called_for_end_to_bombing_is_de_escalation_appeal():
    assert ("FRAGOV", "0256", "ISR") in coded_triples(
        "The French president called for an end to the bombing of Gaza by Israel.", DATE)


def test_negated_call_for_end_to_fighting_is_not_coded():
    assert "0256" not in _codes("The Pope did not call for an end to the fighting between Armenia and Azerbaijan.")


# -- an appeal to meet -------------------------------------------------------------------------


def test_urged_to_call_leaders_to_summit_is_appeal_to_meet():
    assert ("USALEG", "026", "USAGOV") in coded_triples(
        "Two senators urged President Biden to call congressional leaders to an economic summit.", DATE)


def test_asked_to_convene_meeting_is_appeal_to_meet():
    assert ("FRA", "026", "DEU") in coded_triples(
        "France asked Germany to convene a meeting of European finance ministers.", DATE)


def test_urged_to_call_off_talks_is_no_appeal_to_meet():
    got = coded_triples("Kenya urged Uganda to call off the talks.", DATE)
    assert ("KEN", "026", "UGA") not in got


def test_urged_not_to_attend_summit_is_no_appeal_to_meet():
    assert ("KEN", "026", "UGA") not in coded_triples("Kenya urged Uganda not to attend the summit.", DATE)


# -- a policy change only for a measure --------------------------------------------------------


def test_asked_judge_to_delay_ruling_is_plain_appeal():
    got = coded_triples("The Kenyan government asked Judge Omondi to delay his ruling until next month.", DATE)
    assert ("KENGOV", "020", "KENJUD") in got
    assert ("KENGOV", "0242", "KENJUD") not in got


def test_urged_to_reconsider_ties_is_plain_appeal():
    got = coded_triples("The United States urged Iraqi leaders to reconsider the importance of the relationship.", DATE)
    assert ("USA", "020", "IRQGOV") in got


def test_urged_to_reconsider_decision_is_policy_change():
    assert ("USA", "0242", "IRQGOV") in coded_triples(
        "The United States urged Iraqi leaders to reconsider the decision to expel American troops.", DATE)


def test_urged_to_scrap_tax_is_policy_change():
    assert ("KENOPP", "0242", "KENGOV") in coded_triples(
        "The opposition urged the Kenyan government to scrap the new fuel tax.", DATE)


# -- accusations of armed attacks --------------------------------------------------------------


def test_accused_of_killing_in_shelling_is_armed_attack():
    got = coded_triples("A Kurdish rebel group accused Turkish troops of killing three villagers in shelling "
                        "near the border.", DATE)
    assert any(code == "1123" for _, code, _ in got)
    assert not any(code == "1122" for _, code, _ in got)


def test_accused_of_killing_protesters_stays_rights_abuse():
    got = coded_triples("Amnesty International accused Iranian police of killing protesters in Tehran.", DATE)
    assert any(code == "1122" for _, code, _ in got)
