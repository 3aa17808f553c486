"""tuneact45: sentences where no act was read (docs/evaluation/events-tuneact45.md).
Every story is our own, a dateline paragraph first, one sentence a paragraph."""
from __future__ import annotations

import pytest

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- appeals by persuade / convince / challenge / count on / rely on (verbs.txt; frames._prep_controlled)

@pytest.mark.parametrize("dateline, text, triple", [
    ("PARIS 1995-06-12", "Chirac tried to persuade Germany to accept the plan.", ("FRAGOV", "020", "DEU")),
    ("NEW DELHI 1997-03-02", "The Indian foreign minister has been trying to persuade Pakistan to resume talks on Kashmir.",
     ("INDGOV", "026", "PAK")),
    ("WASHINGTON 1998-01-20", "Clinton tried to convince Israel to freeze settlement building.", ("USAGOV", "020", "ISR")),
    ("MOSCOW 1996-08-12", "Yeltsin challenged the Chechen rebels to lay down their arms.", ("RUSGOV", "0256", "RUSREB")),
    ("CAPE TOWN 1996-05-02", "The opposition leader challenged President Mandela to call an early election.",
     ("ZAFOPP", "0244", "ZAFGOV")),
    ("WASHINGTON 1996-09-27", "Washington is counting on Egypt to restrain the Palestinians.", ("USA", "020", "EGY")),
    ("BONN 1996-10-03", "Bonn relies on France to back the plan.", ("DEU", "020", "FRA")),
])
def test_appeal_verbs(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("WASHINGTON 1996-05-02", "The senator failed to persuade his colleagues."),
    ("BAGHDAD 1996-09-02", "Iraq could not persuade Russia to veto the resolution."),
    ("TOKYO 1996-05-02", "The company relies on Japan for half its sales."),
    ("ROME 1996-05-02", "We cannot count on the weather to help us."),
    ("LIMA 1996-05-02", "The opposition challenged the decree in the Constitutional Court."),
])
def test_appeal_verbs_negatives(dateline, text):
    assert not any(code[:2] == "02" for _, code, _ in _story(dateline, text))


def test_persuaded_act_is_not_coded_as_done():
    got = _story("CAIRO 1996-09-02", "Mubarak has been trying to persuade the Palestinians to resume talks with Israel.")
    assert not any(s == "PSE" for s, _, _ in got)


# --- attacks and crimes linked to a party (verbs.txt link|tie|connect lines)

@pytest.mark.parametrize("dateline, text, triple", [
    ("ANKARA 1996-07-01", "Turkish officials linked the bombing to Syria.", ("TURGOV", "1123", "SYR")),
    ("BOGOTA 1996-04-11", "Colombia's defence minister tied the massacre to the FARC rebels.", ("COLGOV", "1123", "COLREB")),
    ("ROME 1994-03-04", "Italian prosecutors have connected the bribery scandal to former Prime Minister Bettino Craxi.",
     ("ITAJUD", "1121", "ITAELI")),
])
def test_linked_attacks(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("ANKARA 1996-07-01", "Turkey linked its power grid to Syria."),
    ("LONDON 1996-07-01", "Police have not linked the bombing to any group."),
])
def test_linked_negatives(dateline, text):
    assert not any(code[:2] == "11" for _, code, _ in _story(dateline, text))


# --- "said Y was involved in / implicated in / linked to <a wrong>" (events/involvement.py)

@pytest.mark.parametrize("dateline, text, triple", [
    ("CAIRO 1995-07-01", "Egyptian Interior Minister Hassan al-Alfi said Sudan was involved in the attempt on "
                         "President Mubarak's life.", ("EGYGOV", "1121", "SDN")),
    ("LIMA 1996-02-01", "The Peruvian interior minister said the Shining Path was involved in the killing of "
                        "three engineers.", ("PERGOV", "1122", "PERREB")),
    ("ALGIERS 1997-09-01", "Algeria's prime minister said Islamic rebels were linked to the massacre of villagers.",
     ("DZAGOV", "1124", "DZAREB")),
    ("JERUSALEM 1996-08-01", "Israeli officials said Hizbollah was implicated in the ambush.", ("ISRGOV", "112", "LBNREB")),
    ("MADRID 1996-08-01", "Spanish police said ETA was linked to the car bomb blast in Madrid.", ("ESPCOP", "1123", "ESPREB")),
])
def test_involvement_accusations(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("AMMAN 1996-08-01", "Jordan said Egypt was involved in the peace talks."),
    ("DAMASCUS 1996-08-01", "The minister said Syria was not involved in the bombing."),
    ("DAMASCUS 1996-08-01", "The minister denied that Syria was involved in the bombing."),
    ("TEHRAN 1996-08-01", "Officials said Iran may have been involved in the attack."),
])
def test_involvement_negatives(dateline, text):
    assert not any(code[:3] == "112" for _, code, _ in _story(dateline, text))


