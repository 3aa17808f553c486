"""tunerole48: one wrong actor in an otherwise right triple, second pass on the tune pairs
(docs/evaluation/events-tunerole48.md). Every story is our own, a dateline paragraph first, one
sentence a paragraph."""
from __future__ import annotations

import pytest

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- a free "the judge" is no lede title of the person named next (resolve/coref.py _person_cataphor)

def test_unnamed_judge_again_is_not_the_next_named_person():
    got = _story("BOSTON 2018-06-20", "A federal judge sentenced a former nurse to ten years in prison on Wednesday.",
                 "The judge said the thefts had endangered patients.",
                 "Rosalind Kearney, 44, told reporters she was innocent.",
                 "She accused prosecutors of lying.")
    accusations = {(s, t) for s, c, t in got if c.startswith("112")}
    assert accusations == {("USACVL", "USAJUD")}


def test_person_named_before_is_not_the_title_named_after():
    got = _story("DENVER 2019-02-11", "Dr. Walter Brune was convicted in October of prescribing painkillers illegally.",
                 "Prosecutors said his clinic had served patients from four states.",
                 "Federal guidelines called for at least fifteen years in prison.",
                 "The judge cited his years of service.",
                 "Brune, 58, has three children.",
                 "He criticised the prosecutors in a statement.")
    assert ("USACVL", "111", "USAJUD") in got
    assert ("USAJUD", "111", "USAJUD") not in got


def test_lede_title_still_names_the_person_after_it():
    got = _story("LUSAKA 1996-05-06", "The Zambian foreign minister arrived in Harare on Monday.",
                 "Kelvin Mwanza met Zimbabwean President Robert Mugabe for talks.")
    assert ("ZMBGOV", "040", "ZWEGOV") in got


def test_named_judge_then_the_judge_stays_the_judge():
    got = _story("ATLANTA 2019-05-10", "A federal judge sentenced Curtis Lamb, a former banker, to 12 years in prison.",
                 "The judge also criticised the bank's auditors.")
    assert any(s == "USAJUD" and c == "111" for s, c, _ in got)


# --- "the emir" after "the Emir of Kuwait" (events/actors.py _described_actor, _same_title)

@pytest.mark.parametrize("dateline, sentences, triple", [
    ("DOHA 1997-04-04", ("The Emir of Bahrain arrived in Doha on Sunday.",
                         "The emir met Qatari Foreign Minister Hamad bin Jassim for talks."), ("BHRGOV", "040", "QATGOV")),
    ("BANGKOK 1996-07-08", ("The Sultan of Brunei flew to Bangkok on Monday.",
                            "The sultan praised Thai Prime Minister Banharn Silpa-archa at a banquet."), ("BRNGOV", "051", "THAGOV")),
    ("NEW DELHI 1996-11-04", ("The King of Bhutan arrived in New Delhi on Monday.",
                              "The monarch praised Indian President Shankar Dayal Sharma at a banquet."), ("BTNGOV", "051", "INDGOV")),
    ("RIYADH 1997-04-04", ("The Emir of Qatar arrived in Riyadh on Sunday.",
                           "The Saudi defence minister met the emir on Monday."), ("SAUGOV", "040", "QATGOV")),
])
def test_title_of_a_country_is_taken_up(dateline, sentences, triple):
    got = _story(dateline, *sentences)
    assert triple in got


def test_the_government_stays_the_article_s():
    got = _story("KUWAIT 1997-04-04", "The Emir of Kuwait dissolved parliament on Sunday.",
                 "The government praised Egypt for its support.")
    assert ("KWTGOV", "051", "EGY") in got


def test_a_title_with_its_own_country_keeps_it():
    got = _story("RIYADH 1997-04-04", "The Emir of Kuwait arrived in Riyadh on Sunday.",
                 "The Saudi king praised Egypt for its support.")
    assert ("SAUGOV", "051", "EGY") in got


# --- "his counterpart" after an event noun: the office of the verb's subject (_counterpart_role)

@pytest.mark.parametrize("dateline, text, triple", [
    ("ISLAMABAD 1997-02-10", "The Pakistani army chief held talks with his Chinese counterpart on Monday.",
     ("PAKMIL", "040", "CHNMIL")),
    ("BANGKOK 1997-02-10", "Thailand's navy commander held a meeting with his Malaysian counterpart on Monday.",
     ("THAMIL", "040", "MYSMIL")),
    ("BERLIN 1997-02-10", "The German police chief held talks with his Polish counterpart in Berlin on Monday.",
     ("DEUCOP", "040", "POLCOP")),
])
def test_counterpart_of_an_officer_after_talks(dateline, text, triple):
    assert triple in _story(dateline, text)


@pytest.mark.parametrize("dateline, text, triple", [
    ("ISLAMABAD 1997-02-10", "The Pakistani defence minister held talks with his Chinese counterpart on Monday.",
     ("PAKGOV", "040", "CHNGOV")),
    ("ISLAMABAD 1997-02-10", "The army chief said the foreign minister held talks with his Chinese counterpart.",
     ("PAKGOV", "040", "CHNGOV")),
])
def test_counterpart_of_a_minister_stays_government(dateline, text, triple):
    assert triple in _story(dateline, text)
