"""The stmt13 rules (events/statements.py, a one-line hook in events/coder.py), each on sentences
we wrote: a reported verdict carried one step down ("an act of aggression", "a miscalculation that
would damage ..."), and contentment denied ("is not happy with Y's decision") read as dismay (111
toward the doer of the act). Praise, a harm clause that is negated, and contentment that is not
denied stay uncoded.
"""
from __future__ import annotations

from events_variety import coded_triples

from dateline.events import statements
from dateline.nlp import load_nlp


def _events(text: str, date: str = "1988-03-14") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _codes(text: str) -> set[str]:
    return {c for _, c, _ in _events(text)}


# ---------------------------------------------------------------- verdicts one step down (111)

def test_an_act_of_aggression_is_a_verdict_on_the_owner_of_the_act():
    got = _events("Jordan said on Sunday that Syria's shelling of the border posts was an act of aggression.")
    assert ("JOR", "111", "SYR") in got


def test_a_form_of_blackmail_is_a_verdict():
    got = _events("The Greek government spokesman said the Turkish plan was a form of blackmail.")
    assert ("GRCGOV", "111", "TUR") in got


def test_a_neutral_noun_with_a_harm_clause_is_a_verdict():
    got = _events("The Canadian finance minister said Washington's new trade bill was a measure that "
                  "would seriously hurt Canadian exporters.")
    assert any(s == "CANGOV" and c == "111" and t.startswith("USA") for s, c, t in got)


def test_a_neutral_noun_with_a_negated_harm_clause_is_no_verdict():
    got = _events("The Canadian finance minister said Washington's new trade bill was a measure that "
                  "would not hurt Canadian exporters.")
    assert "111" not in {c for _, c, _ in got}


def test_an_act_of_courage_is_no_verdict():
    got = _events("The Egyptian president said Israel's withdrawal from the hills was an act of courage.")
    assert "111" not in {c for _, c, _ in got}


def test_verdict_words_read_the_of_object_only_under_a_container_noun():
    nlp = load_nlp()
    doc = nlp("He said the raid was an act of aggression.")
    act = next(t for t in doc if t.lower_ == "act")
    assert "aggression" in statements.verdict_words(act)
    doc = nlp("He said the man was a victim of aggression.")
    victim = next(t for t in doc if t.lower_ == "victim")
    assert statements.verdict_words(victim) == set()


# ---------------------------------------------------------------- contentment denied (111)

def test_not_happy_with_a_partys_decision_is_dismay_at_the_party():
    got = _events("The Thai foreign minister said on Monday that Bangkok was not happy with Burma's "
                  "decision to close the border crossings.")
    # roles60: the foreign minister tells his country's feeling: THAGOV (events/official_feelings.py,
    # the tune gold's "a State Department spokesperson indicated the United States was disappointed"
    # USAGOV); the test's point is the dismay at the party (111 toward MMR)
    assert any(s in ("THA", "THAGOV") and c == "111" and t == "MMR" for s, c, t in got), got


def test_not_satisfied_with_a_partys_reply_is_dismay_at_the_party():
    got = _events("Officials said Washington was not satisfied with Tokyo's reply to the complaint.")
    assert any(c == "111" and t.startswith("JPN") for _, c, t in got)


def test_being_happy_with_a_partys_decision_is_no_criticism():
    got = _events("The Thai foreign minister said on Monday that Bangkok was happy with Burma's "
                  "decision to open the border crossings.")
    assert "111" not in {c for _, c, _ in got}


def test_not_happy_with_the_weather_names_no_doer():
    assert "111" not in _codes("The farmers' union said its members were not happy with the weather this spring.")


# ---------------------------------------------------------------- allegations disputed (016)

def test_disputing_a_partys_allegations_is_a_denial_toward_the_accuser():
    got = _events("The Pakistani army disputed India's claims that its troops had crossed the border.")
    assert ("PAKMIL", "016", "IND") in got
    assert "110" not in {c for _, c, _ in got}


def test_disputing_results_is_no_denial():
    assert "016" not in _codes("The opposition leader disputed the results of the municipal election.")


# ---------------------------------------------------------------- a veto promised (130 at the legislature)

def test_a_promised_veto_of_a_bill_threatens_the_legislature():
    got = _events("President Reagan said he would veto any bill that raised income taxes.", "1987-03-04")
    assert ("USAGOV", "130", "USALEG") in got


def test_a_promised_veto_of_a_named_partys_plan_keeps_that_target():
    got = _events("The American envoy said Washington would veto any Security Council resolution drafted by Libya.",
                  "1987-03-04")
    assert not any(t and t.endswith("LEG") for _, c, t in got if c == "130")
