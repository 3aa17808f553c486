"""The verdict17 rules, each on sentences we wrote: criticism told by judging words.

- judging words VADER rates weakly or not at all ("insufficient", "counterproductive") count as
  the project's condemning words in a reported clause (events/stance.py);
- "did not go far enough", "is not enough": a measure judged short (not a tally: "his support
  was not enough", nor a need: "did not have enough money");
- a subject that names a party's fault ("the failure of the government to ...", "errors in Y's
  plan") is the verdict, whatever the clause forecasts;
- a conjoined verb with a subject of its own is someone else's clause ("... and a rally
  attracts thousands" does not cancel the verdict);
- participial speech, "pulled out of Y's talks, saying it was a sham": "it" is what the main
  verb acted on, and the target its author;
- a work put out "critical of Y" ("released a book critical of the president") is its author's
  criticism (events/statements.py);
- "ripped into Y" (the verbs.txt block "verdict17").
Negated speech, hardship words ("difficult"), reported acts ("cancelled flights"), praise and
a book only read stay uncoded.
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "1996-05-05") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _criticism(got: set[tuple[str, str, str | None]]) -> set[tuple[str, str, str | None]]:
    return {t for t in got if t[1][:2] == "11"}


# ---------------------------------------------------------------- judging words

def test_an_unworkable_measure_of_another_party_is_criticism():
    got = _events("The Kenyan opposition said the government's new budget was unworkable.")
    assert ("KENOPP", "111", "KENGOV") in got


def test_an_arbitrary_reform_is_criticism():
    got = _events("French farmers said the European Commission's reform was arbitrary.")
    assert ("FRAAGR", "111", "IGOEUREEC") in got


def test_a_sufficient_budget_is_no_criticism():
    assert not _criticism(_events("The Kenyan opposition said the government's new budget was sufficient."))


def test_negated_speech_with_a_judging_word_stays_uncoded():
    assert not _criticism(_events("The Kenyan opposition did not say the government's new budget was insufficient."))


# ---------------------------------------------------------------- not far enough

def test_changes_that_did_not_go_far_enough_are_criticism_of_their_author():
    got = _events("Canadian business leaders said changes introduced by Finance Minister Michael Wilson "
                  "did not go far enough.")
    assert ("CANBUS", "111", "CANGOV") in got


def test_a_budget_that_is_not_enough_is_criticism():
    got = _events("The Kenyan opposition said the government's new budget was not enough.")
    assert ("KENOPP", "111", "KENGOV") in got


def test_not_having_enough_money_is_need_not_a_verdict():
    assert not _criticism(_events("The Kenyan opposition said the company did not have enough money."))


def test_a_tally_short_of_a_majority_is_no_verdict():
    assert not _criticism(_events("Kenyan officials said President Daniel Moi's support was not enough to win the vote."))


# ---------------------------------------------------------------- a party's fault as the subject

def test_the_failure_of_a_government_is_criticism_whatever_it_forecasts():
    got = _events("The leader of the Bangladesh Nationalist Party, Khaleda Zia, said the failure of the "
                  "Bangladesh government to tackle the food crisis could lead to a famine.")
    assert ("BGDOPP", "111", "BGDGOV") in got


def test_a_harvest_failure_blames_no_one():
    assert not _criticism(_events("Bangladesh's food minister said the failure of the rice harvest could lead to a famine."))


# ---------------------------------------------------------------- a conjoined clause of its own

def test_a_conjoined_clause_with_its_own_subject_does_not_cancel_the_verdict():
    got = _events("Kenyan union leaders say President Daniel Moi's proposals are unfair and a rally attracts "
                  "8,000 supporters.")
    assert ("KENLAB", "111", "KENGOV") in got


# ---------------------------------------------------------------- participial speech

def test_saying_it_was_a_sham_criticises_the_author_of_what_was_left():
    got = _events("The Albanian Socialist Party walked out of President Sali Berisha's talks, saying it was a sham.")
    assert ("ALBOPP", "111", "ALBGOV") in got


def test_saying_it_was_a_sham_reaches_the_author_named_in_an_earlier_sentence():
    got = _events("The Albanian government held parliamentary elections on Sunday. "
                  "The Albanian Socialist Party pulled out of the poll, saying it was a sham.")
    assert ("ALBOPP", "111", "ALBGOV") in got


def test_saying_it_was_a_success_is_no_criticism():
    assert not _criticism(_events("The Albanian Socialist Party walked out of President Sali Berisha's talks, "
                                  "saying it was a success."))


# ---------------------------------------------------------------- a work critical of someone

def test_a_book_released_critical_of_the_president_is_its_authors_criticism():
    got = _events("Former US national security adviser John Bolton released a book critical of President Donald Trump.",
                  "2020-06-23")
    assert ("USAELI", "111", "USAGOV") in got


def test_a_titled_book_critical_of_the_president_is_criticism_too():
    got = _events("Former US national security adviser John Bolton released a book, The Long Road, "
                  "critical of President Donald Trump.", "2020-06-23")
    assert ("USAELI", "111", "USAGOV") in got


def test_a_statement_critical_of_a_plan_criticises_the_plans_author():
    got = _events("The German union issued a statement critical of the government's plan.")
    assert ("DEULAB", "111", "DEUGOV") in got


def test_reading_a_critical_book_is_no_criticism():
    assert not _criticism(_events("Former US national security adviser John Bolton read a book critical of "
                                  "President Donald Trump.", "2020-06-23"))


def test_a_book_not_critical_of_the_president_is_no_criticism():
    assert not _criticism(_events("Former US national security adviser John Bolton released a book that was not "
                                  "critical of President Donald Trump.", "2020-06-23"))


# ---------------------------------------------------------------- ripped into

def test_ripping_into_a_rival_is_criticism():
    got = _events("US Senator John Miller ripped into President Donald Trump on Monday.", "2020-06-23")
    assert ("USALEG", "111", "USAGOV") in got


def test_a_storm_ripping_into_a_coast_is_no_criticism():
    assert not _criticism(_events("Hurricane Andrew ripped into the coast of Florida on Monday."))


# ---------------------------------------------------------------- words that are no verdict

def test_a_difficult_decision_is_no_criticism():
    assert not _criticism(_events("A White House statement said President Ronald Reagan's decision had been "
                                  "exceptionally difficult.", "1987-06-01"))


def test_cancelled_flights_reported_are_no_criticism():
    assert not _criticism(_events("Spanish officials said the state-owned airline Iberia cancelled 300 flights.", "1987-06-01"))


def test_an_act_told_in_a_time_clause_does_not_block_the_verdict():
    got = _events("Kenyan union leaders said President Daniel Moi's proposals were unfair as police arrested "
                  "strikers in Nairobi.")
    assert ("KENLAB", "111", "KENGOV") in got
    assert ("KENCOP", "173", "KENLAB") in got


# ---------------------------------------------------------------- a label that names its maker

def test_a_farce_staged_by_a_body_criticises_the_body():
    got = _events("The Bosnian Serb leader called the elections a farce staged by the United Nations.")
    assert ("BIHGOV", "111", "IGOUNO") in got


def test_a_labelled_party_stays_the_target_whoever_the_label_names():
    got = _events("The Bosnian Serb leader called the United Nations a puppet of Washington.")
    assert ("BIHGOV", "111", "IGOUNO") in got
    assert not {t for t in got if t[1] == "111" and t[2] == "USA"}


def test_not_calling_the_elections_a_farce_stays_uncoded():
    assert not _criticism(_events("The Bosnian Serb leader did not call the elections a farce staged by the "
                                  "United Nations."))


# ---------------------------------------------------------------- a digest line "- X: <clause>"

def test_a_digest_line_speaker_criticises_the_party_of_the_clause():
    # actors40: Anwar was Malaysia's deputy prime minister until September 1998 (people.txt), so
    # the line is dated to his years as opposition leader
    got = _events("- Malaysian opposition leader Anwar Ibrahim: the government's budget is a disgrace.", "1999-05-05")
    assert ("MYSOPP", "111", "MYSGOV") in got


def test_a_digest_line_cut_at_the_colon_keeps_its_speaker():
    got = _events("- Lebanese Prime Minister Rafik Hariri: Israeli threats are a disgrace.")
    assert ("LBNGOV", "111", "ISR") in got


def test_a_digest_line_that_praises_is_no_criticism():
    assert not _criticism(_events("- Malaysian opposition leader Anwar Ibrahim: the government's budget is a success."))


def test_a_note_before_a_colon_is_no_speaker():
    assert not _criticism(_events("Note: the government's budget is a disgrace."))
