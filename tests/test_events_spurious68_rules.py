"""spurious68: wrong triples on unseen text (docs/evaluation/events-spurious68.md).
Every sentence is our own, written in the style of 1987 and 1996-98 wire copy and 2019 Wikinews.

- A condemnation of an attack whose doer the sentence does not name aims at no one: the victim
  or place in the attack's own phrase ("the bombing of the Israeli embassy") is not its target.
  A named doer ("Israel's attack", "the Saudi airstrikes", "the attack by rebels") stays.
- A court reversing or upholding another court's ruling names no party held liable (116 only
  against a party, annr67b); reversing an agency's decision still rules against the agency.
- A "will"-act in the clause of a verb of belief ("believes Y will ...") is a forecast, not Y's
  announced intention.
"""
from __future__ import annotations

from events_variety import coded_triples


# --- condemned attacks: the victim is no target ----------------------------------------------------

def test_a_condemned_attack_without_its_doer_aims_at_no_victim():
    for text, date in [
        ("Iran on Sunday denounced the bombing of the Israeli embassy in Buenos Aires.", "1998-08-09"),
        ("The European Union strongly condemned the killing of two British aid workers in Chechnya.", "1996-08-30"),
        ("Egypt deplored the attacks on the American embassies and offered condolences to the families.", "1998-08-10"),
        ("The Security Council on Thursday condemned the bomb attacks on the U.S. embassies in Nairobi.", "1998-08-12"),
        ("The Pope deplored the massacre of Hutu refugees in eastern Zaire.", "1996-08-30"),
    ]:
        got = coded_triples(text, date)
        assert not any(t[1].startswith("11") for t in got), (text, got)


def test_a_condemned_attack_with_its_doer_aims_at_the_doer():
    assert ("EGY", "111", "ISR") in coded_triples("Egypt condemned Israel's attack on southern Lebanon.", "1996-08-30")
    assert ("SYR", "111", "ISR") in coded_triples("Syria condemned the Israeli raid on Lebanon.", "1996-08-30")
    assert ("IGOUNO", "111", "SAU") in coded_triples("The United Nations condemned the Saudi airstrikes on Yemen.",
                                                     "2019-04-22")
    assert ("CHN", "111", "USA") in coded_triples(
        "China criticised the American missile strikes on Afghanistan and Sudan.", "1998-08-12")
    assert ("IRQ", "111", "IRN") in coded_triples("Iraq condemned Iran for the shelling of Kurdish villages.",
                                                  "1996-08-30")
    assert ("JOR", "111", "PSEREB") in coded_triples("Jordan denounced the Hamas bombing in Jerusalem.", "1996-08-30")


# --- appeals decided between courts -------------------------------------------------------------

def test_a_court_reversing_another_courts_ruling_holds_no_one_liable():
    for text, date in [
        ("The Supreme Court reversed a lower court decision that had struck down the Indiana law.", "1987-04-21"),
        ("A federal appeals court overturned a district court ruling that had blocked the merger.", "1987-05-02"),
    ]:
        got = coded_triples(text, date)
        assert not any(t[1] == "116" for t in got), (text, got)


def test_a_court_ruling_against_a_party_stays():
    assert ("USAJUD", "116", "USAGOV") in coded_triples(
        "A federal judge ruled that the Environmental Protection Agency had violated the law.", "1987-05-02")


# --- a believed future is a forecast --------------------------------------------------------------

def test_a_future_under_a_verb_of_belief_is_no_intention():
    for text, date in [
        ("Baker said he believes Mexico will reach an agreement with its creditor banks.", "1987-03-10"),
        ("The minister said he thinks the Bundesbank will cut interest rates before the summit.", "1987-03-10"),
        ("Volcker said he expects Brazil will resume interest payments to its creditors soon.", "1987-03-10"),
    ]:
        got = coded_triples(text, date)
        assert not got, (text, got)


def test_an_announced_future_act_stays_an_intention():
    assert ("RUSGOV", "036", "USAGOV") in coded_triples("Yeltsin said he will meet Clinton in Helsinki next month.",
                                                        "1996-08-30")
    assert ("BRA", "0311", "---BUS") in coded_triples(
        "Brazil said it will resume interest payments to its creditor banks next month.", "1987-03-10")
    assert ("ISR", "0356", "PSE") in coded_triples("Israel said it would withdraw its troops from Hebron by March.",
                                                   "1996-08-30")


# --- an accord named after a city ----------------------------------------------------------------

def test_the_city_in_an_accords_name_is_no_party():
    for text, date in [
        ("Miyazawa told parliament the six nations -- Britain, Canada, France, Japan, the U.S. and West Germany "
         "-- are abiding by the Paris accord.", "1987-04-08"),
        ("Iran said it would no longer comply with the Vienna agreement.", "2019-09-12"),
    ]:
        got = coded_triples(text, date)
        assert not any(t[2] in ("FRA", "AUT") for t in got), (text, got)


def test_a_named_party_of_an_accord_or_a_request_stays():
    assert ("PSEGOV", "112", "ISR") in coded_triples("Arafat accused Israel of violating the Oslo accords.", "1996-08-30")
    assert ("SYR", "080", "LBN") in coded_triples("Syria complied with Lebanon's request to withdraw troops from Beirut.",
                                                  "1996-08-30")


# --- "it" in what plural speakers say -------------------------------------------------------------

def test_it_in_what_plural_speakers_say_is_not_them():
    for text, date in [
        ("A powerful cyclone hit the coast on Saturday. Officials said it killed eleven people and injured at "
         "least 40 more.", "2019-06-01"),
        ("A car bomb exploded in the market on Monday. Police said it wounded twenty people.", "1996-08-30"),
        ("The tornado touched down near the town. Authorities said it injured 30 residents.", "2019-06-01"),
    ]:
        got = coded_triples(text, date)
        assert not any(t[1][:2] == "18" for t in got), (text, got)


def test_a_named_doer_in_what_plural_speakers_say_stays():
    assert ("---MIL", "1823", "---CVL") in coded_triples("Officials said the army killed eleven villagers on Monday.",
                                                         "1996-08-30")
    assert ("NGAREB", "181", "NGACVL") in coded_triples("Police said Boko Haram kidnapped twenty girls from the school.",
                                                        "2019-06-01")
