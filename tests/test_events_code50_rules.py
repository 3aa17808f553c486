"""code50: codes (docs/evaluation/events-code50.md). Every sentence is our own.

- The eval's code-confusion table (`event_losses.code_breakdown` / `code_rows`): for wrong
  triples with the right actors, predicted -> gold root, or the code pair when the root is the same.
- A meeting in the wire's present tense on a named weekday ("hold talks on Saturday") is announced,
  not held: 036, as "will meet" is; a past meeting on a weekday stays 04x.
- Talks or a conversation held by phone ("held phone talks with X", "held a telephone conversation
  with X") are a phone call (041), not a meeting (040).
- "termed / called X a <label>" where the small model makes the label a second object (or the
  object of a noun it tags a verb) still labels X: criticism (111), praise words excepted.
- "rejected X's deal" is the rejection of an agreement (127, as "rejected X's agreement / plan"),
  a trade deal the rejection of economic cooperation (1211): the seed's "121 reject +cooperation|trade|deal"
  line came first and shadowed both.
"""
from __future__ import annotations

from events_variety import coded_triples

from dateline.eval.event_losses import code_breakdown, code_rows


# --- the code-confusion table --------------------------------------------------------------------

def test_code_breakdown_counts_same_root_as_a_code_pair_and_other_roots_as_roots():
    pairs = [({("USA", "111", "IRN")}, {("USA", "112", "IRN")}),           # same root: code pair
             ({("FRAGOV", "040", "DEUGOV")}, {("FRAGOV", "036", "DEUGOV")}),  # other root: roots
             ({("RUS", "111", "UKR")}, {("RUS", "112", "UKR")})]
    assert code_breakdown(pairs) == {"111 -> 112": 2, "04 -> 03": 1}


def test_code_breakdown_skips_hits_other_actors_and_sentences_with_no_gold():
    pairs = [({("USA", "111", "IRN")}, {("USA", "111", "IRN")}),            # a hit
             ({("USA", "111", "IRQ")}, {("USA", "112", "IRN")}),            # other target
             ({("USA", "111", "IRN")}, set()),                              # no gold
             ({("CHN", "173", "CHNCVL")}, {("CHNCOP", "173", "CHNCVL")})]  # other role
    assert code_breakdown(pairs) == {}


def test_code_breakdown_compares_with_the_gold_code_of_the_same_root_when_there_is_one():
    pairs = [({("TUR", "1123", "GRC")}, {("TUR", "190", "GRC"), ("TUR", "112", "GRC")})]
    assert code_breakdown(pairs) == {"1123 -> 112": 1}


def test_code_rows_keep_the_largest_rows_and_fold_the_rest_into_other():
    a = {"111 -> 112": 3, "04 -> 03": 1, "12 -> 11": 1}
    b = {"04 -> 03": 4, "020 -> 0211": 1}
    rows, (fa, fb) = code_rows([a, b], top=2)
    assert rows == ("04 -> 03", "111 -> 112", "other")
    assert fa == {"04 -> 03": 1, "111 -> 112": 3, "other": 1}
    assert fb == {"04 -> 03": 4, "111 -> 112": 0, "other": 1}


# --- a present-tense meeting on a later weekday is announced (036) ---------------------------------

def test_a_present_tense_meeting_on_a_weekday_is_an_intention():
    cases = (("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping hold talks on Saturday in Osaka.",
              "2019-06-14", ("INDGOV", "036", "CHNGOV")),
             ("Israeli Prime Minister Benjamin Netanyahu meets Jordan's King Hussein on Thursday in Amman.",
              "1996-08-30", ("ISRGOV", "036", "JORGOV")),
             ("French Prime Minister Jacques Chirac meets West German Chancellor Helmut Kohl on Friday in Bonn.",
              "1987-05-12", ("FRAGOV", "036", "DEUGOV")))
    for text, day, triple in cases:
        got = coded_triples(text, day)
        assert triple in got, (text, got)
        assert not any(code[:2] == "04" for _, code, _ in got), (text, got)


