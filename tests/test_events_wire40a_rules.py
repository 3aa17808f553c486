"""wire40a: 1996 Reuters world copy of Asia, the Americas and the former USSR as short stories
(docs/evaluation/events-wire40a.md). Every sentence is our own, written in Reuters style; a
story is a dateline paragraph, then one sentence a paragraph.
"""
from __future__ import annotations

from events_variety import coded_triples


def _story(*paras: str) -> str:
    return "\n\n".join(paras)


def _codes(triples):
    return {code for _, code, _ in triples}


# --- a denial answers an accuser of the same government (events/coop.py::_rival_accuser) --------

def test_a_denial_answers_a_rival_of_the_same_government():
    got = coded_triples(_story("PHNOM PENH 1996-11-10", "Hun Sen accused Ranariddh of plotting a coup.",
                               "Ranariddh denied the charge."), "1996-11-10")
    assert ("KHMGOV", "016", "KHMGOV") in got, got
    got = coded_triples(_story("PHNOM PENH 1996-11-10", "Hun Sen accused Ranariddh of plotting a coup.",
                               "Ranariddh denied it."), "1996-11-10")
    assert ("KHMGOV", "016", "KHMGOV") in got, got


def test_the_accuser_denying_is_no_answer_to_himself():
    got = coded_triples(_story("PHNOM PENH 1996-11-10", "Hun Sen accused Ranariddh of plotting a coup.",
                               "Hun Sen denied the charge."), "1996-11-10")
    assert ("KHMGOV", "016", "KHMGOV") not in got, got


# --- dismissing a government is a change of staff (events/dismissals.py) -------------------------

def test_a_government_dismissed_is_no_rejection():
    got = coded_triples("Pakistani President Farooq Leghari dismissed Prime Minister Benazir Bhutto's "
                        "government on Tuesday.", "1996-11-05")
    assert "120" not in _codes(got), got
    got = coded_triples("Yeltsin sacked the cabinet on Friday.", "1996-10-18")
    assert "120" not in _codes(got), got
    # the accusation that goes with it is still coded
    got = coded_triples("Leghari dismissed Bhutto's government, accusing it of corruption.", "1996-11-05")
    assert any(code.startswith("112") for code in _codes(got)), got


def test_an_offer_dismissed_stays_a_rejection():
    got = coded_triples("The rebels dismissed the government's offer of talks.", "1996-11-05")
    assert "125" in _codes(got), got


# --- "accusing it" after a clause acting on a governing body (frames._governing_body) -----------

def test_it_is_the_body_the_main_clause_acted_on():
    got = coded_triples("Zapatista rebels suspended peace talks with the Mexican government on Monday, "
                        "accusing it of failing to keep its promises.", "1996-09-03")
    assert ("MEXREB", "112", "MEXGOV") in got, got
    assert ("MEXREB", "164", "MEXGOV") in got, got
    got = coded_triples("The rebels broke off contacts with the military government, accusing it of bad faith.",
                        "1996-09-03")
    assert any(code.startswith("112") for code in _codes(got)), got


def test_it_with_two_bodies_or_none_stays_unread():
    got = coded_triples("The rebels suspended the talks, accusing it of bad faith.", "1996-09-03")
    assert not any(code.startswith("112") for code in _codes(got)), got


# --- sabotage of a pipeline (verbs.txt wire40a, coder._sabotage) ---------------------------------

def test_a_pipeline_blown_up_is_a_bombing_with_no_target():
    got = coded_triples(_story("BOGOTA 1996-09-01",
                               "Leftist FARC rebels attacked a military base in southern Colombia on Friday.",
                               "The National Liberation Army (ELN) blew up an oil pipeline in the northeast."),
                        "1996-09-01")
    assert ("COLREB", "183", None) in got, got
    assert ("COLREB", "183", "COLMIL") not in got and "1831" not in _codes(got), got
    got = coded_triples("ELN guerrillas dynamited the Cano Limon oil pipeline on Sunday, the army said.", "1996-09-01")
    assert "183" in _codes(got), got


def test_a_suicide_bomber_still_blows_himself_up():
    got = coded_triples("A suicide bomber blew himself up in a market.", "1996-09-01")
    assert "1831" in _codes(got), got


# --- a bill rammed through parliament (events/rammed_bills.py) ----------------------------------

