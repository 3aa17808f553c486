"""coop11 (issue #4): cooperation as unseen wire copy and Wikinews word it -- meetings a noun names
with both parties ("talks between X and Y failed to ...", "Soviet-American talks", "during talks
between X and Y"), announced ones ("talks between X and Y will resume"), pardons granted to a
named person, police inquiries (091), offers accepted and requests withdrawn (080), and the wire's
present-tense departures ("X leaves for Washington today").

Every sentence here was written for this project (none is taken from a gold set or an article).
Dictionary lines carry a "coop11" note in src/dateline/data/cameo/verbs.txt; the readings in code
are `coop.meeting_parties` / `coop.meeting_status` (called from coder._code_noun),
`coop.departure_today` and the 091 subcode in `coop.refine`, and `frames._second_object`.
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

from dateline.events import coop
from dateline.nlp import load_nlp

CODED = [
    # 04: a meeting noun naming both parties, as the subject of what came of it (040 both ways)
    ("Talks between Syria's foreign minister and his Lebanese counterpart were going well on Thursday, an aide said.",
     {("SYRGOV", "040", "LBNGOV"), ("LBNGOV", "040", "SYRGOV")}),
    # 04: two parties joined by a hyphen
    ("US-Japanese trade talks collapsed on Friday after three days, a negotiator said.",
     {("USA", "040", "JPN"), ("JPN", "040", "USA")}),
    # 08: a pardon granted to a named person (the small model hangs the pardon on the person)
    ("The Philippine president granted Marcus Leeson a full and unconditional pardon.", {("PHLGOV", "0841", "PHLCVL")}),
    # 09: the police seeking a suspect investigate a crime (091)
    ("Police in Auckland were seeking an escaped gunman on Tuesday, the radio said.", {("NZLCOP", "091", "NZLCVL")}),
    # 08: a request withdrawn yields to whom it was made (080)
    ("The Greek government withdrew its request to Washington to close the air base near Athens.",
     {("GRCGOV", "080", "USA")}),
    # 04: the wire's present-tense departure: "today" is a trip made, "tomorrow" an announced one
    ("Chilean Foreign Minister Jose Miguel Insulza leaves for Washington today for talks on free trade.",
     {("CHLGOV", "042", "USA")}),
    ("The British trade minister, who leaves for Japan tomorrow, told reporters he would press for access.",
     {("GBRGOV", "036", "JPN")}),
    # 08: sanctions on a state eased are economic sanctions (085, not the administrative 081)
    ("Washington eased economic sanctions against Cuba on Friday, allowing American firms to trade there.",
     {("USA", "085", "CUB")}),
    # 07: food sent by the planeload is humanitarian aid (073)
    ("Kuwait sent twelve planeloads of food and medicine to Somalia on Monday.", {("KWT", "073", "SOM")}),
    # 03: an assurance given to a named party (030)
    ("Russian President Boris Yeltsin assured Ukrainian President Leonid Kuchma on Monday that Moscow respected its borders.",
     {("RUSGOV", "030", "UKRGOV")}),
    # 03: "hopes" (which the lemmatiser makes "hop") to meet: an intention to meet
    ("The Irish premier hopes to visit Washington in March.", {("IRLGOV", "036", "USA")}),
    # 03: the wire's present tense with a later day is announced (036), "kick off" talks is no kick
    ("Japan and the United States kick off top-level trade talks tomorrow amid signs of irritation.",
     {("JPN", "036", "USA"), ("USA", "036", "JPN")}),
    ("The Polish president meets his Lithuanian counterpart tomorrow in Vilnius.", {("POLGOV", "036", "LTUGOV")}),
    # 03: the field of a cooperation agreed (0314 intelligence, 0312 military); "between their
    # services" names the agents' own bodies, so each side is the other's target
    ("Hungary and Austria agreed on Friday to tighten cooperation between their intelligence services.",
     {("HUN", "0314", "AUT"), ("AUT", "0314", "HUN")}),
    ("Hungary and Austria agreed on Monday to deepen military cooperation.",
     {("HUN", "0312", "AUT"), ("AUT", "0312", "HUN")}),
]


@pytest.mark.parametrize("text,expected", CODED)
def test_cooperation_is_coded(text, expected):
    assert expected <= triples(text, published="1996-08-20")


# The coder's reading of a meeting noun naming both parties. (filters.prune, prec11, then drops
# the first and the third again: its final is_hypothetical check reads "failed" and "during" as
# non-facts, and its nominal_argument takes "will resume" for a plan; see the coop11 report.)
READ = [
    ("Talks between Japan and South Korea on fishing rights have failed to settle the dispute, officials said.",
     "held", ("Japan", "040", "Korea")),
    ("The offer was made on Monday during talks between the Turkish prime minister and his Greek counterpart.",
     "held", ("minister", "040", "counterpart")),
    ("Talks between Kenya and Uganda on the border dispute will resume on Monday, the ministry said.",
     "future", ("Kenya", "036", "Uganda")),
]


@pytest.mark.parametrize("text,status,coding", READ)
def test_a_meeting_noun_with_both_parties_is_read_both_ways(text, status, coding):
    from dateline.events import coder
    from dateline.events.patterns import load_dictionary

    doc = load_nlp()(text)
    talks = next(t for t in doc if t.lower_ == "talks")
    assert coop.meeting_status(talks) == status
    got = {(c.sources[0].text, c.code, c.targets[0].text) for sent in doc.sents
           for c in coder._code_sentence(sent, load_dictionary()) if c.trigger == talks}
    a, code, b = coding
    assert {(a, code, b), (b, code, a)} <= got


@pytest.mark.parametrize("text", [
    "The talks between Ghana and Togo are expected to focus on trade and investment, officials said.",
    "No talks between Ghana and Togo have taken place since the border was closed.",
    "The minister will brief parliament before he leaves for Japan.",
])
def test_meetings_and_trips_not_yet_made_are_not_coded_as_held(text):
    assert not any(code in ("040", "042") for _, code, _ in triples(text))


def test_an_apposition_between_parties_keeps_the_second_party():
    doc = load_nlp()("Talks between Turkey's envoy Ahmet Yilmaz and Greek separatist leaders were going well.")
    talks = doc[0]
    names = {t.text for t in coop.meeting_parties(talks)}
    assert "envoy" in names or "Yilmaz" in names
    assert "leaders" in names


def test_a_hyphen_pair_names_two_parties_and_a_single_modifier_none():
    nlp = load_nlp()
    doc = nlp("Soviet-American talks made a breakthrough.")
    assert [t.text for t in coop.meeting_parties(doc[3])] == ["Soviet", "American"]
    doc = nlp("Soviet talks made a breakthrough.")
    assert coop.meeting_parties(doc[1]) == []


def test_a_past_meeting_stays_a_meeting():
    assert ("POLGOV", "040", "LTUGOV") in triples("The Polish president met his Lithuanian counterpart on Tuesday in Vilnius.")


def test_a_police_investigation_is_a_criminal_one():
    got = triples("Police were investigating the shooting of a Canadian tourist in Toronto, the mayor said.")
    assert not any(code == "090" and src.endswith("COP") for src, code, _ in got)


def test_a_business_offer_accepted_without_a_named_party_is_no_event():
    assert not any(code == "080" for _, code, _ in triples("The company accepted a takeover offer on Friday."))


def test_many_sides_agreeing_together_code_no_pairs():
    got = triples("Finance ministers of Britain, Canada, France, Italy and Japan agreed on Monday to cooperate on currencies.")
    assert not any(code.startswith("03") for _, code, _ in got)


def test_two_sides_agreeing_still_code_both_directions():
    got = triples("Egypt and Jordan agreed on Friday to boost trade between the two countries.")
    assert {("EGY", "0311", "JOR"), ("JOR", "0311", "EGY")} <= got


def test_sentence_initial_talks_after_a_headline_is_still_a_meeting():
    text = ("TRUCE ELUDES GHANA AND TOGO IN BORDER ROW\n\nTalks between Ghana and Togo are going well on "
            "the border dispute, a Ghanaian spokesman said.")
    assert {("GHA", "040", "TGO"), ("TGO", "040", "GHA")} <= triples(text)


def test_briefing_leaders_is_a_consultation_and_briefing_reporters_is_not():
    assert ("AFGMIL", "040", "USALEG") in triples(
        "The Afghan military chief Ahmad Shah Masood briefed visiting U.S. Congressman Dana Rohrabacher on a peace plan.",
        published="1996-08-20")
    assert not any(code == "040" for _, code, _ in triples("The Greek foreign minister briefed reporters on the talks."))
