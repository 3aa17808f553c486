"""pronoun65: pronouns and descriptions that resolved to the wrong actor, or to none
(docs/evaluation/events-pronoun65.md). Every sentence is our own, in wire or Wikinews style.

- A possessive in a reported hostile act whose own subject would then act against itself is the
  reporting speaker's ("Israel said Syria had expelled three of its diplomats": Israel's), for a
  state's own people and posts; not when speaker and doer are one country, not for "its critics",
  not for an act that is no hostile one (events/reported_owners.py).
- "it" as the object of a time clause with a subject of its own is the main clause's subject
  ("The tanker returned to port after an Iraqi jet attacked it"); not when the main clause has an
  object "it" may be (events/clause_objects.py).
- "they" as the subject of a time clause is the one plural group the governing clause names
  (events/clause_objects.py).
- A bare "Members" / "Leaders" / "Delegates" / "Ministers" after a body or meeting of the sentence
  before is that body (events/meeting_members.py); not "Members of parliament", "Israeli leaders".
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _assert_codes(cases):
    for text, day, triple in cases:
        got = coded_triples(text, day)
        assert triple in got, (text, got)


def _assert_not(cases):
    for text, day, triple in cases:
        got = coded_triples(text, day)
        assert triple not in got, (text, got)


def test_reported_possessive_is_the_speakers():
    _assert_codes([
        (wire_story("TEHRAN", "1987-03-02", "Tehran said Iraq had used chemical weapons against its troops."),
         "1987-03-02", ("IRQ", "2041", "IRNMIL")),
        (wire_story("JERUSALEM", "1996-05-02", "Israel said Syria had expelled three of its diplomats."),
         "1996-05-02", ("SYR", "161", "ISRGOV")),
        ("Israel said Syria had arrested two of its diplomats.", "1996-05-02", ("SYR", "173", "ISRGOV")),
        ("Ukraine said Russia had attacked its soldiers in Crimea.", "2014-05-02", ("RUS", "190", "UKRMIL")),
        ("Britain said Russia had expelled four of its diplomats on Tuesday.", "2008-05-02", ("RUS", "161", "GBRGOV")),
        ("Tehran radio said Iraqi warplanes had bombed its positions near Basra.", "1987-04-02", ("IRQMIL", "195", "IRN")),
        (wire_story("GAZA", "2014-05-02", "Hamas said Israeli troops had killed two of its commanders in Rafah."),
         "2014-05-02", ("ISRMIL", "190", "PSEREB")),
    ])


def test_own_possessive_stays_the_subjects():
    _assert_codes([
        ("Turkey said the Syrian government had arrested its critics.", "2012-05-02", ("SYRGOV", "173", "SYROPP")),
        ("The rights group said the Colombian government had arrested dozens of its critics.", "1996-05-02",
         ("COLGOV", "173", "COLOPP")),
    ])
    _assert_not([
        ("Turkey said the Syrian government had arrested its critics.", "2012-05-02", ("SYRGOV", "173", "TUROPP")),
        ("Israel said Syria had recalled its ambassador from Cairo.", "1996-05-02", ("SYR", "161", "ISRGOV")),
    ])
    assert not coded_triples("Iraq said it had withdrawn its troops from the border.", "2014-05-02")


def test_it_in_a_time_clause_is_the_main_subject():
    _assert_codes([
        # (force66: a jet that attacked is the standard's air attack, 195; this test pins the pronoun)
        ("The Kuwaiti tanker returned to port after an Iraqi jet attacked it.", "1987-06-02", ("IRQMIL", "195", "KWT")),
        ("The U.S. frigate returned to Bahrain after an Iranian gunboat attacked it.", "1987-05-02",
         ("IRNMIL", "190", "USAMIL")),
        ("The Saudi tanker was towed to Jeddah after Houthi rebels struck it with a drone.", "2019-05-02",
         ("YEMREB", "195", "SAU")),
    ])
    # the main clause's object may be "it": not its subject
    _assert_not([
        ("The government dropped the plan after parliament rejected it.", "1996-06-02", ("---LEG", "120", "---GOV")),
    ])


def test_they_in_a_time_clause_is_the_one_group_named():
    _assert_codes([
        ("An exile group vowed to support Kurdish rebels after they were attacked by Iranian troops.", "1996-06-02",
         ("IRNMIL", "190", "IRNREB")),
        ("Moscow promised to protect Chechen civilians after they were shelled by rebels.", "1996-06-02",
         ("RUSREB", "194", "RUSCVL")),
    ])


def test_members_after_a_meeting_are_the_body():
    _assert_codes([
        ("The Security Council met in emergency session on Friday.\n\nMembers condemned Iraq for its invasion of Kuwait.",
         "1990-08-10", ("IGOUNO", "111", "IRQ")),
        ("OPEC ministers met in Vienna on Monday.\n\nMembers criticized Saudi Arabia for exceeding its quota.",
         "1987-07-10", ("IGOOPC", "111", "SAU")),
        ("The Arab League met in Cairo on Sunday.\n\nDelegates accused Israel of blocking the peace process.",
         "1996-07-10", ("IGOARL", "112", "ISR")),
        ("EU foreign ministers met in Luxembourg on Monday.\n\nMinisters urged Israel to lift its blockade of "
         "Palestinian towns.", "2001-07-10", ("IGOEUREEC", "0254", "ISR")),
        ("NATO leaders gathered in London on Tuesday.\n\nLeaders criticised Russia over its deployment of new missiles.",
         "2019-07-10", ("IGONAT", "111", "RUS")),
    ])
    _assert_codes([
        ("The Arab League met in Cairo on Sunday.\n\nIsraeli leaders accused Syria of blocking the peace process.",
         "1996-07-10", ("ISRGOV", "112", "SYR")),
        ("The summit opened in Cairo on Sunday.\n\nLeaders of Iran accused Israel of blocking the peace process.",
         "1996-07-10", ("IRNGOV", "112", "ISR")),
    ])
    assert not coded_triples("Protests spread across Hong Kong on Sunday.\n\nLeaders urged calm.", "2019-07-10")


def test_reported_possessive_of_property_is_the_speakers():
    _assert_codes([
        ("Palestinian villagers said Israeli soldiers had demolished their homes.", "1996-05-02",
         ("ISRMIL", "1712", "PSECVL")),
        ("Britain said Iran had seized one of its tankers in the Strait of Hormuz.", "2019-05-02", ("IRN", "1711", "GBR")),
    ])
    # one country throughout: the owner is left as it was
    _assert_not([
        ("Russian residents said the Russian authorities had demolished their homes.", "2019-05-02",
         ("RUSGOV", "1712", "RUSCVL")),
    ])


def test_them_is_not_the_subjects_own_kind_named_before():
    _assert_codes([
        (wire_story("SEOUL", "1987-07-02", "Students threw firebombs at police in central Seoul.",
                    "Police fired tear gas at them."), "1987-07-02", ("KORCOP", "175", "KOREDU")),
        (wire_story("SEOUL", "1987-07-02", "Police arrested two students on Monday.", "Police later released them."),
         "1987-07-02", ("KORCOP", "0841", "KOREDU")),
    ])
    _assert_not([
        (wire_story("SEOUL", "1987-07-02", "Students threw firebombs at police in central Seoul.",
                    "Police fired tear gas at them."), "1987-07-02", ("KORCOP", "175", "KORCOP")),
    ])


def test_a_bare_described_speaker_gives_no_owner():
    # "the agency" codes only by the dateline's guess: the possessive is not read as its country's
    got = coded_triples(wire_story("BAGHDAD", "1987-04-14",
                                   "Iranian forces shelled their positions in southern Iraq on Monday, the agency said."),
                        "1987-04-14")
    assert not any(t == "IRQ" for _, _, t in got), got