def test_a_bill_rammed_through_parliament_is_no_attack():
    for text in ("South Korea's ruling party rammed a controversial labour bill through parliament at dawn on Thursday.",
                 "The ruling party rammed the measure through the National Assembly."):
        got = coded_triples(text, "1996-12-26")
        assert "190" not in _codes(got), (text, got)


def test_a_vessel_rammed_is_still_an_attack():
    got = coded_triples("Japanese coastguard vessels rammed a Chinese fishing boat near the islands.", "1996-09-26")
    assert "190" in _codes(got), got


# --- trips by two coordinated parties are not made to each other (coder.ONE_WAY_INTENTS) --------

def test_activists_of_two_places_landing_do_not_visit_each_other():
    got = coded_triples("About 300 activists from Hong Kong and Taiwan landed on one of the disputed islands "
                        "and planted the flags of China and Taiwan.", "1996-10-07")
    assert "042" not in _codes(got), got


def test_exchanged_visits_and_a_visit_abroad_still_code():
    got = coded_triples("Egypt and Jordan exchanged visits.", "1996-10-07")
    assert ("EGY", "042", "JOR") in got, got
    got = coded_triples("Leaders of Egypt and Jordan visited Washington.", "1996-10-07")
    assert ("EGYGOV", "042", "USA") in got, got


# --- a label the parser hung on the object (frames._misparsed_label) ----------------------------

def test_an_arrest_called_politically_motivated_is_criticism():
    got = coded_triples(_story("ISLAMABAD 1996-11-06",
                               "Pakistani police arrested Asif Ali Zardari on Tuesday.",
                               "Bhutto's Pakistan People's Party called the arrest politically motivated."),
                        "1996-11-06")
    assert ("PAKOPP", "111", "PAKCOP") in got, got
    assert "020" not in _codes(got), got


# --- the Baltic states (orgs.tsv wire40a) -------------------------------------------------------

def test_the_baltic_states_are_not_russia():
    got = coded_triples("Russia warned the Baltic states on Tuesday against seeking to join NATO.", "1996-12-03")
    assert ("RUS", "130", "EEUGOV") in got, got
    assert not any(tgt == "RUSGOV" for _, _, tgt in got), got


# --- a joint outcome reported by one side (coder: stance on a pair with the speaker) ------------

def test_a_joint_failure_is_no_criticism_of_the_partner():
    got = coded_triples("Ukraine and Russia failed to reach agreement on the division of the Black Sea fleet "
                        "during talks in Moscow, Ukrainian officials said.", "1996-11-14")
    assert "111" not in _codes(got), got


# --- "accused of" on a noun names no accuser (events/accused_people.py) -------------------------

def test_people_accused_of_a_plot_are_no_accusation_by_their_captors():
    for text in ("United Nations peacekeepers arrested two men accused of a plot against Preval, a U.N. spokesman said.",
                 "Police arrested two men accused of plotting against Preval."):
        got = coded_triples(text, "1996-12-05")
        assert "173" in _codes(got), (text, got)
        assert not any(code.startswith("112") for code in _codes(got)), (text, got)


def test_a_named_accuser_still_accuses():
    got = coded_triples("Police arrested two men accused by the government of plotting against Preval.", "1996-12-05")
    assert any(code.startswith("112") for code in _codes(got)), got
    got = coded_triples("Indonesia accused the party of masterminding the riots.", "1996-08-20")
    assert ("IDN", "112", "IDNOPP") in got, got


# --- a finite verb does not share "would" (filters._shares_modal) -------------------------------

def test_a_past_tense_conjunct_after_would_is_a_fact():
    got = coded_triples(_story("MOSCOW 1996-10-20", "Alexander Lebed said he would run for president and "
                               "accused Yeltsin's entourage of corruption."), "1996-10-20")
    assert ("RUSOPP", "1121", "RUSGOV") in got, got
    got = coded_triples(_story("MEXICO CITY 1996-10-15", "The Zapatista rebels said they would attend the congress "
                               "and urged the government to implement the accords."), "1996-10-15")
    assert ("MEXREB", "020", "MEXGOV") in got, got


def test_a_bare_infinitive_conjunct_shares_would():
    got = coded_triples(_story("MOSCOW 1996-10-20", "Lebed said he could meet Maskhadov and sign a deal."),
                        "1996-10-20")
    assert "057" not in _codes(got), got
