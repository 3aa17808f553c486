"""unnamed48: attacks and seizures by unnamed perpetrators (docs/evaluation/events-unnamed48.md).
Every sentence is our own, in wire style, with a dateline paragraph as the CoNLL rebuild has it.

- WIKINEWS_EVENTS.md does not code "attacks whose perpetrator is not named in the sentence or the
  article": a plural band of no identity ("Gunmen", "Kidnappers", "armed men") as the doer codes
  no event (events/unnamed_attackers.py; coder.py `_unnamed_band`).
- A band the article names still codes: a nationality or group in its own phrase ("Hamas
  gunmen", "Chechen gunmen"), a party after "of/from" ("gunmen of the FLNC": the FLNC, coder.py
  `_band_owner`), the one claimant of the attack elsewhere in the article (`_claimant`).
- A lone gunman the story follows, and bands as targets ("police shot dead two gunmen"), code
  as before (the tune gold codes them).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1996-08-30"


def _wire(place: str, *sentences: str) -> str:
    return f"{place} {DAY}\n\n" + "\n\n".join(sentences)


def _band_coded(got: set) -> list:
    return [t for t in got if t[1][:2] in ("17", "18", "19", "20") and (t[0] or "").endswith(("CVL", "CRM"))]


def test_unnamed_bands_code_no_attack():
    texts = [
        _wire("GROZNY", "Gunmen shot dead two Russian soldiers at a roadblock near Argun on Thursday, Interfax said."),
        _wire("SANAA", "Armed men kidnapped a German tourist on the road to Marib on Sunday, officials said."),
        _wire("MEDELLIN", "Kidnappers seized a Colombian cattle rancher from his farm near Monteria on Tuesday, police said."),
        _wire("DUSHANBE", "Assailants beat and stabbed an Uzbek trader in a Dushanbe market late on Friday."),
        _wire("ALGIERS", "Gunmen raided a village near Blida and killed 18 people, the official APS agency said."),
        _wire("LAGOS", "Bandits attacked a bus on the Kaduna highway on Friday and killed four passengers, police said."),
        _wire("RIO DE JANEIRO", "Masked men opened fire on a group of youths outside a bar in the suburb of Caxias, police said."),
    ]
    for text in texts:
        got = coded_triples(text, DAY)
        assert not _band_coded(got), (text, got)


def test_unnamed_band_other_acts_not_coded():
    texts = [
        _wire("BOGOTA", "Kidnappers demanded a $1 million ransom from the family of an Ecuadorean engineer, police said."),
        _wire("MANILA", "Gunmen released three Malaysian hostages on Basilan island on Saturday, the army said."),
    ]
    for text in texts:
        got = coded_triples(text, DAY)
        assert not [t for t in got if (t[0] or "").endswith("CVL")], (text, got)


def test_named_bands_still_code():
    cases = {
        _wire("GAZA", "Hamas gunmen ambushed an Israeli army patrol near Gaza on Sunday, the army said."): ("PSEREB", "190", "ISRMIL"),
        _wire("MANILA", "Gunmen of the Abu Sayyaf group kidnapped a Filipino teacher on Basilan island, the army said."): ("PHLREB", "181", "PHLEDU"),
        _wire("SRINAGAR", "Gunmen from the Hizbul Mujahideen group shot dead a Hindu shopkeeper in Srinagar, police said."): ("INDREB", "1823", "INDBUS"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


def test_gunmen_of_a_named_front_take_its_code():
    got = coded_triples(_wire("AJACCIO", "Gunmen of the FLNC attacked a gendarmerie post in Corsica on Sunday, police said."), DAY)
    assert not [t for t in got if t[0] == "FRACVL"], got
    assert any(t[0] == "FRAREB" and t[1][:2] in ("18", "19") for t in got), got


def test_claimed_attack_codes_the_claimant():
    text = _wire("ALGIERS", "Gunmen killed 11 villagers near Medea on Saturday, the official APS agency said.",
                 "The Armed Islamic Group (GIA) said in a statement that it had carried out the attack.")
    got = coded_triples(text, DAY)
    assert ("DZAREB", "1823", "DZACVL") in got, got
    assert not [t for t in got if t[0] == "DZACVL"], got


def test_lone_gunman_and_bands_as_targets_still_code():
    cases = {
        _wire("WELLINGTON", "A gunman killed his former employer at a sawmill near Rotorua on Monday, police said."): ("NZLCVL", "1823", "NZLCVL"),
        _wire("ANKARA", "Turkish police shot dead three gunmen in a raid on a house in Istanbul on Sunday."): ("TURCOP", "1823", "TURCVL"),
        _wire("BOGOTA", "Colombian police arrested five kidnappers in a raid near Cali on Friday."): ("COLCOP", "173", "COLCVL"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)