# --- "had / made no comment on X" (coder._code_no_comment)

@pytest.mark.parametrize("dateline, text, triple", [
    ("BONN 1996-08-30", "The Foreign Ministry had no comment on the Chinese statement.", ("DEUGOV", "011", "CHN")),
    ("WASHINGTON 1996-08-30", "The White House made no comment on the Cuban charges.", ("USAGOV", "011", "CUB")),
    ("BONN 1996-08-30", "Government officials had no immediate comment on the Amnesty International report.",
     ("DEUGOV", "011", "NGOAMN")),
])
def test_no_comment_on(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("BONN 1996-08-30", "The minister had no comment."),
    ("BONN 1996-08-30", "Journalists had no comment on the weather."),
])
def test_no_comment_negatives(dateline, text):
    assert not any(code == "011" and tgt for _, code, tgt in _story(dateline, text))


# --- "suggested / proposed that Y <bare verb>" (events/mandative.py)

@pytest.mark.parametrize("dateline, text, triple", [
    ("MOSCOW 1996-10-01", "Moscow suggested that NATO postpone its enlargement.", ("RUS", "020", "IGONAT")),
    ("BONN 1996-03-25", "Germany's health ministry suggested that consumers avoid British beef.", ("DEUGOV", "020", "DEUCVL")),
    ("PARIS 1996-10-01", "The French foreign ministry suggested that Iraq allow the inspectors back.", ("FRAGOV", "020", "IRQ")),
])
def test_mandative_suggestions(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("LONDON 1996-10-01", "The report suggested that Iraq was hiding weapons."),
    ("LONDON 1996-10-01", "Analysts suggested that Russia would veto the resolution."),
    ("LONDON 1996-10-01", "The minister suggested that Iraq had violated the truce."),
])
def test_indicative_suggestions_are_no_appeal(dateline, text):
    assert not any(code[:2] == "02" for _, code, _ in _story(dateline, text))


# --- trade stopped by its verb is a boycott (events/stopped_acts.py)

@pytest.mark.parametrize("dateline, text, triple", [
    ("BEIJING 1987-04-01", "China stopped buying Canadian wheat last month.", ("CHN", "163", "CAN")),
    ("BAGHDAD 1987-04-01", "Iraq stopped selling oil to Jordan.", ("IRQ", "163", "JOR")),
])
def test_stopped_trade(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("BAGHDAD 1987-04-01", "Iraq did not stop selling oil to Jordan."),
    ("LONDON 1987-04-01", "The shop stopped selling newspapers."),
])
def test_stopped_trade_negatives(dateline, text):
    assert not any(code[:2] == "16" for _, code, _ in _story(dateline, text))


# --- a withdrawal announced by its noun, plans for talks (events/announced_plans.py)

@pytest.mark.parametrize("dateline, text, triple", [
    ("MOSCOW 1988-04-14", "Moscow announced a complete withdrawal from Afghanistan.", ("RUS", "0356", "AFG")),
    ("WASHINGTON 1993-10-07", "The United States announced the withdrawal of its troops from Somalia.", ("USA", "0356", "SOM")),
    ("WASHINGTON 1996-04-16", "The United States announced plans for talks with North Korea.", ("USA", "036", "PRK")),
])
def test_announced_withdrawals_and_plans(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("MOSCOW 1989-02-15", "The withdrawal from Afghanistan was completed in February."),
    ("MOSCOW 1996-08-30", "The ministry denied that Russia had announced a withdrawal from Chechnya."),
    ("DAMASCUS 1996-08-30", "Moscow announced Syria's withdrawal from Lebanon."),
    ("MOSCOW 1996-08-30", "Analysts expect Russia to announce a withdrawal from Chechnya."),
])
def test_withdrawal_nouns_not_announced_as_own(dateline, text):
    assert not any(code in ("0356", "087") for _, code, _ in _story(dateline, text))


def test_persuading_as_a_purpose_is_no_appeal():
    got = _story("WASHINGTON 1987-04-01", "A Japanese trade team arrived for talks aimed at persuading the United States "
                                          "not to impose tariffs.")
    assert not any(code[:2] == "02" for _, code, _ in got)
