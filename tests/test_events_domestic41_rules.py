"""domestic41: 1996 Reuters domestic copy (courts, police, strikes, protests) as short stories
(docs/evaluation/events-domestic41.md). Every sentence is our own, written in Reuters style; a
story is a dateline paragraph, then one sentence a paragraph.
"""
from __future__ import annotations

from events_variety import coded_triples


def _story(*paras: str) -> str:
    return "\n\n".join(paras)


def _codes(triples):
    return {code for _, code, _ in triples}


# --- police "clashed with" a crowd: the crowd's clash (events/crowd_clashes.py) -----------------

def test_police_clashing_with_a_crowd_is_the_crowds_clash():
    got = coded_triples(_story("BUENOS AIRES 1996-09-26", "Police clashed with strikers in Buenos Aires."), "1996-09-26")
    assert ("ARGLAB", "145", "ARGCOP") in got, got
    got = coded_triples("South Korean riot police clashed with students in Seoul on Monday.", "1996-08-20")
    assert ("KOREDU", "145", "KORCOP") in got, got
    got = coded_triples("Serbian police clashed with opposition demonstrators in Belgrade.", "1996-12-03")
    assert ("SRBOPP", "145", "SRBCOP") in got, got
    got = coded_triples("Kenyan riot police scuffled with university students in Nairobi.", "1996-10-22")
    assert ("KENEDU", "145", "KENCOP") in got, got


def test_forces_clashes_and_negated_clashes_are_not_turned_round():
    got = coded_triples("Palestinian police clashed with Israeli troops in the West Bank.", "1996-09-26")
    assert ("PSECOP", "190", "ISRMIL") in got and "145" not in _codes(got), got
    got = coded_triples("Turkish troops clashed with Kurdish rebels in the southeast.", "1996-10-10")
    assert ("TURREB", "145", "TURMIL") not in got, got
    assert coded_triples("Police did not clash with the protesters.", "1996-10-10") == [] or \
        "145" not in _codes(coded_triples("Police did not clash with the protesters.", "1996-10-10"))
    got = coded_triples("Police clashed with the interior minister over the budget.", "1996-10-10")
    assert "145" not in _codes(got), got


# --- actors of 1996 domestic copy (orgs.tsv, roles.tsv) ---------------------------------------

def test_egypts_brotherhood_and_algerias_ffs_are_opposition():
    got = coded_triples(_story("CAIRO 1996-10-01",
                               "Police arrested 30 members of the banned Muslim Brotherhood in raids in Cairo."), "1996-10-01")
    assert ("EGYCOP", "173", "EGYOPP") in got, got
    got = coded_triples(_story("CAIRO 1996-10-01", "Police detained 12 Moslem Brotherhood activists."), "1996-10-01")
    assert ("EGYCOP", "173", "EGYOPP") in got, got
    got = coded_triples(_story("ALGIERS 1996-11-20", "FFS leader Hocine Ait Ahmed criticised the government."), "1996-11-20")
    assert ("DZAOPP", "111", "DZAGOV") in got, got
    got = coded_triples(_story("ALGIERS 1996-11-20",
                               "The Socialist Forces Front criticised the government."), "1996-11-20")
    assert not any(src.endswith("MIL") for src, _, _ in got), got


def test_peasants_are_private_people():
    got = coded_triples(_story("BRASILIA 1996-09-25", "Police evicted 300 peasants from a farm in Para state."), "1996-09-25")
    assert ("BRACOP", "174", "BRACVL") in got, got
    got = coded_triples(_story("MEXICO CITY 1996-10-16", "Mexican soldiers detained 20 peasants in Guerrero state."),
                        "1996-10-16")
    assert ("MEXMIL", "173", "MEXCVL") in got, got
