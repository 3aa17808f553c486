"""left43a: failures earlier rounds saw and left (domestic41, context41, codes42), repaired in
round 43 (docs/evaluation/events-left43a.md). Every story is our own, a dateline paragraph
first, one sentence a paragraph."""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- "X said the charge was untrue": a denial told as speech (spoken_denials)

def test_said_the_allegations_were_baseless_denies_the_accuser():
    got = _story("BAGHDAD 1996-09-03", "The United States accused Iraq of massing troops near the Kurdish zone.",
                 "Iraq said the allegations were baseless.")
    assert ("IRQ", "016", "USA") in got
    assert not any(code == "111" for _, code, _ in got)


def test_said_the_reports_were_not_true():
    got = _story("ISLAMABAD 1996-05-12", "India accused Pakistan of arming the Kashmiri militants.",
                 "Pakistan said the reports were not true.")
    assert ("PAK", "016", "IND") in got


def test_told_reporters_the_accusation_was_groundless():
    got = _story("ATHENS 1996-10-21", "Turkey accused Greece of harbouring Kurdish guerrillas.",
                 "Greece told reporters the accusation was groundless.")
    assert ("GRC", "016", "TUR") in got


def test_a_possessed_charge_names_the_accuser():
    assert ("IRN", "016", "USA") in _story("TEHRAN 1996-06-30", "Iran said Washington's charges were a lie.")


def test_a_charge_said_true_or_not_false_is_no_denial():
    for second in ("Pakistan said the reports were true.", "Pakistan said the reports were not false.",
                   "Pakistan did not say the reports were false.", "Pakistan said the report was published on Monday."):
        got = _story("ISLAMABAD 1996-05-12", "India accused Pakistan of arming the Kashmiri militants.", second)
        assert not any(code == "016" for _, code, _ in got), second


# --- rebels and a state agreeing to pull back: toward each other (mutual_pullbacks)

def test_commanders_and_rebels_agreed_to_withdraw_from_grozny():
    got = _story("GROZNY 1996-08-22", "Russian commanders and Chechen rebels agreed to withdraw their forces from Grozny.")
    assert {("RUSMIL", "0356", "RUSREB"), ("RUSREB", "0356", "RUSMIL")} <= got


def test_government_and_rebels_agreed_to_withdraw_their_troops():
    got = _story("KHARTOUM 1997-04-02", "The Sudanese government and southern rebels agreed to withdraw their troops "
                 "from the town of Kapoeta.")
    assert {("SDNGOV", "0356", "SDNREB"), ("SDNREB", "0356", "SDNGOV")} <= got


def test_army_and_rebels_agreed_to_disarm():
    got = _story("COLOMBO 1996-07-15", "The Sri Lankan army and Tamil rebels agreed to disarm.")
    assert {("LKAMIL", "0356", "LKAREB"), ("LKAREB", "0356", "LKAMIL")} <= got


def test_two_allies_withdrawing_from_a_third_state_stay_one_way():
    got = _story("WASHINGTON 1996-09-10", "The United States and Britain agreed to withdraw their forces from Saudi Arabia.")
    assert ("USA", "0356", "GBR") not in got and ("GBR", "0356", "USA") not in got


def test_a_refused_or_hypothetical_pullback_is_no_mutual_intent():
    for s in ("Russian commanders and Chechen rebels refused to withdraw their forces from Grozny.",
              "Russian commanders and Chechen rebels may agree to withdraw their forces from Grozny."):
        got = _story("GROZNY 1996-08-22", s)
        assert not any(code == "0356" for _, code, _ in got), s


# --- "gave the rebels 48 hours to leave": an ultimatum (frames._granted_time)

def test_gave_rebels_hours_to_leave_or_face_an_assault():
    got = _story("GROZNY 1996-08-20", "Russian commander Konstantin Pulikovsky gave Chechen rebels 48 hours to leave "
                 "Grozny or face a massive assault.")
    assert ("RUSMIL", "139", "RUSREB") in got


def test_gave_rebels_days_to_surrender():
    assert ("IRQ", "139", "IRQREB") in _story("BAGHDAD 1996-09-05",
                                              "Iraq gave the Kurdish rebels two days to surrender or face attack.")


def test_gave_rebels_hours_to_lay_down_arms():
    assert ("LKAMIL", "139", "LKAREB") in _story("COLOMBO 1996-07-15",
                                                 "The Sri Lankan army gave Tamil rebels 24 hours to lay down their arms.")


def test_no_ultimatum_when_negated_or_a_holiday():
    for s in ("The Sri Lankan army did not give Tamil rebels 24 hours to lay down their arms.",
              "The government gave the miners a week off for the holiday."):
        got = _story("COLOMBO 1996-07-15", s)
        assert not any(code == "139" for _, code, _ in got), s
