"""conflict15 (issue #4): material and verbal conflict (CAMEO 12-20) coded by what the act does
to whom, in constructions that recur in news.

- A shooting is coded by its sides (`events/assault.py`): state forces firing on protesters
  repress them (175), armed men on armed men fight (190), a private person shot is assaulted
  (182) or killed (1823: the sentence says so, or police shot the person); "police surrounded
  the gunman" and "the events surrounding ..." are no blockade (191).
- A demonstration its own words call violent is a riot (145).
- A strike at a broadcaster is aimed at the firm that employs the strikers (BUS), coordinated
  strikers included.
- A rejected request takes the 12x of what it asked for (`events/rejections.py`), and a bare
  refusal answers the request made in its own sentence.
- A threat takes the 13x of the threatened act (`events/threats.py`): aid withdrawn 1311,
  emergency rule 1324, a crackdown 137, a strike by workers 133 (toward their employer), an
  administrative sanction on a foreign firm 1312.
- The victims of a force act told by what they own ("soldiers were wounded when militants
  ambushed their patrol") are the subject of the clause the act hangs in (`assault.pronoun_owner`).

Every sentence here was written for this project (none is taken from a gold set or an article).
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

CODED = [
    # shootings by their sides
    ("Riot police fired live rounds at protesters in Baghdad on Friday.", ("IRQCOP", "175", "IRQOPP")),
    ("A gunman fired at a teenager outside a shopping centre in Auckland.", ("NZLCVL", "182", "NZLCVL")),
    ("A gunman shot two teachers at a school in Texas on Monday.", ("USACVL", "182", "USACVL")),
    ("Police shot a man who was waving a knife outside the station in Lyon.", ("FRACOP", "1823", "FRACVL")),
    ("Troops shot three insurgents in Helmand province on Sunday.", ("AFGMIL", "190", "AFGREB")),
    # a violent demonstration is a riot
    ("Students staged a violent demonstration outside the parliament in Seoul.", ("KOREDU", "145", "KORGOV")),
    ("Students protested violently against the government in Seoul.", ("KOREDU", "145", "KORGOV")),
    # a strike at a broadcaster: the firm is the employer, whoever the strikers are
    ("Technicians and editors began a strike at the Canadian Broadcasting Corporation on Monday.",
     ("CANLAB", "143", "CANBUS")),
    # a rejected request's subcode
    ("Israel rejected an American request to halt the offensive in Gaza.", ("ISR", "1246", "USA")),
    ("The junta rejected demands by the United Nations to allow observers into the country.", ("---GOV", "1245", "IGOUNO")),
    ("The Kenyan finance minister rejected opposition demands to take action on food prices.", ("KENGOV", "1232", "KENOPP")),
    # a bare refusal answers the request of its sentence
    ("The mayor asked the governor to send troops, but the governor refused.", ("---GOV", "120", "---GOV")),
    ("The Brazilian president asked the Senate to delay the vote, but it declined.", ("BRALEG", "120", "BRAGOV")),
    # the victims of a force act told by what they own ("their patrol") are the clause above's subject
    ("Two Indian soldiers were wounded when Pakistani militants ambushed their patrol in Kashmir.",
     ("PAKREB", "190", "INDMIL")),
    ("Three Afghan policemen died when Taliban fighters attacked their checkpoint in Kandahar.",
     ("AFGREB", "190", "AFGCOP")),
    # threats by the threatened act
    ("The United States threatened to withdraw aid from Pakistan.", ("USA", "1311", "PAK")),
    ("The army threatened to crack down on protesters in the capital.", ("---MIL", "137", "---OPP")),
    ("Britain threatened to revoke the licences of Chinese banks.", ("GBR", "1312", "CHNBUS")),
    ("South African miners threatened to strike on Monday.", ("ZAFLAB", "133", "ZAFBUS")),
    ("Trade unions in France threatened to strike if the government raised the retirement age.", ("FRALAB", "133", "FRAGOV")),
    ("Kenyan doctors threatened to strike over the government's health reforms.", ("KENHLH", "133", "KENGOV")),
]

NOT_CODED = [
    # tear gas is repression whoever; a shooting by no state force on protesters is no repression
    ("A gunman fired at a teenager outside a shopping centre in Auckland.", ("NZLCVL", "175", "NZLCVL")),
    ("A gunman shot two teachers at a school in Texas on Monday.", ("USACVL", "193", "USACVL")),
    # a coordinated killing is its own event: the shooting of the police is an assault
    ("The suspect opened fire on police officers in Denver and killed a shopkeeper.", ("USACVL", "1823", "USACOP")),
    # no blockade of a person, none of "the events surrounding"
    ("Police surrounded the gunman in a house in Brisbane.", ("AUSCOP", "191", "AUSCVL")),
    ("Turkey jailed two smugglers for the events surrounding the deaths of Syrian migrants.", ("TUR", "191", "SYRCVL")),
    # a peaceful march after violent clashes stays a march
    ("Students staged a peaceful march against the government in Seoul after violent clashes last week.",
     ("KOREDU", "145", "KORGOV")),
    # a refusal with no request before it names no party; a request not refused is no rejection
    ("The governor refused, a spokesman said.", ("---GOV", "120", "---GOV")),
    ("The mayor asked the governor to send troops, and the governor agreed.", ("---GOV", "120", "---GOV")),
    # a state threatening to strike is force, not labour
    ("Iran threatened to strike back at Israel.", ("IRN", "133", "ISR")),
    # a possessive the attackers own is no victim: "its" needs a singular owner
    ("Two Indian soldiers were wounded when Pakistani militants ambushed its patrol in Kashmir.",
     ("PAKREB", "190", "INDMIL")),
    # a negated threat is none
    ("The United States did not threaten to withdraw aid from Pakistan.", ("USA", "1311", "PAK")),
]


@pytest.mark.parametrize("text,triple", CODED)
def test_conflict15_codes(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(text)


@pytest.mark.parametrize("text,triple", NOT_CODED)
def test_conflict15_does_not_code(text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in triples(text)


def test_a_state_threatening_to_strike_stays_an_attack_threat() -> None:
    assert ("IRN", "1384", "ISR") in triples("Iran threatened to strike back at Israel.")


def test_suspect_who_fires_on_police_assaults_them() -> None:
    assert ("USACVL", "182", "USACOP") in triples("The suspect opened fire on police officers in Denver and killed a shopkeeper.")


def test_no_blockade_for_a_surrounded_person() -> None:
    got = triples("Police surrounded the gunman in a house in Brisbane.")
    assert not {t for t in got if t[1] == "191"}
