"""frame68b: acts the verb dictionary did not take, from the new TimeBank/AQUAINT, CoNLL and
Wikinews tuning files (docs/evaluation/events-frame68b.md).

- a regulator clearing a firm's takeover: 061 to the buyer (annt67a's convention), the buyer the
  possessor of the deal noun or the passive subject of "was cleared ... to acquire";
- "became (full) members of NATO": tried as joining and dropped (see the doc); membership of a board,
  in the background or negated is no joining;
- rescuing named people: 073; "trashed the administration": 111;
- ordering or conducting checks, inspections or an audit of a party: 090."""
from __future__ import annotations

from events_variety import coded_triples

WIRE = "1989-06-15"
NEWS = "2019-06-15"


# ---------------------------------------------------------------- regulatory clearance (061)

def test_regulator_clears_a_firms_takeover() -> None:
    got = coded_triples("The Federal Deposit Insurance Corp. cleared Citizens Savings Bank's acquisition of two "
                        "failed thrifts in Texas.", WIRE)
    assert ("USAGOV", "061", "USABUS") in got


def test_authorities_clear_a_purchase() -> None:
    got = coded_triples("British authorities have cleared Hanson Plc's purchase of a U.S. chemicals maker, "
                        "the company said.", WIRE)
    assert ("GBRGOV", "061", "GBRBUS") in got


def test_firm_cleared_by_a_regulator_to_acquire() -> None:
    got = coded_triples("Chase Manhattan Corp. was cleared by the Federal Reserve to acquire a Florida savings bank.",
                        WIRE)
    assert ("USAGOV", "061", "USABUS") in got


def test_commission_clears_a_takeover() -> None:
    got = coded_triples("The European Commission cleared Volvo's takeover of a Dutch truck maker on Monday.", WIRE)
    assert any(s.startswith("IGO") and c == "061" and t == "SWEBUS" for s, c, t in got)


def test_shareholders_approving_their_merger_is_no_clearance() -> None:
    got = coded_triples("Shareholders of Norstar Bancorp approved the merger with Fleet on Tuesday.", WIRE)
    assert not any(c == "061" for _, c, _ in got)


def test_clearing_a_square_or_a_defendant_is_no_clearance() -> None:
    assert not any(c == "061" for _, c, _ in coded_triples("Police cleared the square of protesters before dawn.", WIRE))
    assert not any(c == "061" for _, c, _ in coded_triples("The jury cleared the former mayor of all charges.", WIRE))


def test_negated_or_hoped_clearance_is_not_coded() -> None:
    assert not any(c == "061" for _, c, _ in coded_triples(
        "Regulators have not cleared Fleet Financial Group's takeover of Norstar Bancorp.", WIRE))
    assert not any(c == "061" for _, c, _ in coded_triples(
        "Fleet hopes regulators will clear its takeover of Norstar by June.", WIRE))


# ---------------------------------------------------------------- becoming a member: not coded
# (frame68b coded "became members of NATO" 057; the integrator dropped it, three wrong holdout
# triples and no right one; these negatives held before and hold now)

def test_board_member_is_no_joining() -> None:
    got = coded_triples("She became a board member of Citibank last year.", WIRE)
    assert not any(c == "057" for _, c, _ in got)


def test_member_of_a_board_is_no_joining() -> None:
    got = coded_triples("He became a member of the board of Norstar Bancorp last year.", WIRE)
    assert not any(c == "057" for _, c, _ in got)


def test_membership_told_as_background_is_not_coded() -> None:
    got = coded_triples("They argued they should not pay for surpluses created before they became EU members.", WIRE)
    assert not any(c == "057" for _, c, _ in got)


def test_membership_in_a_relative_clause_is_background() -> None:
    got = coded_triples("Spain, which became a member of the EC last year, opposed the plan.", "1987-03-12")
    assert not any(c == "057" for _, c, _ in got)


def test_negated_membership_is_not_coded() -> None:
    got = coded_triples("Hungary did not become a member of NATO in 1997.", "1997-12-15")
    assert not any(c == "057" for _, c, _ in got)


# ---------------------------------------------------------------- rescue (073), trash (111)

def test_coast_guard_rescues_fishermen() -> None:
    got = coded_triples("Colombia's navy on Friday rescued 30 fishermen stranded on a reef off the Caribbean coast, "
                        "officials said.", "1996-08-30")
    assert ("COLMIL", "073", "COLCVL") in got


def test_troops_rescue_villagers() -> None:
    got = coded_triples("Turkish troops rescued dozens of Kurdish villagers trapped by snow in the mountains, "
                        "the army said.", "1996-08-30")
    assert ("TURMIL", "073", "TURCVL") in got


def test_rescue_with_no_rescuer_or_a_dog_is_not_coded() -> None:
    assert not any(c == "073" for _, c, _ in coded_triples("The survivors were rescued from the rubble on Sunday.", NEWS))
    assert not any(c == "073" for _, c, _ in coded_triples("Firefighters rescued a dog from the burning house.", NEWS))


def test_senator_trashes_the_administration() -> None:
    got = coded_triples("Senator Dole trashed the Clinton administration on Sunday for its handling of the budget talks.",
                        "1995-08-30")
    assert ("USALEG", "111", "USAGOV") in got


def test_trashed_shops_are_no_criticism() -> None:
    assert not any(c == "111" for _, c, _ in coded_triples("Rioters trashed shops in the city centre overnight.", NEWS))


# ---------------------------------------------------------------- checks and audits (090)

def test_government_orders_an_audit_of_a_firm() -> None:
    got = coded_triples("Romania's government ordered an audit of the state oil company Petrom.", NEWS)
    assert ("ROMGOV", "090", "ROMBUS") in got


def test_ministry_orders_inspections() -> None:
    got = coded_triples("The Chinese health ministry ordered inspections of private hospitals after the deaths.", NEWS)
    assert ("CHNGOV", "090", "CHNHLH") in got


def test_checks_on_cars_name_no_party() -> None:
    got = coded_triples("Police conducted checks on cars at the border.", NEWS)
    assert not any(c.startswith("09") for _, c, _ in got)
