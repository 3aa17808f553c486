"""conflict11 (issue #4): material conflict (CAMEO 14-20) in the shapes wire and Wikinews news
write it and the training sentences showed the coder missing -- labour strikes reported as a
state or a walk-out and aimed at the employer the article is about, workers and farmers who
march, the unnamed other side of a domestic fight, arrests that name no one, crowds dispersed
and protests crushed, suspects caught.

Every sentence here was written for this project (none is taken from a gold set or an article).
The readings are `conflict.labour_strike`, `conflict.strike_target`, `conflict.striker`,
`conflict.strike_subcode`, `conflict.unnamed_combatants`, `conflict.unnamed_people` and the
"conflict11" lines of src/dateline/data/cameo/verbs.txt.
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

CODED = [
    # 143: a strike reported as a state, a walk-out, a stoppage: toward the strikers' country's business
    ("Most of Chile's 30,000 copper miners were still on strike on Tuesday, union leaders said.",
     ("CHLLAB", "143", "CHLBUS")),
    ("A total of 2,000 Chilean dock workers were out on strike on Friday.", ("CHLLAB", "143", "CHLBUS")),
    ("Canadian postal workers walked out on Friday after talks on a new contract broke down.",
     ("CANLAB", "143", "CANBUS")),
    ("Some 300 Dutch crane operators stopped work on Tuesday in a dispute over overtime pay.",
     ("NLDLAB", "143", "NLDBUS")),
    ("About 5,000 Argentine railway workers went on strike on Monday to demand higher wages.",
     ("ARGLAB", "143", "ARGBUS")),
    ("Some 2,000 Spanish bus drivers staged a 24-hour strike over pay on Thursday.", ("ESPLAB", "143", "ESPBUS")),
    # 143x: a strike against the state, subcoded by what it is for
    ("Italian teachers went on strike on Friday against the government's education reform.",
     ("ITAEDU", "1432", "ITAGOV")),
    ("Thousands of Nepalese plantation workers went on strike to demand citizenship rights.",
     ("NPLLAB", "1433", "NPLGOV")),
    ("The Chilean seamen began a national stoppage on March 3.", ("CHLLAB", "143", "CHLBUS")),
    ("Chilean airline ground staff staged a 24-hour strike for higher pay.", ("CHLLAB", "143", "CHLBUS")),
    # 144: roadblocks thrown up by a crowd protest at its government
    ("Thousands of French fishermen threw up roadblocks across Brittany overnight.", ("FRAOPP", "144", "FRAGOV")),
    ("Angry French farmers blockaded several main roads and motorways on Monday.", ("FRAAGR", "144", "FRAGOV")),
    # 164: talks ended with a party
    ("The Sudanese government ended talks with the Sudanese rebels on Monday.", ("SDNGOV", "164", "SDNREB")),
    # 141: workers and farmers who march keep their trade; the state is the target, the aim the subcode
    ("About 4,000 Belgian steelworkers marched through Brussels on Tuesday to protest against plant closures.",
     ("BELLAB", "141", "BELGOV")),
    ("Thousands of Dutch farmers rallied in The Hague against the government's new nitrogen rules.",
     ("NLDAGR", "1412", "NLDGOV")),
    # 190: the other side of a domestic fight named by its kind
    ("Turkish troops killed 25 Kurdish rebels in clashes in the southeast, officials said.",
     ("TURMIL", "190", "TURREB")),
    ("Sri Lankan troops killed 40 Tamil Tiger rebels in the north on Sunday.", ("LKAMIL", "190", "LKAREB")),
    ("Leftist rebels killed 18 soldiers in an ambush in northern Peru, the army said.", ("PERREB", "190", "PERMIL")),
    # 173: arrests that name no one; suspects caught
    ("German police said they made 12 arrests after the match in Hamburg.", ("DEUCOP", "173", "DEUCVL")),
    ("Dutch police have made a second arrest in connection with the shooting.", ("NLDCOP", "173", "NLDCVL")),
    ("A suspected arsonist was caught by Dutch police on Saturday.", ("NLDCOP", "173", "NLDCVL")),
    ("He was caught by Dutch police as he tried to break into a house.", ("NLDCOP", "173", "NLDCVL")),
    # 1823: prisoners hanged
    ("Egypt has hanged three Egyptian militants convicted of murder.", ("EGY", "1823", "EGYREB")),
    # 190: warships destroying another state's installation use force
    ("American warships destroyed an Iranian oil platform in the Gulf on Monday.", ("USAMIL", "190", "IRN")),
    # 175: a crowd dispersed, a protest crushed (the protesters)
    ("Police in Lima dispersed the march with tear gas on Thursday.", ("PERCOP", "175", "PEROPP")),
    ("Peruvian riot police dispersed the crowd outside Congress.", ("PERCOP", "175", "PEROPP")),
    ("Violent protests by Chilean students were crushed by riot police in Santiago.", ("CHLCOP", "175", "CHLEDU")),
    ("Chilean police quelled the students' protest on Monday.", ("CHLCOP", "175", "CHLEDU")),
]


@pytest.mark.parametrize("text,triple", CODED)
def test_conflict_act_is_coded(text, triple):
    assert triple in triples(text)


NOT_CODED = [
    # a walk-out of talks is no labour strike; a blow struck is no strike
    ("The Chilean delegation walked out of the talks on Monday.", "143"),
    ("A Chilean man struck the policeman with a stick.", "143"),
    # a company catching its rivals by surprise arrests no one
    ("The Chilean company caught its rivals by surprise with the bid.", "173"),
    # an air strike stays a strike from the air
    ("Israeli jets carried out a strike on Gaza on Monday.", "143"),
    # a banner hung is no execution
    ("The Indian government hung a banner on the building.", "1823"),
    # a slow recovery is no go-slow
    ("The Chilean economy began a slow recovery in March.", "143"),
    # crowds at a celebration are no protest dispersed by force
    ("Chilean police said the crowd left the stadium peacefully.", "175"),
]


@pytest.mark.parametrize("text,code", NOT_CODED)
def test_look_alike_is_not_coded(text, code):
    assert not any(c == code for _, c, _ in triples(text))


def test_a_strike_at_a_named_firm_is_aimed_at_the_firm():
    got = triples("Workers at General Motors went on strike in Detroit on Monday.")
    assert any(c == "143" and s.endswith("LAB") and t.endswith("BUS") for s, c, t in got)


def test_only_state_forces_arrest_the_unnamed():
    got = triples("The Chilean union made a second arrest of its own rules.")
    assert not any(c == "173" for _, c, _ in got)


def test_a_state_boycott_has_no_employer():
    got = triples("The United States boycotted the Moscow Olympics in 1980.")
    assert not any(s == "USALAB" or t == "USABUS" for s, _, t in got)


def test_protests_against_restructuring_ask_for_a_policy_change():
    got = triples("About 2,000 French shipyard workers marched in Brest on Thursday to protest against defence restructuring.")
    assert ("FRALAB", "1412", "FRAGOV") in got


def test_troops_destroying_their_own_countrys_homes_stay_property_damage():
    got = triples("Indonesian troops destroyed the huts of some 200 Indonesian villagers on Monday.")
    assert not any(c == "190" for _, c, _ in got)
