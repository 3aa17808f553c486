"""conflict12 (issue #4): material conflict (CAMEO 14-20) -- the expulsion convention and the
sides of a killing named by their kind.

- A diplomat expelled, told to leave or withdrawn is coded 161 (reduce or break diplomatic
  relations), as the training annotation (CONLL_TRAIN.md) does; 166 stays for the rest of "expel
  or withdraw" (a treaty quit). `conflict.expulsion_code`, verbs.txt lines marked conflict12.
- Workers who begin or stage "a strike" strike (143, `conflict.begun_strike`); a killing by an air
  weapon ("the drone strike that killed X") is the air attack (195, `conflict.air_killing`); a
  passive participle's noun ("passengers held hostage") is never the act's source
  (`conflict.patient_as_source`).
- A trial, execution order or custody in the passive ("were tried by a military court", "the
  executions were ordered by the court", "taken into the custody of the police") is an arrest
  (173) by the court or holder (`conflict.custody_passive`); people caught or detained named by
  their kind are civilians of the holder's country (`conflict.unnamed_people`).
- A killing whose victims are named by kind only ("killed 31 villagers and seven soldiers", "hanged
  two smugglers", "killed his wife") codes each side: civilians of the perpetrator's country killed
  (1823), the armed side fought (190). `conflict.unnamed_sides`, `unnamed_victims`, `killing_code`,
  `home_victim`.

Every sentence here was written for this project (none is taken from a gold set or an article).
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

CODED = [
    # 161: diplomats expelled, ordered out or withdrawn
    ("Portugal expelled three Libyan diplomats on Thursday, accusing them of plotting attacks.", ("PRT", "161", "LBYGOV")),
    ("Chile has asked a Peruvian diplomat to leave the country within 48 hours, a spokesman said.",
     ("CHL", "161", "PERGOV")),
    ("The Dutch government declared the Iranian ambassador persona non grata on Monday.", ("NLDGOV", "161", "IRNGOV")),
    # the sides of a killing named by their kind
    ("Ugandan rebels killed 14 villagers and five soldiers in a raid on a border post, an army spokesman said.",
     ("UGAREB", "1823", "UGACVL")),
    ("Ugandan rebels killed 14 villagers and five soldiers in a raid on a border post, an army spokesman said.",
     ("UGAREB", "190", "UGAMIL")),
    ("Maoist guerrillas killed nine soldiers on Luzon island in the northern Philippines, the army said.",
     ("PHLREB", "190", "PHLMIL")),
    ("Saudi Arabia beheaded two men convicted of drug smuggling in the city of Jeddah, the interior ministry said.",
     ("SAU", "1823", "SAUCVL")),
    ("A Canadian man killed his wife and two neighbours before turning the gun on himself, police said.",
     ("CANCVL", "1823", "CANCVL")),
    # 143: workers begin or stage "a strike" at their employer (not an air strike)
    ("Pilots, engineers and cabin crew began a strike at Qantas on Monday, leaving managers to run the flights.",
     ("AUSLAB", "143", "AUSBUS")),
    # 173: courts and custody in the passive, people caught named by kind
    ("Two former ministers were tried by a military court in Lagos on Tuesday.", ("NGAJUD", "173", "NGAELI")),
    ("The executions were ordered by a revolutionary court in Tehran.", ("IRNJUD", "173", "IRNCVL")),
    ("The two men were taken into the custody of the Kenyan police.", ("KENCOP", "173", "KENCVL")),
    ("Kenyan police caught the girl on Wednesday as she tried to collect the money.", ("KENCOP", "173", "KENCVL")),
    # 172: a government prohibiting an activity restricts its civilians
    ("To curb the outbreak, the Tongan government prohibited travel between the islands for children under 12.",
     ("TONGOV", "172", "TONCVL")),
    # 195: a killing done by an air weapon is the air attack
    ("An Israeli airstrike killed three Hamas militants in the northern Gaza Strip on Tuesday.", ("ISRMIL", "195", "PSEREB")),
    # roles27: the state's drone strike that kills is its armed forces (MIL), as the airstrike above
    # and the Wikinews training gold ("the US airstrike that killed ..." USAMIL 195 IRNMIL)
    ("The Pentagon said the American drone strike that killed the Iranian commander was ordered by the president.",
     ("USAMIL", "195", "IRNMIL")),
]

NOT_CODED = [
    # a treaty quit is no diplomatic break (no diplomat in it; codes29: it is 160)
    ("The American president abandoned the nuclear deal with Iran.", ("USAGOV", "161", "IRN")),
    # victims with no perpetrator: no event at all
    ("Fourteen villagers were killed in a raid on a border post in Uganda, the army said.", ("UGACVL", "1823", "UGACVL")),
    # the nationality the sentence gives the victims wins over the perpetrator's country
    ("Kenyan bandits killed four Somali traders near the border.", ("KENCVL", "1823", "KENCVL")),
    # an air strike launched on someone stays force, whoever the pilots are
    ("Israeli pilots launched strikes on rebel positions in Lebanon on Monday.", ("ISRLAB", "143", "ISRBUS")),
    # a trial by no court, an order by no court: no arrest
    ("The two ministers were tried by the voters and found wanting.", ("---VOT", "173", "---ELI")),
    # a passive participle's noun is the victim, never the actor
    ("A Danish engineer, held hostage in Yemen for three weeks, said on Monday he had been well treated.",
     ("DNKCVL", "181", "DNKCVL")),
]


@pytest.mark.parametrize("text,triple", CODED)
def test_conflict12_codes(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


@pytest.mark.parametrize("text,triple", NOT_CODED)
def test_conflict12_does_not_code(text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in triples(text)


def test_a_treaty_quit_reduces_relations() -> None:
    # codes29: 160 (PLOVER SANCTION/withdraw: "a country withdraws itself from an organization,
    # treaty, or group"); CAMEO's 166 is personnel expelled or withdrawn (docs/evaluation/events-codes29.md)
    assert ("USAGOV", "160", "IRN") in triples("The American president abandoned the nuclear deal with Iran.")


def test_no_killing_code_for_soldiers_without_a_perpetrator() -> None:
    assert not {t for t in triples("Fourteen villagers were killed in a raid on a border post in Uganda.") if t[1][:2] in ("18", "19")}
