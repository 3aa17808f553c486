"""tuneact47: sentences where no act was read (docs/evaluation/events-tuneact47.md).
Every story is our own, a dateline paragraph first, one sentence a paragraph."""
from __future__ import annotations

import pytest

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- fighting stepped up: "stepped up / intensified / escalated <attack noun> against|on X" (verbs.txt)

@pytest.mark.parametrize("dateline, text, triple", [
    ("GROZNY 1996-08-02", "Russian troops stepped up their offensive against Chechen rebels on Monday.",
     ("RUSMIL", "190", "RUSREB")),
    ("ANKARA 1997-05-20", "The Turkish army has intensified attacks on Kurdish rebels in the southeast.",
     ("TURMIL", "190", "TURREB")),
    ("COLOMBO 1996-07-25", "Sri Lankan troops escalated their offensive against Tamil Tiger rebels in the north.",
     ("LKAMIL", "190", "LKAREB")),
    ("BEIRUT 1996-04-14", "Israeli warplanes stepped up air raids on Hizbollah guerrillas in south Lebanon.",
     ("ISRMIL", "195", "LBNREB")),
    ("GROZNY 1996-08-09", "Federal forces intensified their bombardment of rebel positions near Grozny.",
     ("RUSMIL", "194", "RUSREB")),
])
def test_stepped_up_fighting(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("GROZNY 1996-08-02", "Russian troops may step up their offensive against Chechen rebels, a general said."),
    ("GROZNY 1996-08-02", "The army did not step up its offensive against the rebels, a spokesman said."),
    ("LONDON 1996-08-02", "The company stepped up its marketing campaign against rival brewers."),
    ("BRUSSELS 1996-08-02", "Exporters stepped up their campaign against the new tariff."),
])
def test_stepped_up_fighting_negatives(dateline, text):
    assert not any(code[:2] == "19" for _, code, _ in _story(dateline, text))


# --- petrol bombs hurled at someone (145, as "threw bombs at")

def test_hurled_petrol_bombs():
    assert ("KOREDU", "145", "KORCOP") in _story(
        "SEOUL 1996-08-20", "South Korean students hurled petrol bombs at riot police outside the university gate.")


def test_hurled_abuse_is_no_riot():
    assert not any(code == "145" for _, code, _ in _story("LONDON 1996-08-20", "Fans hurled abuse at the referee."))


# --- a truce ended or called off (138 toward the other party of the truce)

@pytest.mark.parametrize("dateline, text, triple", [
    ("MADRID 1996-06-20", "The Basque separatist group ETA announced the end of its ceasefire with the Spanish government.",
     ("ESPREB", "138", "ESPGOV")),
    ("BELFAST 1996-02-10", "The IRA called off its ceasefire with the British government.", ("GBRREB", "138", "GBRGOV")),
    ("ALGIERS 1997-10-02", "The Islamic Salvation Army scrapped its truce with the Algerian government.",
     ("DZAREB", "138", "DZAGOV")),
])
def test_truce_ended(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("BELFAST 1996-02-10", "The rebels said they might end their truce with the government if attacks continue."),
    ("BELFAST 1996-02-10", "Both sides agreed to extend the truce."),
])
def test_truce_ended_negatives(dateline, text):
    assert not any(code == "138" for _, code, _ in _story(dateline, text))


@pytest.mark.parametrize("dateline, text, triple", [
    ("BASTIA 1996-10-02", "The Corsican separatist group FLNC announced the end of its truce on Tuesday.",
     ("FRAREB", "138", "FRAGOV")),
    ("MADRID 1996-06-20", "The Basque separatist group ETA called off its ceasefire after four months.",
     ("ESPREB", "138", "ESPGOV")),
])
def test_truce_ended_by_rebels_names_their_government(dateline, text, triple):
    assert triple in _story(dateline, text)


def test_truce_kept_by_others_gets_no_government():
    assert not any(code == "138" for _, code, _ in _story(
        "BELFAST 1996-02-10", "The rebels said they might end their truce if attacks continue."))


# --- forces leaving posts in a named place: the place's state is the side withdrawn from (087)

@pytest.mark.parametrize("dateline, text, triple", [
    ("BEIRUT 1996-06-16", "Syrian troops began leaving positions in Beirut's southern suburbs on Sunday.",
     ("SYRMIL", "087", "LBN")),
    ("N'DJAMENA 1987-04-02", "Libyan forces left their bases in northern Chad last week.", ("LBYMIL", "087", "TCD")),
    ("BEIRUT 1996-06-16", "Israeli soldiers left two positions near the Lebanese town of Jezzine.",
     ("ISRMIL", "087", "LBN")),
])
def test_forces_left_posts(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text", [
    ("BEIRUT 1996-06-16", "Syrian troops did not leave their positions in Beirut."),
    ("BEIRUT 1996-06-16", "Syrian troops will not leave their positions in Lebanon."),
])
def test_forces_left_posts_negatives(dateline, text):
    assert not any(code[:2] == "08" for _, code, _ in _story(dateline, text))
