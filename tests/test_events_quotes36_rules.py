"""quotes36: quoted verdicts and rejections whose party is named outside the quote's own clause
(docs/evaluation/events-quotes36.md; events/quoted_parties.py). Every sentence is our own.

- A pointing "this/it" judged with words the valence lexicon rates as blame ("an attack on
  democracy", "collective punishment") is criticism (111) of the act just reported.
- '"They cannot be trusted," X said of Y': the "of/about" phrase says whom the pronoun means.
- '"We will never accept this," X said of Y's plan' / '"We reject it," X said of Y's offer':
  a rejection (12x) of the thing said of, aimed at its owner.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

DAY = "2024-03-14"


def _has(triples, src, code, tgt):
    return (src, code, tgt) in triples


def _criticism(triples):
    return {(s, c, t) for s, c, t in triples if c.startswith("11")}


# --- a pointing verdict rated as blame: the doer of the act just reported -----------------------

@pytest.mark.parametrize("text, triple", [
    ('The Ugandan government banned the opposition rally on Friday. "This is an attack on democracy," '
     'the opposition Forum for Democratic Change said.', ("UGAOPP", "111", "UGAGOV")),
    ('Israel closed the Rafah crossing on Sunday. "This is collective punishment," Hamas said.',
     ("PSEREB", "111", "ISR")),
    ('Belarus expelled the Polish ambassador on Monday. "This is an unfriendly step," the Polish foreign '
     'ministry said.', ("POLGOV", "111", "BLR")),
    ('Russia cut gas supplies to Ukraine on Monday. "This is a shameless attempt to freeze our people," '
     "Ukraine's energy minister said.", ("UKRGOV", "111", "RUS")),
    ('Serbia arrested three Kosovo police officers on Wednesday. "This is kidnapping, pure and simple," '
     "Kosovo's prime minister said.", ("XKXGOV", "111", "SRB")),
    ('The Venezuelan government barred the opposition candidate from the election. "This is a ploy to '
     'silence the opposition," the United States said.', ("USA", "111", "VENGOV")),
])
def test_a_pointing_verdict_rated_as_blame_criticises_the_act_just_reported(text, triple):
    assert triple in coded_triples(text, DAY)


@pytest.mark.parametrize("text", [
    'The storm killed ten people on Friday. "This is a difficult time," the Kenyan president said.',
    'The Ugandan president resigned on Monday. "This is a sad day for Uganda," the Kenyan president said.',
    'The opposition won the election on Sunday. "This is a painful defeat for us," the ruling party said.',
    'The Ugandan government banned the rally on Friday. "This is not an attack on democracy," the Ugandan '
    'president said.',
    '"If the government bans the rally, this would be an attack on democracy," the Ugandan opposition said.',
    'Iran seized a British oil tanker in the Gulf. "Is this an attack on shipping?" a British newspaper asked.',
    'In mid-August, the Kenyan government lowered its growth forecast, the central bank said, noting it was '
    'the worst performance since 2009.',
])
def test_regret_negation_conditions_questions_and_records_are_no_pointing_verdict(text):
    assert not _criticism(coded_triples(text, DAY)), text


# --- "said of / about": whom the quote's pronoun means ------------------------------------------

@pytest.mark.parametrize("text, triple", [
    ('"They cannot be trusted," Israeli Prime Minister Benjamin Netanyahu said of Hamas.',
     ("ISRGOV", "111", "PSEREB")),
    ('"They have betrayed the country," the Pakistani army said of the opposition leaders.',
     ("PAKMIL", "111", "PAKOPP")),
    ('"They are lying," the Russian defence ministry said of the Ukrainian military.',
     ("RUSGOV", "111", "UKRMIL")),
    ('"They are thieves and criminals," the Venezuelan president said of the opposition leaders.',
     ("VENGOV", "111", "VENOPP")),
    ('"This is a ploy to silence the opposition," Kenyan opposition leader Raila Odinga said of the '
     "government's decision.", ("KENOPP", "111", "KENGOV")),
])
def test_a_pronoun_verdict_said_of_a_party_criticises_that_party(text, triple):
    assert triple in coded_triples(text, DAY)


@pytest.mark.parametrize("text", [
    '"They are suffering terribly," the U.N. refugee agency said of the Syrian refugees.',
    '"They are very worried," the Kenyan farm minister said of the farmers.',
    '"They are in great danger," the French foreign ministry said of the hostages.',
    '"They may be lying," the Russian defence ministry said of the Ukrainian military.',
    '"They should stop lying," the Russian defence ministry said of the Ukrainian military.',
    '"They are our brothers," the Pakistani army said of the Afghan people.',
    '"This is a great achievement," the Indian prime minister said of the Indian space agency\'s launch.',
    '"It is a good plan," the German chancellor said of the French proposal.',
])
def test_plight_forecasts_duties_and_praise_said_of_a_party_are_no_criticism(text):
    assert not _criticism(coded_triples(text, DAY)), text


# --- a rejection of what the quote is said of -----------------------------------------------------

@pytest.mark.parametrize("text, triple", [
    ('"We will never accept this," Palestinian President Mahmoud Abbas said of the Israeli plan.',
     ("PSEGOV", "127", "ISR")),
    ('"We cannot accept this," Serbian President Aleksandar Vucic said of the Kosovo government\'s decision.',
     ("SRBGOV", "120", "XKXGOV")),
    ('"We will not accept it," the Venezuelan government said of the U.S. ultimatum.', ("VENGOV", "124", "USA")),
    ('"We will never accept it," the Cuban government said of the U.S. demands.', ("CUBGOV", "123", "USA")),
    ('"We reject it completely," the Iranian foreign ministry said of the U.S. proposal.', ("IRNGOV", "120", "USA")),
    ('"We totally reject them," the Chinese foreign ministry said of the U.S. accusations.', ("CHNGOV", "120", "USA")),
])
def test_a_rejected_this_or_it_is_the_thing_said_of(text, triple):
    assert triple in coded_triples(text, DAY)


@pytest.mark.parametrize("text", [
    '"We will accept it," the Iranian foreign ministry said of the U.S. proposal.',
    '"We accepted it," Iran said of the U.S. proposal.',
    '"We will never accept this," the Palestinian president said.',
])
def test_an_acceptance_or_a_refusal_with_nothing_said_of_codes_no_rejection(text):
    got = coded_triples(text, DAY)
    assert not any(code.startswith("12") and tgt for _, code, tgt in got), (text, got)
