"""material10 (issue #4): material acts as 1990s wire news words them -- striking workers fired,
parties ordered out, arrests shared with a charge, soldiers ransacking, stealing and destroying
property, truces reached and broken, withdrawals under a truce, releases of a group, hostages
taken, territory penetrated, trips for talks (CONLL_TRAIN.md's convention notes).

Every sentence here was written for this project (none is taken from a gold set or an article).
Dictionary lines carry a "material10" note in src/dateline/data/cameo/verbs.txt; the readings in
code are `coop.refine` (state dismissals, 0874, trip purposes, RECIPROCAL_CODES),
`conflict.truce_agreed` and `frames.shared_object`.
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

CODED = [
    # 17: striking workers fired by a government, a party ordered out of its offices (172)
    ("The Ghanaian government fired 400 striking railway workers on Monday for ignoring a return-to-work order.",
     ("GHAGOV", "172", "GHALAB")),
    ("The Malawian government dismissed some 600 striking dock workers on Tuesday.", ("MWIGOV", "172", "MWILAB")),
    ("The Gambian government sacked hundreds of striking workers on Wednesday.", ("GMBGOV", "172", "GMBLAB")),
    # 17: a party evicted from its headquarters by a court (172, administrative)
    ("A Tunisian court evicted the Tunisian opposition party from its offices on Saturday.", ("TUNJUD", "172", "TUNOPP")),
    # 17: arrested and charged: the arrest shares the charge's object (173 and 1121)
    ("Police in Harare arrested and charged a Zimbabwean opposition leader with treason on Friday.",
     ("ZWECOP", "173", "ZWEOPP")),
    # 11: authorities charging a man with a crime (abuse of children included) accuse him of crime (1121)
    ("Albanian police have arrested and charged a British man for sexually abusing two boys.", ("ALBCOP", "1121", "GBRCVL")),
    ("Albanian police have arrested and charged a British man for sexually abusing two boys.", ("ALBCOP", "173", "GBRCVL")),
    # 17: ransacked offices, stolen goods, shacks destroyed (171, 1711, 1712)
    ("Haitian soldiers ransacked the homes of Haitian opposition activists on Sunday.", ("HTIMIL", "171", "HTIOPP")),
    ("Rwandan soldiers stole livestock from Rwandan villagers last week, the group said.", ("RWAMIL", "1711", "RWACVL")),
    ("Indonesian troops destroyed the huts of some 200 Indonesian villagers on Monday.", ("IDNMIL", "1712", "IDNCVL")),
    ("Liberian police confiscated copies of the Liberian opposition newspaper on Monday.", ("LBRCOP", "1711", "LBRMED")),
    # 08: truces reached, fighting ended by agreement (0871, both sides)
    ("Sudanese troops and Sudanese rebels reached a truce in the south on Tuesday.", ("SDNMIL", "0871", "SDNREB")),
    ("Sudanese troops and Sudanese rebels reached a truce in the south on Tuesday.", ("SDNREB", "0871", "SDNMIL")),
    ("Angolan troops and Angolan rebels agreed on Friday to end three weeks of fighting in the north.",
     ("AGOREB", "0871", "AGOMIL")),
    # 19: a truce broken names the other side (196)
    ("Armenian forces broke the ceasefire with Azerbaijan on Sunday, the ministry said.", ("ARMMIL", "196", "AZE")),
    # 08: a group released is its members (0841)
    ("French troops freed a group of Serb policemen on Thursday near Mostar.", ("FRAMIL", "0841", "SRBCOP")),
    # 18: "took N people hostage" (181)
    ("Ugandan rebels took twelve civilians hostage in northern Uganda on Sunday.", ("UGAREB", "181", "UGACVL")),
    # 19: troops penetrating a state's territory occupy it (192)
    ("Turkish troops penetrated Iraqi territory on Monday, the Kurdish group said.", ("TURMIL", "192", "IRQ")),
    # 04: a trip for talks is the trip (042): "left X for Y"
    ("The Iranian foreign minister left Damascus for Beirut on Monday.", ("IRNGOV", "042", "LBN")),
    # 14: street battles with police are riots (145); an effigy burnt protests at its subject (141);
    # strikers attacking a party's office riot (145), as armed men attacking it would fight (190)
    ("Nepalese students battled police in Kathmandu on Friday.", ("NPLEDU", "145", "NPLCOP")),
    ("Nepalese students fought running battles with police in Kathmandu on Friday.", ("NPLEDU", "145", "NPLCOP")),
    ("Nepalese students burned an effigy of the Nepalese prime minister on Friday.", ("NPLEDU", "141", "NPLGOV")),
    ("Nepalese students attacked the offices of the ruling Nepali Congress party in Kathmandu.",
     ("NPLEDU", "145", "NPLGOV")),
    # 14: an entrance blocked names the building's owner (144)
    ("Albanian protesters blocked the entrance to the Albanian parliament on Thursday.", ("ALBOPP", "144", "ALBLEG")),
    # 08: a withdrawal under a truce is a retreat toward the truce's other side (0874)
    ("Russian troops began to withdraw from the southern mountains on Sunday under a ceasefire agreement with Chechen rebels.",
     ("RUSMIL", "0874", "RUSREB")),
    # 08: a truce agreed by two named sides (0871 both ways)
    ("Russia and the Chechen rebels agreed a truce on Thursday.", ("RUSREB", "0871", "RUS")),
]


@pytest.mark.parametrize("text,triple", CODED)
def test_material_act_is_coded(text, triple):
    assert triple in triples(text)


def test_talks_a_trip_is_for_are_not_a_meeting():
    got = triples("The Egyptian foreign minister flew to Amman on Sunday for talks with Jordanian officials.")
    assert ("EGYGOV", "042", "JOR") in got
    assert not any(code.startswith("04") and code != "042" for _, code, _ in got)


def test_withdrawal_under_a_truce_is_a_military_retreat():
    got = triples("Syrian troops began to withdraw from Lebanese villages on Sunday under the ceasefire agreement.")
    assert any(code == "0874" for _, code, _ in got) or not got  # 0874, never the bare 087
    assert not any(code == "087" for _, code, _ in got)


def test_a_plain_withdrawal_stays_087():
    got = triples("Syrian troops withdrew from the Lebanese town of Zahle on Sunday.")
    assert not any(code == "0874" for _, code, _ in got)


def test_a_charge_of_torture_stays_a_rights_abuse():
    got = triples("Chilean police charged a former Chilean army officer for torturing Chilean prisoners.")
    assert any(code == "1122" for _, code, _ in got)


def test_a_firm_firing_staff_is_no_administrative_penalty():
    got = triples("The company fired 200 striking workers at its plant on Friday after a string of poor results.")
    assert not any(code == "172" for _, code, _ in got)


def test_agreeing_to_end_a_dispute_is_no_truce():
    assert not any(code == "0871" for _, code, _ in triples("The two banks agreed on Monday to end their dispute over fees."))


def test_two_sides_named_as_one_subject_share_one_triple():
    got = triples("The Kurdish factions reached a ceasefire on Friday after a week of fighting.", published="1996-08-23")
    assert ("IRQREB", "0871", "IRQREB") in got
    # one side alone reaching a truce names no party
    alone = triples("Iraqi Kurdish rebels reached a truce on Friday.", published="1996-08-23")
    assert not any(code == "0871" for _, code, _ in alone)


def test_a_truce_inside_a_denied_statement_is_no_fact():
    for text in ("The militia denied a government statement that the two Afghan sides had agreed to a ceasefire.",
                 "Earlier this month, the Afghan militia denied a Kabul government statement that the two sides had "
                 "agreed to a ceasefire in the north."):
        assert not any(code == "0871" for _, code, _ in triples(text))


def test_armed_fighters_attacking_stay_a_military_attack():
    got = triples("Syrian rebel fighters attacked Syrian army positions near Aleppo on Monday.")
    assert not any(code == "145" for _, code, _ in got)


def test_a_village_taken_over_is_no_party():
    got = triples("Peruvian guerrillas took eight people hostage after taking over a village in the jungle.")
    assert ("PERREB", "181", "PERCVL") in got
    assert not any(code == "192" for _, code, _ in got)


NOT_EVENTS = [
    # a theft by a private person, a trip at home
    "The Nepali man said he feared the boy would steal his belongings.",
    "The Russian president left for a state holiday home near Moscow on Monday.",
    "The army chief was ousted from office in a coup last year.",
    # a truce observed is a state of affairs, a trip not yet made is no visit
    "The inquiry will go ahead while Iran and Iraq observe a ceasefire, diplomats said.",
    "Parliament hopes to pass the budget before the Japanese prime minister leaves next week for Washington.",
    # business readings of the same verbs
    "The German carmaker dismissed 3,000 workers at its Bavarian plant on Tuesday.",
    "The Dutch chemicals group withdrew its bid for the British paint maker on Monday.",
    "The central bank released its quarterly inflation report on Thursday.",
    "The rocket was fired from the launch site in French Guiana on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_political_act(text):
    assert triples(text) == set()
