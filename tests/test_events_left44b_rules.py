"""left44b: construction failures left in round 43's notes (docs/evaluation/events-left44b.md).
Every story is our own, a dateline paragraph first, one sentence a paragraph."""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- "signed an agreement normalising relations": the signed noun under the participle (frames._participle_heads)

def test_signed_agreement_normalising_relations():
    got = _story("AMMAN 1994-10-26", "Israel and Jordan signed an agreement normalising relations.")
    assert {("ISR", "057", "JOR"), ("JOR", "057", "ISR")} <= got


def test_signed_treaty_normalising_relations():
    got = _story("KIEV 1997-05-31", "Russia and Ukraine signed a treaty normalising relations on Friday.")
    assert {("RUS", "057", "UKR"), ("UKR", "057", "RUS")} <= got


def test_signed_accord_normalizing_ties_still_codes():
    got = _story("CAIRO 1994-10-26", "Egypt and Israel signed an accord normalizing ties.")
    assert {("EGY", "057", "ISR"), ("ISR", "057", "EGY")} <= got


def test_refused_to_sign_agreement_normalising_relations_is_no_signing():
    got = _story("AMMAN 1994-10-26", "Israel and Jordan refused to sign an agreement normalising relations.")
    assert not any(code == "057" for _, code, _ in got)


def test_may_sign_agreement_is_a_prediction():
    got = _story("AMMAN 1994-10-26", "Israel and Jordan may sign an agreement normalising relations next year.")
    assert not any(code == "057" for _, code, _ in got)


def test_signed_book_commemorating_war_is_no_agreement():
    assert _story("LONDON 1995-05-08", "The two leaders signed a book commemorating the war.") == set()


# --- "violated the ceasefire by shelling X": the truce broken toward X (broken_truces)

def test_violated_ceasefire_by_shelling_town():
    got = _story("SARAJEVO 1995-10-12", "Bosnian Serb forces violated the ceasefire by shelling Gorazde.")
    assert ("BIHMIL", "196", "BIH") in got
    assert not any(code == "196" and t is None for _, code, t in got)


def test_broke_truce_by_attacking_rebels():
    got = _story("BAGHDAD 1996-09-01", "Iraqi troops broke the truce by attacking Kurdish rebels near Arbil.")
    assert ("IRQMIL", "196", "IRQREB") in got


def test_violated_ceasefire_by_bombing_villages():
    got = _story("MOSCOW 1996-08-10", "Russian forces violated the ceasefire by bombing Chechen villages.")
    assert ("RUSMIL", "196", "RUSCVL") in got


def test_breached_truce_by_shelling_country():
    got = _story("JERUSALEM 1996-04-20", "Israel breached the truce by shelling Lebanon.")
    assert ("ISR", "196", "LBN") in got


def test_violated_ceasefire_with_named_side_unchanged():
    assert ("BIHMIL", "196", "BIH") in _story("SARAJEVO 1995-10-12",
                                               "Bosnian Serb forces violated the ceasefire with Bosnia on Tuesday.")


def test_did_not_violate_ceasefire_codes_no_196():
    got = _story("SARAJEVO 1995-10-12", "Bosnian Serb forces did not violate the ceasefire by shelling Gorazde, the U.N. said.")
    assert not any(code == "196" for _, code, _ in got)


# --- "stormed X and took N <people> hostage": "hostage" read as a second object (frames._captive_states)

def test_stormed_hotel_and_took_journalists_hostage():
    # unnamed48: a lone gunman (plural unnamed "Gunmen" code no act by the standard)
    got = _story("SARAJEVO 1995-10-12", "A gunman stormed the hotel and took four French journalists hostage.")
    assert ("BIHCVL", "181", "FRAMED") in got


def test_took_journalists_hostage_plain_unchanged():
    assert ("BIHCVL", "181", "FRAMED") in _story("SARAJEVO 1995-10-12", "A gunman took four French journalists hostage.")


def test_attacked_village_and_took_priests_hostage():
    assert ("---REB", "181", "ITACVL") in _story("SARAJEVO 1995-10-12",
                                                 "Rebels attacked the village and took six Italian priests hostage.")


def test_did_not_take_journalists_hostage():
    got = _story("SARAJEVO 1995-10-12", "Gunmen stormed the hotel but did not take the French journalists hostage.")
    assert not any(code == "181" for _, code, _ in got)


def test_hostage_crisis_is_no_taking():
    assert _story("LIMA 1997-01-05", "The hostage crisis in Lima entered its third week.") == set()
