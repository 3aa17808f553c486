"""quotes60: quotations whose speaker the coder did not find (docs/evaluation/events-quotes60.md).
Every sentence is our own.

- '"...," Xinhua quoted Li Peng as saying' / 'X was quoted by Kyodo as saying': the quoted one
  speaks, not the medium (extraction/quote_cues.quoted_one: the quote's speaker; frames.subjects
  for a reported clause the parser hangs on "quoted"; actors._quote_speaker for "we").
- "The statement of X read (in part): ...": a text that reads reports speech like "said"
  (quote_cues._text_reading; "read" in the verb dictionary's [speech] and violation patterns).
- '"We accuse ..." / X made the remarks at a news conference': a light verb with a noun of
  speaking names the speaker of the quotation next to it (actors._spoken_remarks).
"""
from __future__ import annotations

import pytest

from events_variety import annotated, coded_triples

OLD = "1987-11-02"
MID = "1996-05-10"
NEW = "2019-07-10"


# --- "M quoted X as saying" after the reported clause ----------------------------------------

@pytest.mark.parametrize("text, day, triple", [
    ('BEIJING 1996-05-10\n\nWe strongly condemn the American arms sales to Taiwan, the official Xinhua '
     'news agency quoted Prime Minister Li Peng as saying.', MID, ("CHNGOV", "111", "USA")),
    ('TOKYO 1996-05-10\n\n"We condemn the Chinese missile tests near Taiwan," Prime Minister Ryutaro '
     'Hashimoto was quoted by Kyodo news agency as saying.', MID, ("JPNGOV", "111", "CHN")),
    ('"We condemn the Israeli air strikes on Damascus," the state news agency SANA quoted Foreign '
     'Minister Walid Muallem as saying.', NEW, ("SYRGOV", "111", "ISR")),
    ('We accuse Washington of economic terrorism, Iranian state television quoted President Hassan '
     'Rouhani as saying on Sunday.', NEW, ("IRNGOV", "112", "USA")),
])
def test_the_quoted_one_speaks_not_the_medium(text, day, triple):
    got = coded_triples(text, day)
    assert triple in got
    assert not any(t[0].endswith("MED") for t in got)


@pytest.mark.parametrize("text, day", [
    ("We are very afraid of the next storm, the local newspaper quoted a fisherman as saying.", NEW),
    ("Will Russia withdraw its troops from Chechnya, the newspaper quoted Lebed as asking.", MID),
])
def test_quoted_fear_or_question_codes_nothing(text, day):
    assert not {t for t in coded_triples(text, day) if t[2]}


def test_quote_speaker_is_the_quoted_one():
    text = ('"We condemn the Israeli air strikes on Damascus," the state news agency SANA quoted '
            'Foreign Minister Walid Muallem as saying.')
    article, _ = annotated(text, NEW)
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert direct and direct[0].speaker_span is not None
    assert text[direct[0].speaker_span["start"]:direct[0].speaker_span["end"]].endswith("Muallem")


def test_cited_thing_quotes_no_one():
    from dateline.extraction.quote_cues import quoted_one
    from dateline.nlp import load_nlp

    doc = load_nlp()("The court cited the audit as proof of fraud.")
    assert all(quoted_one(t) is None for t in doc)


# --- a text that reads --------------------------------------------------------------------------

@pytest.mark.parametrize("text, day, triple", [
    # (code71: a named party's law said to break a written rule is an accusation, 112; was 111)
    ('HAVANA 1996-08-12\n\nThe statement of the Cuban Foreign Ministry read: the Helms-Burton law of '
     'the United States violates international law.', MID, ("CUBGOV", "112", "USA")),
    ('HAVANA 1996-08-12\n\nThe statement of the Cuban Foreign Ministry read: "The Helms-Burton law of '
     'the United States violates international law."', MID, ("CUBGOV", "112", "USA")),
    ('HAVANA 1996-08-12\n\nThe statement of the Cuban Foreign Ministry read: "We condemn the United '
     'States for the Helms-Burton law."', MID, ("CUBGOV", "111", "USA")),
])
def test_a_text_that_reads_speaks_for_its_author(text, day, triple):
    assert triple in coded_triples(text, day)


@pytest.mark.parametrize("text", [
    "The minister read a poem about the war with Iraq.",
    'The minister read "The Waste Land" to students in Baghdad.',
])
def test_a_person_reading_is_no_speech(text):
    from dateline.extraction.quote_cues import cue_class
    from dateline.nlp import load_nlp

    doc = load_nlp()(text)
    assert all(cue_class(t) is None for t in doc if t.lemma_ == "read")


# --- "X made the remarks" next to a quotation paragraph -----------------------------------------

@pytest.mark.parametrize("text, day, triple", [
    ('MOSCOW 1987-10-20\n\n"We accuse the United States of preparing for war in space."\n\n'
     'Soviet Foreign Minister Eduard Shevardnadze made the remarks at a news conference on Tuesday.',
     OLD, ("RUSGOV", "112", "USA")),
    ('NICOSIA 1996-10-20\n\n"We condemn Turkey for the killing of two Greek Cypriot protesters."\n\n'
     'Greek Cypriot President Glafcos Clerides made the comments after a cabinet meeting.',
     MID, ("CYPGOV", "111", "TUR")),
    ('"We accuse the United States of economic terrorism against our people."\n\nIranian Foreign '
     'Minister Mohammad Javad Zarif made the remarks in an interview with CNN on Sunday.',
     NEW, ("IRNGOV", "112", "USA")),
])
def test_made_the_remarks_names_the_speaker(text, day, triple):
    assert triple in coded_triples(text, day)


def test_made_a_mistake_is_no_speaker():
    text = ('"We accuse the United States of economic terrorism against our people."\n\n'
            'Iranian Foreign Minister Mohammad Javad Zarif made a mistake on Sunday.')
    assert ("IRNGOV", "112", "USA") not in coded_triples(text, NEW)


def test_cited_as_reason_keeps_its_subject():
    text = "Trump has cited a tax audit as preventing him from releasing his returns."
    assert ("USAGOV", "172", "USAGOV") not in coded_triples(text, NEW)
