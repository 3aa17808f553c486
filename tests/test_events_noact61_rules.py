"""noact61: dictionary verbs whose frame no pattern took (docs/evaluation/events-noact61.md).
Every sentence is our own, written in wire or Wikinews style.

- "took steps / measures / action to <act>" (and "adopted measures to"): the light verb's subject
  does the act, however the parser hangs the "to" clause (xcomp, advcl, acl, relcl); not when the
  taking is denied ("took no steps", "did not take steps") or hypothetical ("may take steps").
- "chanted / shouted anti-government slogans": a protest (141) at the home government; "anti-
  American slogans" aim it at the USA; slogans with no protest cue (fans) code nothing.
- "X linked / tied / connected Y to <a wrong>" and "linked <the wrong> to Y": X accuses Y (112,
  subcoded by the wrong); no wrong, a participle ("rebels tied to the massacre"), or a negation
  codes nothing.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _accusations(triples):
    return {t for t in triples if t[1].startswith("112")}


# --- steps taken ------------------------------------------------------------------------------------

def test_steps_taken_code_the_act_of_the_taker():
    cases = [
        (wire_story("TOKYO", "1996-05-14", "Japan has taken steps to impose sanctions on North Korea, officials said."),
         "1996-05-14", ("JPN", "163", "PRK")),
        ("Seoul took steps on Monday to restore diplomatic relations with Tokyo.", "2019-02-11", ("KOR", "050", "JPN")),
        (wire_story("BONN", "1987-03-12", "West Germany has taken measures to meet U.S. demands for faster growth, "
                    "a government spokesman said."), "1987-03-12", ("DEU", "080", "USA")),
    ]
    for text, day, triple in cases:
        got = coded_triples(text, day)
        assert triple in got, (text, got)


def test_steps_not_taken_or_only_possible_code_nothing():
    for text, day in (
            (wire_story("BONN", "1996-08-30", "Germany has not taken steps to ease sanctions on Iraq, a spokesman said."),
             "1996-08-30"),
            ("Israel took no steps to release the Palestinian prisoners, the group said.", "2019-05-02"),
            (wire_story("PARIS", "1996-08-30", "France may take steps to expel Iranian diplomats, a minister said."),
             "1996-08-30"),
            ("If Taiwan takes steps to declare independence, China will respond, Xinhua said.", "1996-08-30")):
        got = coded_triples(text, day)
        assert not any(code[:2] in ("16", "17", "08", "05") for _, code, _ in got), (text, got)


# --- slogans ----------------------------------------------------------------------------------------

def test_chanted_slogans_are_a_protest_at_the_government():
    got = coded_triples(wire_story("DHAKA", "1996-08-30", "Thousands of opposition supporters chanted "
                                   "anti-government slogans outside parliament on Friday."), "1996-08-30")
    assert ("BGDOPP", "141", "BGDGOV") in got, got
    got = coded_triples("Protesters in Baghdad chanted anti-government slogans in Tahrir Square on Tuesday.", "2019-10-01")
    assert ("IRQOPP", "141", "IRQGOV") in got, got


def test_anti_state_slogans_aim_the_protest_at_that_state():
    got = coded_triples(wire_story("TEHRAN", "1987-03-12", "Iranian students shouted anti-American slogans "
                                   "outside the former U.S. embassy on Thursday."), "1987-03-12")
    assert ("IRNEDU", "141", "USA") in got and ("IRNEDU", "141", "IRNGOV") not in got, got
    got = coded_triples(wire_story("AMMAN", "1996-08-30", "Jordanian demonstrators chanted anti-Israeli slogans "
                                   "after Friday prayers."), "1996-08-30")
    assert ("JOROPP", "141", "ISR") in got, got


def test_slogans_without_a_protest_code_nothing():
    for text, day in (("Supporters chanted slogans as the Greek team arrived in Athens.", "2004-06-01"),
                      ("Fans chanted anti-Brazilian songs before the final in Buenos Aires.", "2016-01-01"),
                      (wire_story("DHAKA", "1996-08-30", "Opposition supporters did not chant slogans during "
                                  "the prime minister's speech."), "1996-08-30")):
        got = coded_triples(text, day)
        assert not any(code[:2] == "14" for _, code, _ in got), (text, got)


# --- linked to a wrong ------------------------------------------------------------------------------

def test_linking_a_party_to_a_wrong_is_an_accusation():
    cases = [
        (wire_story("ANKARA", "1996-08-30", "Turkey linked Syria to the Kurdish guerrilla attacks in the southeast, "
                    "a minister said."), "1996-08-30", ("TUR", "1123", "SYR")),
        ("The Trump campaign linked Joe Biden to the violent protests in Portland.", "2020-08-01",
         ("USAGOV", "112", "USAOPP")),
        (wire_story("BEIRUT", "1987-03-12", "The Lebanese government linked Iran to the kidnapping of two French "
                    "journalists."), "1987-03-12", ("LBNGOV", "1121", "IRN")),
        ("Pakistan was linked to the attacks by Indian officials.", "2019-05-02", ("INDGOV", "1123", "PAK")),
    ]
    for text, day, triple in cases:
        got = coded_triples(text, day)
        assert triple in got, (text, got)


def test_a_wrong_linked_to_a_party_accuses_the_party():
    got = coded_triples("Kenyan police linked the bombing of the bus to al-Shabaab militants.", "2014-05-05")
    assert ("KENCOP", "1123", "SOMREB") in got, got
    got = coded_triples("Colombian prosecutors tied the bombing to FARC rebels.", "2003-02-10")
    assert ("COLJUD", "1123", "COLREB") in got, got
    got = coded_triples("Britain has linked Russia to the poisoning of a former spy in Salisbury.", "2018-03-14")
    assert ("GBR", "1121", "RUS") in got, got


def test_ties_that_are_no_accusation_code_nothing():
    for text, day in (("A new railway will link China to Laos by 2021.", "2016-05-01"),
                      ("Police have not linked the attack to any group.", "2005-07-10"),
                      ("The report linked the rise in violence to poverty and unemployment.", "2019-05-02"),
                      (wire_story("MOSCOW", "1996-08-30", "The treaty links Russia to Belarus in a customs union."),
                       "1996-08-30")):
        got = coded_triples(text, day)
        assert not _accusations(got), (text, got)


def test_a_party_described_as_tied_to_a_wrong_is_not_accused():
    got = coded_triples(wire_story("ALGIERS", "1996-08-30", "The army killed 20 rebels tied to the massacre of "
                                   "villagers, the newspaper said."), "1996-08-30")
    assert not _accusations(got), got
    got = coded_triples("Police arrested a man linked to the bombing of the mosque.", "2019-05-02")
    assert not _accusations(got), got
