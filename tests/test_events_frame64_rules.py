"""frame64: dictionary verbs that made no act (docs/evaluation/events-frame64.md).
Every sentence is our own, written in wire or Wikinews style.

- "went / pressed / pushed ahead with", "moved forward with", "proceeded with" + an event noun: the
  verb's subject does the act the noun names (as "continued an offensive" already did); not when
  the going ahead is denied, conditional or only possible.
- A light verb's own possessive ("continued their offensive", "resumed its air campaign") names
  the verb's subject, who does the act.
- "air / bombing / military campaign against X" is an armed act (195 / 190) when a light verb
  carries it; an advertising campaign is none.
- "went on to <act>" is the act done next (not a purpose clause); "may go on to" / "did not go on
  to" stay uncoded.
- "<verb> against <gerund>" ("voted / argued / decided / advised against imposing sanctions") is an
  act not done: the gerund codes nothing.
- "X announced / formed a coalition, which was joined by Y" (or "which Y joined"): Y joins X (062;
  057 for an alliance), even when the parser hangs the relative clause on a noun in the
  coalition's tail; a possible joining stays uncoded, a refusal to join is the refusal.
- "delivered / sent / presented an ultimatum to X" is an ultimatum (139), as "issued" was.
- "put / stepped up / exerted pressure on X" is coercion (170), a demand (100) when a "to" clause
  the parser hangs on the noun names what is asked; a possible or denied pressure, or pressure on
  a thing by no party ("rising prices put pressure on the economy"), codes nothing.
- An auxiliary ("had contacted", "did not get") is never the dictionary word the loss table judges.
- "challenged the constitutionality / validity of Y's decree" disapproves of Y (110), as
  "challenged the legality of" did.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _assert_codes(cases):
    for text, day, triple in cases:
        got = coded_triples(text, day)
        assert triple in got, (text, got)


def _assert_silent(cases):
    for text, day in cases:
        got = coded_triples(text, day)
        assert not got, (text, got)


# --- going ahead with an act -------------------------------------------------------------------------

def test_going_ahead_with_an_act_is_doing_it():
    _assert_codes([
        (wire_story("NEW YORK", "1987-05-02", "Union workers went ahead with a strike against Chrysler Corp on Friday."),
         "1987-05-02", ("USALAB", "143", "USABUS")),
        (wire_story("GROZNY", "1996-08-30", "Russian troops pushed ahead with their assault on rebel positions south of Grozny."),
         "1996-08-30", ("RUSMIL", "190", "RUSREB")),
        ("Israel's army pressed ahead with its offensive against Hamas militants in Gaza on Sunday.",
         "2014-01-10", ("ISRMIL", "190", "PSEREB")),
        ("Iraq's interim government pressed ahead with talks with U.S. officials on the handover.",
         "2004-06-10", ("IRQGOV", "040", "USAGOV")),
        ("Washington proceeded with talks with the Iraqi government on Monday.", "2004-06-10", ("USA", "040", "IRQGOV")),
    ])


def test_going_ahead_denied_possible_or_with_no_act_codes_nothing():
    _assert_silent([
        ("Washington may go ahead with sanctions against Moscow next week, officials said.", "2014-07-10"),
        ("Washington did not go ahead with sanctions against Moscow.", "2014-07-10"),
        ("If Washington goes ahead with sanctions against Moscow, Russia will retaliate.", "2014-07-10"),
        (wire_story("NEW YORK", "1987-05-02", "Chrysler Corp went ahead with its plan to build a new plant in Ohio."),
         "1987-05-02"),
        ("The talks went on with no progress on Tuesday.", "2014-07-10"),
    ])


# --- a light verb's own possessive -------------------------------------------------------------------

def test_own_possessive_of_a_carried_act_is_the_subject():
    _assert_codes([
        (wire_story("GROZNY", "1996-08-30", "Russian troops continued their offensive against Chechen rebels on Friday."),
         "1996-08-30", ("RUSMIL", "190", "RUSREB")),
        ("Israel's military resumed its air campaign against Hamas militants on Tuesday.",
         "2014-07-10", ("ISRMIL", "195", "PSEREB")),
        ("NATO pressed ahead with its bombing campaign against Serbia on Friday.", "1999-04-02", ("IGONAT", "195", "SRB")),
    ])


def test_campaigns_not_armed_or_only_possible_code_nothing():
    _assert_silent([
        ("The brewer launched an advertising campaign against its rivals.", "1999-04-02"),
        ("NATO may resume its bombing campaign against Serbia next week.", "1999-04-02"),
        ("The air campaign against Serbia entered its second week.", "1999-04-02"),
    ])


def test_condemned_campaign_stays_the_condemnation():
    got = coded_triples("Russia condemned NATO's bombing campaign against Serbia.", "1999-04-02")
    assert got == {("RUS", "111", "IGONAT")}, got


# --- challenged constitutionality ----------------------------------------------------------------------

def test_challenged_constitutionality_is_disapproval():
    _assert_codes([
        ("The Ukrainian opposition challenged the constitutionality of the government's decree.",
         "2014-07-10", ("UKROPP", "110", "UKRGOV")),
    ])
    _assert_silent([
        ("The Ukrainian opposition did not challenge the validity of the government's decree.", "2014-07-10"),
    ])


# --- went on to ------------------------------------------------------------------------------------

def test_went_on_to_is_the_act_done():
    _assert_codes([
        (wire_story("GROZNY", "1996-08-30", "Russian troops went on to attack rebel positions near the village."),
         "1996-08-30", ("RUSMIL", "190", "RUSREB")),
        ("U.S. forces crossed the Euphrates and went on to attack Iraqi Republican Guard units.",
         "2003-04-02", ("USAMIL", "190", "IRQMIL")),
    ])
    _assert_silent([
        (wire_story("GROZNY", "1996-08-30", "Russian troops may go on to attack Grozny, a rebel commander said."),
         "1996-08-30"),
        (wire_story("GROZNY", "1996-08-30", "Russian troops did not go on to attack Grozny."), "1996-08-30"),
    ])


# --- against a gerund ------------------------------------------------------------------------------

def test_against_a_gerund_is_an_act_not_done():
    _assert_silent([
        ("The U.S. Senate voted against imposing sanctions on Turkey on Tuesday.", "2019-10-02"),
        (wire_story("WASHINGTON", "1987-05-02", "Baker argued against imposing tariffs on Japanese goods."), "1987-05-02"),
        ("Germany decided against sending weapons to Ukraine.", "2014-07-10"),
        (wire_story("GROZNY", "1996-08-30", "Lebed advised against attacking rebel positions in Grozny."), "1996-08-30"),
    ])
    got = coded_triples("The U.S. Senate voted for imposing sanctions on Turkey on Tuesday.", "2019-10-02")
    assert ("USALEG", "163", "TUR") in got, got
    got = coded_triples("Germany decided against sending weapons to Ukraine but criticised Russia.", "2014-07-10")
    assert got == {("DEU", "111", "RUS")}, got


# --- a coalition named by its founding clause ---------------------------------------------------------

def test_joining_a_coalition_founded_in_the_sentence():
    _assert_codes([
        ("The United States announced a naval coalition to guard Gulf shipping, which was later joined by "
         "Britain and Australia.", "2019-08-20", ("GBR", "062", "USA")),
        ("The United States announced a naval coalition to guard Gulf shipping, which was later joined by "
         "Britain and Australia.", "2019-08-20", ("AUS", "062", "USA")),
        ("Saudi Arabia formed a military alliance against terrorism, which Egypt joined on Tuesday.",
         "2015-12-15", ("EGY", "057", "SAU")),
        ("Bush praised the U.S.-led coalition, which was joined by Poland on Tuesday.", "2003-03-25", ("POL", "062", "USA")),
    ])
    got = coded_triples("The United States announced a naval coalition to guard Gulf shipping, which was later "
                        "joined by Britain and Australia.", "2019-08-20")
    assert ("GBR", "062", "AUS") not in got and ("AUS", "062", "GBR") not in got, got
    _assert_silent([
        ("Saudi Arabia formed a military alliance against terrorism, which Egypt may join.", "2015-12-15"),
    ])
    got = coded_triples("Saudi Arabia formed a military alliance against terrorism, which Egypt declined to join.",
                        "2015-12-15")
    assert got == {("EGY", "120", "SAU")}, got


# --- ultimatums ----------------------------------------------------------------------------------------

def test_delivered_ultimatum():
    _assert_codes([
        ("Bush delivered an ultimatum to Saddam Hussein on Monday.", "2003-03-10", ("USAGOV", "139", "IRQGOV")),
        (wire_story("MOSCOW", "1996-08-30", "Lebed sent an ultimatum to the Chechen rebels on Friday."),
         "1996-08-30", ("RUSGOV", "139", "RUSREB")),
    ])
    _assert_silent([
        ("Bush may deliver an ultimatum to Saddam Hussein next week.", "2003-03-10"),
    ])


# --- pressure put on a party -------------------------------------------------------------------------

def test_pressure_put_on_a_party():
    _assert_codes([
        ("Washington stepped up pressure on Iran over its nuclear program on Friday.", "2012-01-20", ("USA", "170", "IRN")),
        (wire_story("WASHINGTON", "1996-08-30", "Clinton exerted pressure on Netanyahu's government over the settlements."),
         "1996-08-30", ("USAGOV", "170", "ISRGOV")),
        ("Trump stepped up pressure on state governors to deploy the National Guard.", "2020-06-02",
         ("USAGOV", "100", "USAGOV")),
    ])
    _assert_silent([
        ("Washington may step up pressure on Iran next month.", "2012-01-20"),
        ("Washington has not put pressure on Israel, officials said.", "2012-01-20"),
        ("The storm put pressure on the power grid in Texas.", "2012-01-20"),
        ("Rising prices put pressure on Iran's economy.", "2012-01-20"),
    ])


# --- the loss table's judged word ----------------------------------------------------------------------

def test_an_auxiliary_is_no_judged_dictionary_word():
    from dateline.events.coder import dictionary_words_in_span
    from dateline.events.silent_words import no_act_reason
    from events_variety import annotated

    text = "The dockers did not get support from their colleagues."
    _, doc = annotated(text, "1987-05-02")
    assert dictionary_words_in_span(doc, 0, len(text)) == 0
    assert no_act_reason(doc, 0, len(text)) is None
