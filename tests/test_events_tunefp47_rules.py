"""tunefp47: over-coding the tuning gold has no event like (docs/evaluation/events-tunefp47.md).
Every sentence is our own, written in wire style.

- An aircraft's landing or arrival is no visit (042): only people and delegations visit
  (`events/craft_trips.py`).
- "claim" in its sense of holding or counting ("claims a membership of 40,000 workers", "claims
  the support of 40 deputies") is no accusation (`events/claimed_holdings.py`).
- What someone likes, loves or enjoys doing is a disposition, not an act
  (`events/liked_habits.py`).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1996-08-30"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- an aircraft makes no visit --------------------------------------------------------------------

def test_an_aircraft_landing_is_no_visit():
    for text in ("An Aeroflot jet carrying 140 passengers landed in Helsinki on Friday after a bomb scare.",
                 "A Lufthansa cargo plane bound for Nairobi landed in Cairo with engine trouble on Tuesday.",
                 "The hijacked Air India airliner landed in Lahore late on Sunday to refuel.",
                 "A Turkish military helicopter landed in Greece after straying off course in fog."):
        got = coded_triples(text, DAY)
        assert not {"042", "043", "044"} & _codes(got), (text, got)


def test_people_who_land_or_fly_still_visit():
    cases = (("The Kenyan foreign minister, who landed in Mogadishu on Monday, met Somali faction leaders.",
              ("KENGOV", "042", "SOM")),
             ("Israeli Prime Minister Benjamin Netanyahu landed in Cairo on Thursday for talks with "
              "Egyptian President Hosni Mubarak.", ("ISRGOV", "042", "EGY")),
             ("Chinese Premier Li Peng arrived in Paris on Monday for a four-day official visit.", ("CHNGOV", "042", "FRA")),
             ("A Japanese trade delegation flew to Seoul on Wednesday.", ("JPNGOV", "042", "KOR")))
    for text, triple in cases:
        got = coded_triples(text, DAY)
        assert triple in got, (text, got)


# --- "claim" what one holds --------------------------------------------------------------------------

def test_claiming_members_or_support_is_no_accusation():
    for text in ("The Zambian miners' union, which claims a membership of 40,000 copper workers, said it would meet management.",
                 "The Kenyan teachers' union, which claims 240,000 teachers as members, criticised the Education Ministry on Friday.",
                 "The opposition alliance claims the support of 40 deputies in the Romanian parliament."):
        got = coded_triples(text, DAY)
        assert not any(code.startswith("112") for code in _codes(got)), (text, got)


def test_a_claim_that_someone_did_something_stays_an_accusation():
    got = coded_triples("The Iraqi government claimed that Iranian troops had shelled Basra.", DAY)
    assert any(src == "IRQGOV" and code.startswith("112") and tgt == "IRNMIL" for src, code, tgt in got), got
    got = coded_triples("Colombian rebels claimed responsibility for the bombing of a police post.", DAY)
    assert ("COLREB", "015", "COLCOP") in got, got


# --- what one likes doing ----------------------------------------------------------------------------

def test_what_someone_likes_doing_is_no_act():
    for text in ('Yeltsin said the general "likes sending tanks against villages, and shelling them."',
                 "The Serbian leader enjoys taunting NATO commanders, a Western diplomat said.",
                 "Critics say the Iraqi president loves threatening Kuwait whenever oil prices fall.",
                 'The opposition leader said the prime minister "likes jailing journalists, and closing their newspapers."'):
        got = coded_triples(text, DAY)
        # dyadic triples (the guard runs on events with a target; see the doc's "Left")
        assert not {c for _, c, tgt in got if tgt and c[:2] in ("11", "13", "17", "19")}, (text, got)


def test_done_acts_and_wishes_stay_coded():
    got = coded_triples("Yeltsin said the Chechen rebels had shelled Russian troops near Grozny.", DAY)
    assert any(src == "RUSREB" and code.startswith("19") and tgt == "RUSMIL" for src, code, tgt in got), got
    got = coded_triples("Clinton said he would like to meet Chinese President Jiang Zemin.", DAY)
    assert ("USAGOV", "036", "CHNGOV") in got, got
    got = coded_triples("Iraqi President Saddam Hussein threatened Kuwait on Monday.", DAY)
    assert ("IRQGOV", "130", "KWT") in got, got
