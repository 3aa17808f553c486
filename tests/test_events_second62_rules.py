"""second62: a second act in a sentence that already codes one (docs/evaluation/events-second62.md).
Every sentence is our own, in 1987 / 1996 wire and 2010s Wikinews style.

- "said A and that B": the second "that"-clause, hung by the parser as a conjunct of the first,
  is read by the speech verb's complement readers (demands, threats, verdicts, appeals).
- A trailing "battling riot police" after a past act is part of the news, not a standing war.
- A crowd that rallied "to appeal to / to urge Y" made the appeal (a second act beside the
  protest); a planned or possible rally appeals to no one.
- "questioned whether Y should resign / could be trusted" criticises Y (111), in a main or a
  relative clause.
"""
from __future__ import annotations

from events_variety import coded_triples


# --- "and that": the second reported clause ------------------------------------------------------

def test_a_second_that_clause_demand_is_coded():
    got = coded_triples("The Ukrainian foreign minister said Kiev was ready for dialogue and that Russia must "
                        "withdraw its troops from Crimea.", "2014-04-02")
    assert ("UKRGOV", "1056", "RUS") in got, got


def test_a_second_that_clause_threat_is_coded():
    got = coded_triples("The United States said it backed the monitors and that Russia would face consequences.",
                        "2014-04-02")
    assert ("USA", "130", "RUS") in got, got


def test_a_second_that_clause_without_a_party_codes_nothing():
    for text in ("The minister said the economy was growing and that the budget would be balanced next year.",
                 "The group said the march was peaceful and that the police had behaved well."):
        got = coded_triples(text, "2016-01-10")
        assert not got, (text, got)


def test_a_hoped_second_clause_is_no_act():
    got = coded_triples("Peres said he hoped talks would resume and that the Palestinians might one day have "
                        "their own state.", "1996-08-22")
    assert not any(code[:2] in ("02", "10", "11", "13") for _, code, _ in got), got


# --- trailing participle of street fighting ------------------------------------------------------

def test_a_trailing_battling_participle_is_a_riot():
    for text, src in (("Thousands of students marched through central Seoul on Tuesday, battling riot police "
                       "with rocks and petrol bombs.", "KOREDU"),
                      ("Thousands of demonstrators took to the streets of Pusan, battling riot police and demanding "
                       "the resignation of President Chun Doo Hwan.", "KOROPP")):
        got = coded_triples(text, "1987-06-10")
        assert (src, "145", "KORCOP") in got, (text, got)


def test_a_standing_fight_before_the_verb_stays_background():
    for text in ("Turkey, fighting Kurdish rebels since 1984, said it would keep troops in northern Iraq.",
                 "The former boxer retired in 2008, battling cancer for years."):
        got = coded_triples(text, "1996-08-22")
        assert not any(code[:2] in ("14", "19") for _, code, _ in got), (text, got)


# --- a rally's appeal ----------------------------------------------------------------------------

def test_a_rally_to_appeal_codes_the_appeal_too():
    got = coded_triples("Hundreds of Bahraini opposition supporters rallied outside the U.S. embassy in Manama to "
                        "appeal to Washington for help.", "2011-03-02")
    assert ("BHROPP", "023", "USA") in got and ("BHROPP", "141", "BHRGOV") in got, got
    got = coded_triples("Thousands of Filipino farmers marched on the presidential palace in Manila to urge "
                        "President Corazon Aquino to speed up land reform.", "1987-06-10")
    assert ("PHLAGR", "0242", "PHLGOV") in got, got  # spurious70: land reform asked is a policy change (0242)


def test_a_planned_or_possible_rally_appeals_to_no_one():
    for text in ("Opposition leaders plan to rally in Dhaka on Friday to urge the government to resign.",
                 "Thousands of protesters may rally outside the embassy on Friday to appeal to Washington for help."):
        got = coded_triples(text, "2015-03-02")
        assert not any(code[:2] == "02" for _, code, _ in got), (text, got)


def test_a_trip_to_urge_stays_a_plan():
    got = coded_triples("The Iraqi foreign minister flew to New York to urge the Security Council to lift sanctions.",
                        "1996-08-22")
    assert not any(code[:2] == "02" for _, code, _ in got), got


# --- questioned whether --------------------------------------------------------------------------

def test_questioning_whether_a_party_should_resign_is_criticism():
    for text, day in (("Senator John McCain questioned whether President Trump could be trusted with sensitive "
                       "intelligence.", "2017-05-02"),
                      ("Senator Sam Nunn questioned whether the Reagan administration had told Congress the truth "
                       "about the arms sales.", "1987-06-10"),
                      ("U.S. Senate Intelligence Committee chairman Arlen Specter, who has questioned whether Defence "
                       "Secretary William Perry should resign over the bombing, met Saudi officials on Monday.",
                       "1996-08-22")):
        got = coded_triples(text, day)
        assert ("USALEG", "111", "USAGOV") in got, (text, got)


def test_questioning_people_or_prospects_is_no_criticism():
    for text in ("Analysts questioned whether the economy would recover this year.",
                 "Police questioned the driver for two hours.",
                 "Police questioned whether the driver had been drinking before the crash.",
                 "Diplomats questioned whether the talks would resume."):
        got = coded_triples(text, "2010-05-02")
        assert not any(code == "111" for _, code, _ in got), (text, got)