def test_a_past_meeting_on_a_weekday_stays_a_meeting():
    got = coded_triples("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks on "
                        "Saturday in Osaka.", "2019-06-14")
    assert any(code[:2] == "04" for _, code, _ in got), got
    assert not any(code == "036" for _, code, _ in got), got


def test_a_present_tense_act_on_a_weekday_that_is_no_meeting_keeps_its_code():
    got = coded_triples("Turkish police arrest 40 Kurdish activists on Friday in Istanbul.", "1996-08-30")
    assert not any(code[:2] == "03" for _, code, _ in got), got


# --- talks by phone are a phone call (041) ----------------------------------------------------------

def test_talks_held_by_phone_are_a_phone_call():
    cases = (("Russian President Vladimir Putin held a telephone conversation with Israeli Prime Minister "
              "Benjamin Netanyahu on Monday.", "2019-03-04", ("RUSGOV", "041", "ISRGOV")),
             ("Russian President Boris Yeltsin held telephone talks with German Chancellor Helmut Kohl on Friday.",
              "1996-08-30", ("RUSGOV", "041", "DEUGOV")),
             ("German Chancellor Helmut Kohl had phone talks with Russian President Boris Yeltsin about Chechnya.",
              "1996-08-30", ("DEUGOV", "041", "RUSGOV")))
    for text, day, triple in cases:
        got = coded_triples(text, day)
        assert triple in got, (text, got)
        assert not any(code == "040" for _, code, _ in got), (text, got)


def test_talks_in_person_or_about_telephones_stay_a_meeting():
    got = coded_triples("Russian President Vladimir Putin held talks with Israeli Prime Minister Benjamin Netanyahu "
                        "in Moscow on Monday.", "2019-03-04")
    assert ("RUSGOV", "040", "ISRGOV") in got, got
    got = coded_triples("Japan held talks with the United States on telephone tariffs.", "1987-05-12")
    assert ("JPN", "040", "USA") in got, got


# --- a label the small model reads as a second object ----------------------------------------------

def test_a_label_read_as_a_second_object_is_criticism():
    cases = (("Turkey termed the Greek move a provocation.", "1996-08-30", ("TUR", "111", "GRC")),
             ("Turkey called the Greek move a provocation.", "1996-08-30", ("TUR", "111", "GRC")),
             ("Iran branded the American sanctions an act of economic terrorism.", "2019-03-04", ("IRN", "111", "USA")))
    for text, day, triple in cases:
        got = coded_triples(text, day)
        assert triple in got, (text, got)


def test_a_praising_label_is_no_criticism():
    for text, day in (("Israel called the Palestinian leader a partner for peace.", "1996-08-30"),
                      ("Trump called the meeting a success.", "2019-06-14")):
        got = coded_triples(text, day)
        assert not any(code == "111" for _, code, _ in got), (text, got)


# --- a deal rejected --------------------------------------------------------------------------------

def test_a_rejected_deal_is_an_agreement_rejected():
    cases = (("The British Parliament rejected Prime Minister Theresa May's Brexit deal on Tuesday.", "2019-03-04",
              ("GBRLEG", "127", "GBRGOV")),
             ("Chechen rebel leaders rejected the Kremlin's deal.", "1996-08-30", ("RUSREB", "127", "RUSGOV")))
    for text, day, triple in cases:
        got = coded_triples(text, day)
        assert triple in got, (text, got)
        assert not any(code == "121" for _, code, _ in got), (text, got)


def test_a_rejected_trade_deal_is_economic_and_cooperation_stays_121():
    assert ("BRA", "1211", "USA") in coded_triples("Brazil rejected the American trade deal.", "1987-05-12")
    assert ("GRC", "121", "TUR") in coded_triples("Greece rejected Turkey's cooperation.", "1996-08-30")
