"""court58: courts, trials, lawsuits and charges (docs/evaluation/events-court58.md).
Every sentence is our own, written in the style of 1987 and 1996 wire copy and 2019 Wikinews.

- A prison sentence, conviction, guilty verdict or indictment told as an agentless passive
  ("was sentenced to eight years", "were jailed for 15 years", "received seven-year prison terms",
  "was found guilty", "was indicted") and dated to a day of the news is the act of a court of the
  state that tried the case (JUD); undated or past-year ones are background, not coded.
- A not-guilty plea is a denial (016) toward the party that charged or accused the pleader.
- A case brought to a court that names the act it challenges is a lawsuit against that act's
  author (115); "he" filing an appeal is the party the court sentenced, not the judge.
- A court ruling on "its" act rules on the party of the sentence before, not on itself.
- A judge's or prosecutor's words of blame for the defendant are the court's criticism (111).
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


# --- sentences, convictions and indictments without their court --------------------------------

def test_an_agentless_prison_sentence_is_the_court_of_the_state():
    assert ("ARGJUD", "173", "ARGELI") in coded_triples(wire_story(
        "BUENOS AIRES", "1987-05-12",
        "A former army sergeant was sentenced to eight years in prison on Tuesday for torturing detainees."),
        "1987-05-12")
    assert ("EGYJUD", "173", "EGYREB") in coded_triples(wire_story(
        "CAIRO", "1996-03-04",
        "Four Islamic militants were jailed for 15 years each on Monday for plotting to kill the interior minister."),
        "1996-03-04")
    assert ("USAJUD", "173", "USACVL") in coded_triples(
        "A Texas man who shot three people at a church was sentenced on Friday to life without parole.",
        "2019-08-01")


def test_the_place_of_the_trial_names_the_court_before_the_convicts_nationality():
    got = coded_triples(wire_story(
        "NAIROBI", "1996-03-04", "A British tourist was jailed for two years in Kenya on Monday for smuggling ivory."),
        "1996-03-04")
    assert ("KENJUD", "173", "GBRCVL") in got and ("GBRJUD", "173", "GBRCVL") not in got


def test_a_prison_term_received_or_handed_is_a_sentence():
    assert ("USAJUD", "173", "USAELI") in coded_triples(
        "A former county treasurer received a six-year prison term on Thursday after admitting she "
        "embezzled public funds in Ohio.", "2019-06-20")
    assert ("FRAJUD", "173", "FRABUS") in coded_triples(
        "Two French bank executives were handed five-year prison sentences on Tuesday.", "2019-06-20")
    assert ("RUSJUD", "173", "RUSOPP") in coded_triples(
        "A Moscow court heard the case in March. On Tuesday the two activists were each given sentences "
        "of six years in a penal colony.", "2019-06-20")


def test_found_guilty_and_indicted_imply_the_court():
    assert ("GBRJUD", "116", "GBRCVL") in coded_triples(
        "LONDON -- A British man was found guilty of murdering his neighbour on Tuesday.", "2019-03-12")
    assert ("ZAFJUD", "116", "ZAFCOP") in coded_triples(wire_story(
        "JOHANNESBURG", "1996-11-20",
        "Two South African policemen were found guilty on Wednesday of torturing a black activist."), "1996-11-20")
    assert ("USAJUD", "1121", "USAELI") in coded_triples(wire_story(
        "WASHINGTON", "1987-04-07",
        "A former U.S. Defense Department official was indicted on Tuesday on charges of selling secrets."),
        "1987-04-07")


def test_no_court_for_a_sentence_served_faced_hedged_or_a_term_in_office():
    for text in ("The former governor is serving a life sentence for the murders.",
                 "The two men could be sentenced to life in prison if they are convicted.",
                 "The senator received a six-year term in office after winning the election in Ohio.",
                 "He was not convicted of any crime in Germany.",
                 "LONDON -- The man was found dead in his flat in north London on Tuesday."):
        got = coded_triples(text, "2019-06-20")
        assert not any(src and src.endswith("JUD") for src, _, _ in got), (text, got)
    got = coded_triples(wire_story("JOHANNESBURG", "1996-11-20",
                                   "Two South African policemen were charged on Wednesday with torturing a black activist."),
                        "1996-11-20")
    assert not any(src and src.endswith("JUD") for src, _, _ in got), got  # police charge people too


def test_background_sentences_undated_or_of_past_years_get_no_court():
    for text in ("Carter, a former Ohio state senator, was convicted of bribery in 2007 in Columbus.",
                 "Carter was sentenced to fourteen years in prison, serving eight before he was pardoned in Ohio.",
                 "The judge said her decision was not tied to the case for which Carter was sentenced last week in Ohio.",
                 "Carter has already been found guilty of fraud under the laws of Ohio."):
        got = coded_triples(text, "2020-02-19")
        assert not any(src and src.endswith("JUD") for src, _, _ in got), (text, got)


def test_both_sentenced_are_the_people_of_the_sentence_before():
    assert ("FRAJUD", "173", "FRACOP") in coded_triples(
        "PARIS -- Two French police officers were tried for the rape of a tourist at their headquarters in Paris."
        "\n\nBoth on Thursday received seven-year prison terms.", "2019-01-31")


# --- pleas ----------------------------------------------------------------------------------------

def test_a_not_guilty_plea_denies_the_accuser():
    got = coded_triples("U.S. prosecutors charged businessman Michael Brennan with wire fraud in March.\n\n"
                        "Brennan pleaded not guilty to the charges on Tuesday.", "2019-09-12")
    # roles61: a defendant named by a trade pleads as a private person (the Wikinews gold codes
    # the pleading lawyer Avenatti and the pleading ex-chief executive Friedler USACVL); was USABUS
    assert ("USACVL", "016", "USAJUD") in got
    got = coded_triples("Australian prosecutors accused a Sydney doctor of falsifying vaccine records.\n\n"
                        "The doctor pleaded not guilty in a Sydney court on Tuesday.", "2020-02-11")
    assert any(code == "016" and tgt == "AUSJUD" for _, code, tgt in got), got


def test_a_plea_with_no_accuser_or_still_to_come():
    got = coded_triples(wire_story("JERUSALEM", "1987-03-02", "An Israeli man pleaded not guilty on Monday."),
                        "1987-03-02")
    assert ("ISRCVL", "016", "ISRCVL") in got
    assert not coded_triples("Brennan is expected to plead not guilty when he appears in court next week.", "2019-10-01")


# --- cases brought to a court ------------------------------------------------------------------------

def test_a_petition_challenging_a_partys_act_is_a_lawsuit_against_it():
    assert ("PAKOPP", "115", "PAKGOV") in coded_triples(wire_story(
        "ISLAMABAD", "1996-10-10",
        "Pakistan's opposition leader filed a petition in the Supreme Court challenging the government's "
        "dismissal of the provincial assembly."), "1996-10-10")
    assert ("INDOPP", "115", "INDGOV") in coded_triples(wire_story(
        "NEW DELHI", "1987-06-02",
        "India's main opposition party filed an appeal with the Supreme Court seeking to overturn the "
        "government's ban on the newspaper."), "1987-06-02")
    got = coded_triples("LONDON -- British lawmakers asked the Court of Session to rule on the government's "
                        "decision to suspend parliament.", "2019-09-04")
    assert ("GBRLEG", "115", "GBRGOV") in got and not any(code == "020" for _, code, _ in got)


def test_a_case_naming_no_challenged_party_stays_before_the_court():
    assert ("PAKOPP", "115", "PAKJUD") in coded_triples(wire_story(
        "ISLAMABAD", "1996-10-10", "Pakistan's opposition leader filed an appeal with the Supreme Court on Thursday."),
        "1996-10-10")
    assert not coded_triples("British lawmakers said they might ask the Court of Session to rule on the "
                             "government's decision.", "2019-09-04")
    assert ("KENOPP", "0242", "KENGOV") in coded_triples(wire_story(
        "NAIROBI", "1996-10-10", "Kenya's opposition asked the government to overturn the ban on its rallies."),
        "1996-10-10")  # no court: the ordinary plea


def test_he_filing_an_appeal_is_the_one_sentenced_not_the_judge():
    got = coded_triples("U.S. businessman Michael Brennan was sentenced to ten years by Judge Maria Lopez on "
                        "Friday.\n\nHe filed a notice of appeal with the court on Monday.", "2019-06-11")
    assert ("USABUS", "115", "USAJUD") in got and ("USAJUD", "115", "USAJUD") not in got


# --- rulings on "its" act ----------------------------------------------------------------------------

def test_a_court_ruling_on_its_act_rules_on_the_party_before():
    assert ("USAJUD", "116", "USAGOV") in coded_triples(
        "WASHINGTON -- The Trump administration tried to add the question to the census.\n\n"
        "In June, the Supreme Court ruled against its attempt, saying the reason given was contrived.", "2019-09-24")
    assert ("RUSJUD", "116", "RUSGOV") in coded_triples(wire_story(
        "MOSCOW", "1996-02-14", "The Russian government banned the opposition newspaper last month.",
        "On Wednesday, the Constitutional Court overturned its decision."), "1996-02-14")
    assert ("ISRJUD", "116", "ISRMIL") in coded_triples(wire_story(
        "JERUSALEM", "1987-11-05", "The Israeli army had ordered the demolition of the house.",
        "Israel's High Court ruled against their order on Thursday."), "1987-11-05")


def test_a_court_overturning_its_own_ruling_rules_against_no_one_before():
    got = coded_triples(wire_story(
        "JERUSALEM", "1987-11-05", "The Israeli government appealed the decision.",
        "Israel's Supreme Court on Thursday overturned its own earlier ruling against the government."), "1987-11-05")
    assert ("ISRJUD", "116", "ISRGOV") not in got


def test_sports_courts_and_ruling_out_are_no_rulings():
    for text in ("The referee ruled out the goal, and the home side lost the match in extra time.",
                 "The minister ruled out early elections on Sunday in Madrid.",
                 "The tennis player walked onto the court and lost in straight sets to her French rival."):
        got = coded_triples(text, "2019-05-02")
        assert not any(code in ("115", "116", "173") for _, code, _ in got), (text, got)


# --- the court's words of blame ------------------------------------------------------------------------

def test_a_judges_words_of_blame_at_sentencing_criticise_the_defendant():
    got = coded_triples('Tom Harlan, a former Denver city official, was sentenced on Friday.\n\n'
                        '"You betrayed the trust of every voter in this city," Judge Maria Lopez told Harlan.',
                        "2019-09-12")
    assert ("USAJUD", "111", "USAELI") in got
    got = coded_triples('Tom Harlan, a former Denver city official, was sentenced to six years in prison on Friday.\n\n'
                        'The judge, Maria Lopez, said, "You have shown no remorse for the families you ruined."',
                        "2019-09-12")
    assert ("USAJUD", "111", "USAELI") in got


def test_a_prosecutors_words_of_blame_criticise_the_defendant():
    assert ("USAJUD", "111", "USABUS") in coded_triples(
        "U.S. prosecutors charged businessman Michael Brennan with wire fraud in March.\n\n"
        "United States Attorney John Reilly said Brennan had defrauded hundreds of elderly investors.", "2019-09-12")
    assert ("ITAJUD", "111", "ITAELI") in coded_triples(wire_story(
        "ROME", "1996-04-02",
        "A Milan court sentenced a former Italian minister to four years in prison for corruption on Tuesday.",
        "The prosecutor said the former minister had betrayed the public's trust."), "1996-04-02")


def test_words_of_no_court_or_of_no_blame_are_no_criticism():
    for text in (wire_story("ROME", "1996-04-02",
                            "A Milan court sentenced a former Italian minister to four years in prison for corruption on Tuesday.",
                            "His lawyer said the former minister had not betrayed anyone."),
                 'Tom Harlan, a former Denver city official, was sentenced on Friday.\n\n'
                 '"You betrayed the trust of every voter," a neighbour told reporters.',
                 "Tom Harlan, a former Denver city official, was sentenced on Friday.\n\n"
                 "The judge said Harlan would be eligible for parole in 2025."):
        got = coded_triples(text, "2019-09-12")
        assert not any(code == "111" for _, code, _ in got), (text, got)
