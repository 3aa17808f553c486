"""stance35: stances told without an act verb (docs/evaluation/events-stance35.md).
Every sentence is our own, written in wire style.

- An attempt at a cooperative act is its intent (03x): "is trying / working / waiting to meet Y"
  (events/attempts.py); an attempted hostile act is no threat, a failed attempt nothing.
- Resisting another party's attempt, pressure or demand is its rejection (120).
- An executive's announced refusal to sign or approve a bill is 120 toward its own legislature
  (events/withheld_assent.py).
- A threat or pledge named by a noun ("repeated its threat to impose sanctions on Y", "X's offer
  to hold talks still stands") is the stated threat or intent (events/stated_threats.py).
- A cooperative act announced as withheld ("will not release", "has no intention of", "is not
  willing to") is its refusal, 12x (events/announced_refusals.py).
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

DAY = "2024-03-14"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- attempts are intents ------------------------------------------------------------------------

@pytest.mark.parametrize("text, triple", [
    ("Kenya is trying to meet Ugandan President Yoweri Museveni.", ("KEN", "036", "UGAGOV")),
    ("The Kenyan foreign minister is trying to arrange a meeting with Ugandan President Yoweri Museveni.",
     ("KENGOV", "036", "UGAGOV")),
    ("Kenya has been attempting to open talks with Uganda.", ("KEN", "036", "UGA")),
    ("The Kenyan foreign minister is waiting to meet Ugandan President Yoweri Museveni.", ("KENGOV", "036", "UGAGOV")),
    ("Russia is trying to boost trade with France.", ("RUS", "0311", "FRA")),
    ("Kenya is working to resolve the border dispute with Uganda.", ("KEN", "037", "UGA")),
])
def test_an_attempt_at_a_cooperative_act_is_its_intent(text, triple):
    assert triple in coded_triples(text, DAY)


def test_trying_to_arrange_a_release_is_the_intent_to_release():
    got = coded_triples("The rebels are trying to arrange the release of the hostages.", DAY)
    assert "0353" in _codes(got), got


@pytest.mark.parametrize("text", [
    "Kenya is not trying to meet Uganda.",
    "Kenya tried in vain to meet Uganda.",
    "Kenya tried unsuccessfully to arrange talks with Uganda.",
    "Kenya tried to meet Uganda but failed.",
    "Rebels tried to storm the Ugandan embassy.",
    "The minister was fired after an inquiry found he tried to withdraw cash from state coffers.",
])
def test_a_denied_failed_or_hostile_attempt_codes_no_intent_or_threat(text):
    got = coded_triples(text, DAY)
    assert not any(code[:2] in ("03", "13") for code in _codes(got)), (text, got)


def test_working_with_a_party_stays_cooperation():
    got = coded_triples("Kenya worked with Uganda to build a new railway.", DAY)
    assert not any(code[:2] == "03" for code in _codes(got)), got


# --- resisting another party's attempt or pressure ---------------------------------------------------

@pytest.mark.parametrize("text, triple", [
    ("Britain is resisting attempts by the Japanese government to cut its stake in the venture.", ("GBR", "120", "JPNGOV")),
    ("Germany has resisted pressure from Washington to raise its defence spending.", ("DEU", "120", "USA")),
    ("Japan continues to resist U.S. demands to open its rice market.", ("JPN", "120", "USA")),
    ("Iran resisted the European Union's efforts to limit its missile programme.", ("IRN", "120", "IGOEUREEC")),
])
def test_resisting_a_partys_attempt_or_pressure_rejects_it(text, triple):
    assert triple in coded_triples(text, DAY)


@pytest.mark.parametrize("text", [
    "Kenya is not resisting attempts by Uganda to raise tariffs.",
    "Police resisted the temptation to use force.",
])
def test_no_rejection_without_a_resisted_attempt(text):
    assert "120" not in _codes(coded_triples(text, DAY)), text


# --- assent withheld from a bill ------------------------------------------------------------------------

@pytest.mark.parametrize("text, triple", [
    ("President Obama said he will not sign a bill that cuts funding for schools.", ("USAGOV", "120", "USALEG")),
    ("President Obama said he would not approve any budget that raises taxes on the middle class.",
     ("USAGOV", "120", "USALEG")),
    ("President Obama has said he would not back any legislation that weakens the health law.", ("USAGOV", "120", "USALEG")),
    ("Kenyan President Uhuru Kenyatta said he would not sign a budget that raises fuel taxes.", ("KENGOV", "120", "KENLEG")),
    ("President Obama refused to sign a bill that cuts funding for schools.", ("USAGOV", "120", "USALEG")),
])
def test_an_executive_withholding_assent_from_a_bill_rejects_the_legislature(text, triple):
    assert triple in coded_triples(text, DAY)


@pytest.mark.parametrize("text", [
    "President Obama said he will sign a bill that cuts funding for schools.",
    "President Obama did not sign the bill on Friday because he was travelling.",
    "Protesters said they would not support a bill that cuts funding for schools.",
])
def test_assent_given_not_announced_or_not_an_executives_codes_no_rejection(text):
    assert not any(code[:2] == "12" for code in _codes(coded_triples(text, DAY))), text


# --- threats and pledges named by a noun ----------------------------------------------------------------

@pytest.mark.parametrize("text, triple, date", [
    ("The United States repeated its threat to impose sanctions on Japan.", ("USA", "1312", "JPN"), DAY),
    ("North Korea renewed its threat to attack South Korea.", ("PRK", "1384", "KOR"), DAY),
    ("President Bush repeated his threat to veto the spending bill.", ("USAGOV", "130", "USALEG"), "1990-05-01"),
    ("President Trump said his threat to impose tariffs on Mexico remains in place.", ("USAGOV", "1312", "MEX"), "2019-05-01"),
    ("Washington's threat to impose tariffs on Mexican goods still stands.", ("USA", "1312", "MEX"), "2019-05-01"),
    ("Kenya's offer to hold talks with Uganda still stands, the minister said.", ("KEN", "036", "UGA"), DAY),
])
def test_a_threat_or_pledge_named_by_a_noun_is_stated(text, triple, date):
    assert triple in coded_triples(text, date)


@pytest.mark.parametrize("text", [
    "Japan ignored the U.S. threat to impose sanctions.",
    "The United States did not repeat its threat to impose sanctions on Japan.",
    "Analysts dismissed the threat to impose sanctions on Japan.",
])
def test_a_threat_noun_nobody_states_codes_no_threat(text):
    assert not any(code[:2] == "13" for code in _codes(coded_triples(text, DAY))), text


def test_a_threat_noun_with_a_cooperative_act_is_no_intent():
    got = coded_triples("Iran repeated its threat to withdraw from the talks with the European Union.", DAY)
    assert not any(code[:2] in ("03", "08") for code in _codes(got)), got


# --- refusals announced with "will not" / "no intention of" -------------------------------------------

@pytest.mark.parametrize("text, triple, date", [
    ("Israel said it will not release the Palestinian prisoners.", ("ISR", "1243", "PSECVL"), DAY),
    ("Israel has no intention of releasing the Palestinian prisoners.", ("ISR", "1243", "PSECVL"), DAY),
    ("President Reagan has no intention of calling off the sanctions against Japan.", ("USAGOV", "1244", "JPN"), "1987-04-01"),
    ("Russia said it would not withdraw its troops from Georgia.", ("RUS", "1246", "GEO"), DAY),
    ("Russia has no plans to withdraw its troops from Georgia.", ("RUS", "1246", "GEO"), DAY),
    ("Kenya said it will not hold talks with the rebels.", ("KEN", "125", "KENREB"), DAY),
    ("The Kenyan government has no intention of meeting the rebels.", ("KENGOV", "125", "KENREB"), DAY),
    ("Kenya is not willing to hold talks with the rebels.", ("KEN", "125", "KENREB"), DAY),
])
def test_a_cooperative_act_announced_as_withheld_is_its_refusal(text, triple, date):
    assert triple in coded_triples(text, date)


@pytest.mark.parametrize("text", [
    "Israel did not release the prisoners on Monday.",
    "Israel could not release the prisoners because of the fighting.",
    "Kenya will not meet Uganda until next month.",
    "Russia said it would not attack Georgia.",
    "The talks will not be held in Nairobi.",
    "If elected, Smith said he would not meet Russian President Vladimir Putin.",
    "Kenya would not have met Uganda without American pressure.",
])
def test_a_negated_event_inability_schedule_or_hostile_act_is_no_refusal(text):
    assert not any(code[:2] == "12" for code in _codes(coded_triples(text, DAY))), text


def test_every_intention_of_meeting_stays_an_intent():
    assert ("KEN", "036", "KENREB") in coded_triples("Kenya has every intention of meeting the rebels.", DAY)
