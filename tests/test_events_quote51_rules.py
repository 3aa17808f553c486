"""quote51: the speaker of a direct quote named only outside its own sentence
(docs/evaluation/events-quote51.md). Every sentence is our own.

- '"Arafat is lying," he said': the pronoun speaker of a quote is not the person the quote
  names (resolve/coref.py `_outside_own_quote`); it is the speaker named before.
- 'X issued a statement. "...," the statement said': the bare "the statement" speaks for the
  issuer of the statement introduced before (events/message_antecedents.py).
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

OLD = "1996-09-10"
NEW = "2019-05-10"


# --- a pronoun speaker after a quote that names another person --------------------------------

@pytest.mark.parametrize("text, day, triple", [
    ('Israeli Prime Minister Benjamin Netanyahu spoke in Jerusalem on Sunday.\n\n'
     '"Arafat has failed to fight terror," he said.', OLD, ("ISRGOV", "111", "PSEGOV")),
    ('Israeli Prime Minister Benjamin Netanyahu spoke in Jerusalem on Sunday.\n\n'
     '"Arafat is lying to the world," he told reporters.', OLD, ("ISRGOV", "112", "PSEGOV")),
    ('Venezuelan opposition leader Juan Guaido spoke to supporters in Caracas.\n\n'
     '"Maduro is a dictator who has stolen the election," he said.', NEW, ("VENOPP", "111", "VENGOV")),
    ('Turkish President Recep Tayyip Erdogan addressed his party in Ankara.\n\n'
     '"Assad is a terrorist," he said.', NEW, ("TURGOV", "111", "SYRGOV")),
    ('ANKARA 1996-09-10\n\nTurkish Prime Minister Necmettin Erbakan met Kurdish leaders on Monday.\n\n'
     '"Ocalan is a terrorist," he said after the meeting.', OLD, ("TURGOV", "111", "TURREB")),
])
def test_pronoun_speaker_is_not_the_person_the_quote_names(text, day, triple):
    assert triple in coded_triples(text, day)


@pytest.mark.parametrize("text, day", [
    ('Israeli Prime Minister Benjamin Netanyahu spoke in Jerusalem on Sunday.\n\n'
     '"Arafat will come to Jerusalem next week," he said.', OLD),            # a plan, no verdict
    ('Israeli Prime Minister Benjamin Netanyahu spoke in Jerusalem on Sunday.\n\n'
     '"If Arafat fails to fight terror, there will be no talks," he said.', OLD),  # a condition
    ('German Chancellor Angela Merkel met reporters in Berlin on Monday.\n\n'
     '"Theresa May is in a very difficult situation," she said.', NEW),      # plight, no blame
])
def test_pronoun_speaker_quotes_with_no_aimed_act_code_nothing(text, day):
    assert not {t for t in coded_triples(text, day) if t[2]}


# --- "the statement said" after the statement was introduced with its issuer ------------------

@pytest.mark.parametrize("text, day, triple", [
    ('SEOUL 1996-09-10\n\nNorth Korea on Tuesday issued a statement on the submarine incident.\n\n'
     '"South Korea is responsible for the tension," the statement said.', OLD, ("PRK", "112", "KOR")),
    ('Hamas released a communique in Gaza on Sunday.\n\n'
     '"The Palestinian Authority has betrayed the people," the communique said.', OLD, ("PSEREB", "111", "PSEGOV")),
    ('The Venezuelan government issued a statement on Sunday.\n\n'
     '"The United States is lying to the world," the statement said.', NEW, ("VENGOV", "112", "USA")),
    ('Amnesty International published a report on Thursday about the prisons.\n\n'
     '"The Egyptian authorities have lied about the deaths," the report said.', NEW, ("NGOAMN", "112", "EGYGOV")),
    ('In a statement, the Chinese Foreign Ministry said it was firmly opposed to the visit.\n\n'
     '"The United States must stop interfering in China\'s internal affairs," the statement said.', NEW,
     ("CHNGOV", "100", "USA")),
])
def test_the_statement_speaks_for_its_issuer_named_before(text, day, triple):
    assert triple in coded_triples(text, day)


@pytest.mark.parametrize("text, day", [
    ('A statement was read on state radio on Tuesday.\n\n'
     '"South Korea is responsible for the tension," the statement said.', OLD),  # no issuer named
    ('North Korea on Tuesday issued a statement on the submarine incident.\n\n'
     '"The weather was bad," the statement said.', OLD),                        # aimed at no one
    ('North Korea issued a statement on the incident.\n\n'
     '"South Korea may face a crisis," the statement said.', OLD),              # a forecast
])
def test_the_statement_with_no_issuer_or_no_aimed_act_codes_nothing(text, day):
    assert not {t for t in coded_triples(text, day) if t[2]}


def test_a_rejected_statement_is_still_its_target_not_a_speaker():
    text = "North Korea issued a statement on the incident.\n\nSouth Korea rejected the statement on Wednesday."
    assert ("KOR", "120", "PRK") in coded_triples(text, OLD)


# --- a quoted imperative told to a party: the speaker's demand on it ----------------------------

@pytest.mark.parametrize("text, day, triple", [
    ('"Release our prisoners now," Palestinian President Yasser Arafat told Israeli Prime Minister '
     'Benjamin Netanyahu.', OLD, ("PSEGOV", "100", "ISRGOV")),
    ('"Stop the shelling of Sarajevo immediately," U.S. envoy Richard Holbrooke told Bosnian Serb leader '
     'Radovan Karadzic.', OLD, ("USAGOV", "1056", "BIHGOV")),
    ('"Withdraw your troops from Lebanon," Syrian President Hafez al-Assad told Israel.', OLD,
     ("SYRGOV", "1056", "ISR")),
    ('"Hold free elections this year," Secretary of State Mike Pompeo told Venezuelan President '
     'Nicolas Maduro.', NEW, ("USAGOV", "1044", "VENGOV")),
])
def test_a_quoted_order_told_to_a_party_is_a_demand(text, day, triple):
    assert triple in coded_triples(text, day)


def test_the_ordered_act_is_not_coded_as_done():
    text = '"Withdraw your troops from Lebanon," Syrian President Hafez al-Assad told Israel.'
    assert not {t for t in coded_triples(text, OLD) if t[1].startswith("08")}


@pytest.mark.parametrize("text", [
    '"Come back tomorrow," the minister told reporters.',                 # the press: an audience
    '"Be patient," Russian President Boris Yeltsin told the miners.',       # patience, no act
    '"Don\'t worry," Arafat told Netanyahu.',                               # negated, no act
    '"Release the prisoners," the protesters chanted.',                    # no one told
    'Arafat told Netanyahu that the talks would resume next week.',         # no order
])
def test_orders_with_no_party_or_no_act_code_no_demand(text):
    assert not {t for t in coded_triples(text, OLD) if t[1].startswith("10")}
