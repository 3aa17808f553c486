"""pruned61: events the coder made and a later step threw away (docs/evaluation/events-pruned61.md).
Every sentence is our own, written in the style of 1987 and 1996 wire copy and Wikinews.

- `filters.commerce` (audit10) drops a firm's dealings with firms, persons or the press. Declining
  comment (011), admitting (015) and denying (016) are speech acts the standard codes whoever makes
  them: a firm that declines to comment on a press report is coded toward the medium. Praise,
  talks and price moves between firms stay dropped.
- A force act whose object names no actor ("bombed targets in northern Iraq") fell back on the
  place, which `filters.place_as_victim` then pruned because the clause names the side attacked
  ("in pursuit of PKK guerrillas"). The side pursued is now the target (events/pursued_sides.py).
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


# --- declining comment, admitting and denying are coded for firms too -----------------------------

def test_a_firm_declining_comment_is_coded_toward_its_asker_only():
    # spurious73: a report the comment is on is no addressee (annotators since annr67d); an asker is
    got = coded_triples(wire_story(
        "HOUSTON", "1987-04-14", "Exxon Corp officials declined to comment on the newspaper report."), "1987-04-14")
    assert not any(c == "011" and t for s, c, t in got), got
    got = coded_triples(wire_story(
        "FRANKFURT", "1996-08-30", "Asked by reporters about the reports, Commerzbank declined to comment on Friday."),
        "1996-08-30")
    assert ("DEUBUS", "011", "---MED") in got, got


def test_a_firm_that_will_neither_confirm_nor_deny_withholds_comment():
    got = coded_triples(wire_story(
        "TOKYO", "1996-08-30",
        "A spokesman for Toyota Motor Corp said the company could neither confirm nor deny the press reports."),
        "1996-08-30")
    assert ("JPNBUS", "011", "---MED") in got


def test_a_firm_denying_a_report_is_a_denial():
    got = coded_triples(wire_story(
        "NEW YORK", "1987-04-14",
        "Mobil Corp denied a newspaper report that it had held merger talks with Texaco."), "1987-04-14")
    assert any(s == "USABUS" and c == "016" and (t or "").endswith("MED") for s, c, t in got), got


def test_dealings_between_firms_stay_uncoded():
    assert not {t for t in coded_triples(wire_story(
        "DETROIT", "1987-04-14", "Ford Motor Co praised the offer made by American Motors Corp."), "1987-04-14")
        if t[2]}
    assert not {t for t in coded_triples(wire_story(
        "LONDON", "1996-08-30", "British Airways said it had cut fares on flights to New York to match Virgin Atlantic."),
        "1996-08-30") if t[2]}


def test_a_firm_confirming_a_report_declines_nothing():
    got = coded_triples(wire_story(
        "NEW YORK", "1987-04-14", "General Electric Co said the report was accurate."), "1987-04-14")
    assert not any(c == "011" for _, c, _ in got)


# --- the side pursued is the target of a force act, not the place it happened -----------------------

def test_the_side_pursued_is_the_target():
    assert ("TURMIL", "190", "TURREB") in coded_triples(wire_story(
        "ANKARA", "1996-08-30",
        "Turkish troops attacked positions in northern Iraq in pursuit of PKK rebels, the army said."), "1996-08-30")
    assert ("RUSMIL", "195", "RUSREB") in coded_triples(wire_story(
        "MOSCOW", "2004-03-10",
        "Russian aircraft bombed targets in Georgia in pursuit of Chechen rebels, Georgian officials said."),
        "2004-03-10")
    got = coded_triples(wire_story(
        "NICOSIA", "1987-04-14", "Iranian jets struck targets in northern Iraq on Tuesday in pursuit of KDPI guerrillas."),
        "1987-04-14")
    assert any(s.startswith("IRN") and c[:2] == "19" and t == "IRNREB" for s, c, t in got if t), got
    assert not any(t == "IRQ" for _, _, t in got)


def test_with_nothing_pursued_the_country_attacked_stays_the_target():
    assert ("ETHMIL", "195", "SDN") in coded_triples(wire_story(
        "KHARTOUM", "1996-08-30", "Ethiopian jets bombed several targets in Sudan on Monday, Sudanese radio said."),
        "1996-08-30")


def test_a_pursuit_of_no_actor_names_no_target():
    got = coded_triples(wire_story(
        "BEIRUT", "1996-08-30", "Israeli jets bombed targets in southern Lebanon in search of a missing airman."),
        "1996-08-30")
    assert not any(t and t.endswith(("CVL", "REB", "MIL")) for _, _, t in got), got
    got = coded_triples(wire_story(
        "BAGHDAD", "1987-04-14", "Iranian forces shelled their positions in southern Iraq on Monday, the agency said."),
        "1987-04-14")
    assert not any(t == "IRQ" for _, _, t in got)


# --- a movement seen under way is reported, a hedged bare infinitive is not ---------------------------

def test_forces_seen_withdrawing_are_coded():
    got = coded_triples(wire_story(
        "N'DJAMENA", "1987-04-14",
        "Libyan forces appear to be withdrawing from their last stronghold in northern Chad, Western diplomats said."),
        "1987-04-14")
    assert any(s == "LBYMIL" and c[:2] == "08" and t == "TCD" for s, c, t in got), got
    got = coded_triples(wire_story(
        "TBILISI", "2004-03-10",
        "Russian troops seemed to be pulling out of the Georgian town of Gori on Wednesday, witnesses said."),
        "2004-03-10")
    assert any(s == "RUSMIL" and c[:2] == "08" and t == "GEO" for s, c, t in got), got


def test_a_hedged_act_in_the_bare_infinitive_stays_uncoded():
    got = coded_triples(wire_story(
        "KABUL", "2004-03-10", "The rebels seemed to attack the Afghan army convoy by mistake, officials said."),
        "2004-03-10")
    assert not any(t for _, _, t in got), got
    got = coded_triples(wire_story(
        "ANKARA", "1996-08-30", "Turkish troops appeared to withdraw from northern Iraq on Friday, officials said."),
        "1996-08-30")
    assert not any(t == "IRQ" for _, _, t in got), got
