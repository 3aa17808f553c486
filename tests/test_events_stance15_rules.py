"""The stance15 rules (events/stance.py), each on sentences we wrote: what a reported clause
says about the party it is about, scored over its own evaluative words (VADER's lexicon and the
project's condemning words), is the speaker's criticism (111) of that party. The party is the
clause's subject, the owner of a subject that is a thing, or "they" when the article resolves
it; the content may follow "said", stand in a quotation's own sentence, or precede "according
to X". A subject unhappy or angry with a party (or its act) criticises it too (in the present
only when someone voices it). Negated speech,
possibility modals, demands, misfortunes and praise stay uncoded.
"""
from __future__ import annotations

from events_variety import coded_triples

from dateline.events import stance
from dateline.nlp import load_nlp


def _events(text: str, date: str = "1995-05-05") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _criticism(got: set[tuple[str, str, str | None]]) -> set[tuple[str, str, str | None]]:
    return {t for t in got if t[1][:2] == "11"}


# ---------------------------------------------------------------- the content's party

def test_a_quoted_complaint_about_a_named_side_is_criticism():
    got = _events('"The Germans clearly do not want to budge," French Foreign Minister Jean Dupont told reporters.')
    assert ("FRAGOV", "111", "DEU") in got


def test_a_report_on_a_governments_strategy_criticises_the_government():
    got = _events("A confidential World Bank report said the Peruvian government's strategy does not offer good "
                  "prospects for growth.")
    assert ("IGOWBK", "111", "PERGOV") in got


def test_a_verdict_on_a_person_is_criticism():
    got = _events("The Kenyan opposition leader said President Kenyatta was ignorant about the crisis.")
    assert ("KENOPP", "111", "KENGOV") in got


def test_an_unlisted_judgement_is_read_from_the_lexicon():
    got = _events("Brazilian Finance Minister Dilson Funaro said the American banks were greedy and arrogant.")
    assert ("BRAGOV", "111", "USABUS") in got


def test_changes_made_by_an_official_are_the_officials():
    got = _events("The Kenyan opposition leader said changes introduced by the Kenyan finance minister were cruel "
                  "and pointless.")
    assert ("KENOPP", "111", "KENGOV") in got


# ---------------------------------------------------------------- where the content stands

def test_a_quotations_own_sentence_is_its_speakers_content():
    got = _events('Greek Prime Minister Alexis Tsipras spoke in Athens on Monday. "We will not give up," he said. '
                  '"The German government keeps ignoring the misery of ordinary people."')
    assert ("GRCGOV", "111", "DEUGOV") in got


def test_according_to_a_statement_by_a_speaker():
    got = _events("The German government is behaving irresponsibly and dishonestly, according to a statement by "
                  "Greek Prime Minister Alexis Tsipras.")
    assert ("GRCGOV", "111", "DEUGOV") in got


# ---------------------------------------------------------------- what stays uncoded

def test_negated_speech_is_no_criticism():
    assert not _criticism(_events("The French minister did not say the Germans were stubborn and dishonest."))


def test_a_negated_verdict_is_no_criticism():
    got = _events("The Kenyan opposition leader said President Kenyatta was not ignorant about the crisis.")
    assert not _criticism(got)


def test_nothing_wrong_is_no_criticism():
    got = _events("Kenyan opposition leader Raila Odinga said the Kenyan government found nothing wrong with the plan.")
    assert not _criticism(got)


def test_a_possibility_is_a_forecast_not_a_verdict():
    assert not _criticism(_events("The French minister said the Germans may face a painful recession."))
    got = _events('Greek Prime Minister Alexis Tsipras spoke in Athens on Monday. "We will not give up," he said. '
                  '"The German government might ignore the misery of ordinary people."')
    assert not _criticism(got)


def test_what_befell_people_is_news_not_a_stance():
    assert not _criticism(_events("Kenyan police said three Spanish tourists suffered painful injuries."))
    assert not _criticism(_events("The Greek minister said Greek farmers were badly hurt by the drought."))


def test_praise_is_not_criticism():
    assert not _criticism(_events("The French minister said the German team played brilliantly."))


def test_a_demand_is_left_to_the_demand_rules():
    got = _events("The French minister said the Germans should stop their dishonest campaign.")
    assert ("FRAGOV", "111", "DEU") not in got


# ---------------------------------------------------------------- the scorer itself

def test_stance_score_reads_negation_and_evaluative_words_only():
    nlp = load_nlp()
    clause = lambda text: next(t for t in nlp(text) if t.dep_ == "ccomp")  # noqa: E731
    assert stance.stance_score(clause("He said the plan was dishonest.")) <= stance.NEGATIVE_AT
    assert stance.stance_score(clause("He said the plan was not dishonest.")) > stance.NEGATIVE_AT
    assert stance.stance_score(clause("He said three soldiers died.")) == 0.0  # a misfortune verb
    assert stance.parties(clause("He said the government's strategy was dishonest."))[0].text == "government"
    assert stance.parties(clause("He said the refugees were attacked.")) == []  # a patient, not a party


# ---------------------------------------------------------------- a feeling about a party

def test_an_unhappy_subject_criticises_what_it_is_unhappy_with():
    got = _events("Japan was unhappy with the structure of the European Commission.")
    assert ("JPN", "111", "IGOEUREEC") in got


def test_a_present_feeling_is_coded_when_someone_voices_it():
    got = _events("Japan is not happy with the policies of the European Commission, the Japanese trade minister said.")
    assert ("JPN", "111", "IGOEUREEC") in got
    # unvoiced, a present feeling is a standing attitude (test_events_lexconf_rules' convention)
    assert not _criticism(_events("Japan is unhappy with the structure of the European Commission."))


def test_a_good_feeling_a_hypothetical_one_and_one_about_no_party_stay_uncoded():
    assert not _criticism(_events("Japan was happy with the policies of the European Commission."))
    assert not _criticism(_events("The Kenyan unions would be angry at the government."))
    assert not _criticism(_events("Japan was unhappy with the weather."))
