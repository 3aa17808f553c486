"""force66: executions and armed acts by the codes of the standard and the tune gold
(docs/evaluation/events-force66.md). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from events_variety import coded_triples


def _one(sentence: str, date: str = "1996-08-30") -> set[tuple[str, str, str | None]]:
    return coded_triples(sentence, date)


# --- a state's execution of convicts is a killing (1823), as the tune gold codes hangings

@pytest.mark.parametrize("text,date,want", [
    ("Iran executed two men convicted of spying for Israel, the daily Kayhan reported on Friday.",
     "1996-08-30", ("IRN", "1823", "IRNCVL")),
    ("Nigeria executed six soldiers convicted of plotting a coup, the military government said.",
     "1996-08-30", ("NGA", "1823", "NGAMIL")),
    ("Iran executed three men accused of spying for Iraq, Tehran Radio said.", "1987-05-20", ("IRN", "1823", "IRNCVL")),
    ("Saudi Arabia executed 37 people on Tuesday, the Saudi Press Agency reported.", "2019-04-25",
     ("SAU", "1823", "SAUCVL")),
    ("China put to death four bank robbers in the southern city of Guangzhou on Monday.", "1996-08-30",
     ("CHN", "1823", "CHNCVL")),
])
def test_executions_are_killings(text, date, want):
    got = _one(text, date)
    assert want in got, got
    assert not any(c == "186" for _, c, _ in got), got


@pytest.mark.parametrize("text,date", [
    ("Iran could execute the men if an appeal court upholds their sentences, a lawyer said.", "1996-08-30"),
    ("Iran did not execute the two men, the newspaper said.", "1996-08-30"),
    ("If convicted, the man could be executed by firing squad, prosecutors said.", "2019-04-25"),
    ("The pilot executed an emergency landing in Denver.", "2019-04-25"),
])
def test_no_execution_coded(text, date):
    assert not any(c.startswith("18") for _, c, t in _one(text, date) if t), _one(text, date)


# --- aircraft that attack: the standard's "airstrike, drone or missile attack -> 195", the craft MIL

@pytest.mark.parametrize("text,date,want", [
    ("Russian aircraft attacked rebel positions south of Grozny on Friday, Interfax said.", "1996-08-30",
     ("RUSMIL", "195", "RUSREB")),
    ("Israeli aircraft attacked Hamas positions in the Gaza Strip overnight.", "2019-04-25", ("ISRMIL", "195", "PSEREB")),
    ("Iraqi aircraft struck two Iranian oil installations in the Gulf on Wednesday.", "1987-05-20", ("IRQMIL", "195", "IRN")),
])
def test_aircraft_attacking(text, date, want):
    assert want in _one(text, date)


def test_aircraft_firing_on_a_ship_stays_190():
    assert ("USAMIL", "190", "IRN") in _one("U.S. helicopters fired on an Iranian ship in the Gulf.", "1987-09-22")


@pytest.mark.parametrize("text,date", [
    ("A passenger aircraft crashed near Lagos on Sunday, killing 40 people.", "1996-08-30"),
    ("Russian aircraft could attack rebel positions if the talks fail, a general said.", "1996-08-30"),
    ("Russian aircraft landed in Belgrade on Sunday carrying aid.", "1996-08-30"),
])
def test_aircraft_no_attack(text, date):
    assert not any(c.startswith("19") for _, c, _ in _one(text, date))


# --- people named by an ordinary crime are private persons (CVL); a mob is private people

@pytest.mark.parametrize("text,date,want", [
    ("A mob beat a suspected thief to death in a Lagos market on Monday, police said.", "1996-08-30",
     ("NGACVL", "1823", "NGACVL")),
    ("Villagers beat two cattle thieves to death in northern Nigeria, police said on Tuesday.", "1996-08-30",
     ("NGACVL", "1823", "NGACVL")),
    ("A man beat his neighbour to death with a hammer in Ohio, police said.", "2019-04-25", ("USACVL", "1823", "USACVL")),
    ("Villagers stoned a suspected witch to death in northern Tanzania, police said.", "1996-08-30",
     ("TZACVL", "1823", "TZACVL")),
    ("Islamist militants stoned a woman to death in northern Mali for adultery.", "2019-04-25", ("MLIREB", "1823", "MLICVL")),
])
def test_beaten_to_death(text, date, want):
    assert want in _one(text, date)


@pytest.mark.parametrize("text,date", [
    ("A bus plunged into a river in central Bangladesh on Friday, killing at least 30 people, police said.", "1996-08-30"),
    ("Unidentified gunmen killed two policemen in Istanbul on Tuesday, police said.", "1996-08-30"),
    ("Unknown attackers killed three police officers in Kabul on Monday.", "2019-04-25"),
])
def test_accidents_and_unnamed_killers_are_not_coded(text, date):
    assert not [t for t in _one(text, date) if t[2]]


def test_stoning_vehicles_is_no_killing():
    got = _one("Protesters stoned police vehicles in Nairobi on Monday.")
    assert not any(c == "1823" for _, c, _ in got), got
