"""wire38: 1996-97 Reuters world copy as short stories (docs/evaluation/events-wire38.md).
Every sentence is our own, written in Reuters style.

- A hyphenated word the tokenizer split ("cease-fire", "counter-offensive") is read whole, so
  it codes as its unhyphenated spelling does (events/hyphen_words.py).
- A hanging of a named person or an office holder is an execution (1823), as the hangings of
  writers and officers are (events/named_objects.py and the wire38 verbs.txt line).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1996-10-23"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- hyphenated event nouns ------------------------------------------------------------------------

def test_a_hyphenated_cease_fire_is_a_ceasefire():
    assert ("RUSGOV", "0871", "RUSREB") in coded_triples(
        "Lebed and Maskhadov agreed a cease-fire in Chechnya.", "1996-08-22")
    assert "0871" in _codes(coded_triples("The KDP and the PUK agreed to a cease-fire on Wednesday.", DAY))
    assert ("AFGREB", "0871", "AFGGOV") in coded_triples("The Taliban declared a cease-fire on Friday.", DAY)
    assert ("AFGREB", "0256", "AFGMIL") in coded_triples(
        "The Taliban called for a cease-fire with Masood's forces.", DAY)
    assert "196" in _codes(coded_triples("Bosnian Serb forces broke the cease-fire on Sunday.", DAY))


def test_hyphenated_and_closed_spellings_code_alike():
    for text in ("The two Kurdish factions signed a cease-fire in Ankara.",
                 "The Tigers rejected the government's offer of a cease-fire.",
                 "Indian troops launched a counter-attack on guerrilla positions."):
        closed = text.replace("cease-fire", "ceasefire").replace("counter-attack", "counterattack")
        assert coded_triples(text, DAY) == coded_triples(closed, DAY), text


def test_a_hyphenated_counter_offensive_is_an_attack():
    got = coded_triples("The army mounted a counter-attack against the Tigers near Jaffna.", DAY)
    assert any(src == "LKAMIL" and code == "190" for src, code, _ in got), got
    assert ("INDMIL", "190", "INDREB") in coded_triples(
        "Indian troops launched a counter-attack on guerrilla positions.", DAY)


def test_a_cease_fire_refused_or_only_considered_is_no_agreement():
    for text in ("The rebels did not agree to a cease-fire.",
                 "The Taliban might declare a cease-fire if Masood withdraws."):
        assert "0871" not in _codes(coded_triples(text, DAY)), text


# --- hangings of named people and office holders ------------------------------------------------

def test_a_named_person_hanged_is_an_execution():
    got = coded_triples("The Taliban hanged Najibullah outside the United Nations compound.", "1996-09-27")
    assert any(src == "AFGREB" and code == "1823" for src, code, _ in got), got
    # a (former) president's killing may read as world32's assassination (186)
    got = coded_triples("The Taliban hanged former president Najibullah on Friday.", "1996-09-27")
    assert any(src == "AFGREB" and code in ("1823", "186") for src, code, _ in got), got


def test_an_office_holder_hanged_is_an_execution():
    assert ("AFGREB", "1823", "AFGELI") in coded_triples(
        "Taliban militiamen hanged the former Afghan president and his brother in a square.", "1996-09-27")
    got = coded_triples("Iran hanged a former army commander on charges of spying.", "1997-01-10")
    assert any(src == "IRN" and code == "1823" for src, code, _ in got), got


def test_suicide_things_effigies_and_denials_are_no_execution():
    for text in ("A man hanged himself in his cell, police said.",
                 "The rebels hung banners on the gates of the city.",
                 "Protesters hanged an effigy of the prime minister.",
                 "The Taliban did not hang Najibullah, a spokesman said."):
        assert "1823" not in _codes(coded_triples(text, "1996-09-27")), text
