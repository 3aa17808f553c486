"""coop12 (issue #4): consultations and cooperation (CAMEO 04-09) in shapes the wire and Wikinews
use -- talks a verb's "between" names, meetings put in the calendar, hosts meeting a "visiting"
guest and a sentence-initial "Visiting X", questioning by investigators, the subject of an
investigation (091/092) and documents examined (none), the field of a cooperation (06x), backing a
party's plan (051), memoranda concluded, a release's bare "him/her", firms' dealings.

Every sentence here was written for this project (none is taken from a gold set or an article).
The readings are in src/dateline/events/coop.py (the "coop12" sections: `verb_between_parties`,
`scheduled`, `visitor_host`, `questioned_by_outsider`, `investigation_subject`, `not_inquiring`,
`cooperation_field`, `freed_persons`, `firms_dealing`, applied by `coop.meeting_parties` /
`meeting_status` / `refine` and coder._general_targets) and frames._visiting_guest; dictionary
lines carry a "coop12" note in src/dateline/data/cameo/verbs.txt.
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

from dateline.events import coop
from dateline.nlp import load_nlp

CODED = [
    # 04: the parser hangs "between X and Y" on the verb a meeting noun is the subject of
    ("Talks took place between Spain and Morocco last week on fishing rights, a minister said.",
     {("ESP", "040", "MAR"), ("MAR", "040", "ESP")}),
    ("Talks have occurred between Britain and Ireland aimed at reaching a pact on fishing, the minister said.",
     {("GBR", "040", "IRL"), ("IRL", "040", "GBR")}),
    # 04: the host of a "visiting" guest meets (040) or receives (043) him
    ("Chinese Premier Li Peng met visiting Canadian Prime Minister Jean Chretien in Beijing on Thursday.",
     {("CHNGOV", "040", "CANGOV")}),
    ("King Hussein received visiting Syrian Foreign Minister Farouk al-Sharaa in Amman on Sunday.",
     {("JORGOV", "043", "SYRGOV")}),
    # 04: a sentence-initial "Visiting X" is the subject, not a visit with X for its object
    ("Visiting German Chancellor Helmut Kohl held talks with Czech President Vaclav Havel on Monday.",
     {("DEUGOV", "040", "CZEGOV")}),
    ("Visiting Israeli Foreign Minister David Levy praised Jordan's King Hussein on Tuesday.",
     {("ISRGOV", "051", "JORGOV")}),
    # 09: questioning by the police is a criminal investigation (091)
    ("Police in Bangkok questioned the British tourist for six hours on Monday.", {("THACOP", "091", "GBRCVL")}),
    ("The man was twice interviewed by French police before he was charged.", {("FRACOP", "091", "FRACVL")}),
    # 09: what an investigation is into names its subcode
    ("Prosecutors in Seoul are investigating the former president over bribes from business groups.",
     {("KORJUD", "091", "KORELI")}),
    # 06: cooperation with another side's navies is military cooperation (062)
    ("Iran's navy has increased cooperation with the navies of China and Russia in recent years.",
     {("IRNMIL", "062", "CHNMIL"), ("IRNMIL", "062", "RUSMIL")}),
    ("Germany boosted economic cooperation with Poland on Monday.", {("DEU", "061", "POL")}),
    # 05: backing a party's plan or proposal endorses it (051)
    ("Germany supported France's proposal for a common border force on Monday.", {("DEU", "051", "FRA")}),
    ("The Danish parliament backed the government's opposition to the proposed tax on Tuesday.",
     {("DNKLEG", "051", "DNKGOV")}),
    # 08: a bare "her" freed after an arrest is a private person of the article's country (0841)
    ("Police in Leeds arrested a 30-year-old woman on Friday. They released her on bail on Saturday.",
     {("GBRCOP", "0841", "GBRCVL")}),
    # 05: a memorandum of understanding concluded is an agreement (057)
    ("Britain has concluded a memorandum of understanding with Japan to share banking information.",
     {("GBR", "057", "JPN")}),
]


@pytest.mark.parametrize("text,expected", CODED)
def test_cooperation_is_coded(text, expected):
    assert expected <= triples(text, published="1996-08-20")


def test_the_host_of_a_visiting_guest_codes_no_visit_by_the_host():
    got = triples("Chinese Premier Li Peng met visiting Canadian Prime Minister Jean Chretien in Beijing on Thursday.")
    assert not any(code == "042" for _, code, _ in got)


def test_a_visit_made_while_meeting_stays_a_visit():
    got = triples("The Chinese premier met the Canadian trade minister while visiting Ottawa on Thursday.")
    assert ("CHNGOV", "042", "CAN") in got


def test_an_interview_by_a_journalist_is_no_investigation():
    got = triples("A Kenyan journalist interviewed the Ugandan president on Tuesday.")
    assert not any(code.startswith("09") for _, code, _ in got)


def test_an_investigation_with_no_crime_named_stays_unspecified():
    got = triples("The European Commission investigated the German carmaker's emissions tests.")
    assert not any(code in ("091", "092") for _, code, _ in got)


def test_an_investigation_into_a_massacre_is_one_into_abuses():
    got = triples("The UN commission investigated the Burundian army over the massacre of villagers.")
    assert any(code == "092" for _, code, _ in got)


def test_cooperation_without_a_field_stays_diplomatic():
    got = triples("Germany expanded cooperation with Poland on Monday.")
    assert not any(code.startswith("06") for _, code, _ in got)


def test_a_scheduled_meeting_is_read_as_announced():
    doc = load_nlp()("Two rounds of talks between the Indian prime minister and his Pakistani counterpart, scheduled for "
                     "Thursday and Friday, come after weeks of tension.")
    talks = next(t for t in doc if t.lower_ == "talks")
    assert len(coop.meeting_parties(talks)) == 2
    assert coop.meeting_status(talks) == "future"
    assert not any(code == "040" for _, code, _ in triples(doc.text))


def test_backing_a_party_itself_stays_diplomatic_cooperation():
    got = triples("The United States backed Israel in the dispute over the border.")
    assert ("USA", "050", "ISR") in got and not any(code == "051" for _, code, _ in got)


def test_a_release_by_an_unnamed_person_is_not_given_a_private_target_source():
    got = triples("He released her from the basement after two days, the court heard.")
    assert not any(code.startswith("084") for _, code, _ in got)


def _event(code: str, src_role: str, tgt_role: str):
    from dateline.events.codebook import info
    from dateline.model import Actor, Event, Span

    f = info(code)
    return Event(code=code, root=f.root, label=f.name, goldstein=f.goldstein, quad_class=f.quad_class, plover=f.plover,
                 source=Actor(None, "a", "USA" + src_role, "USA", src_role),
                 target=Actor(None, "b", "USA" + tgt_role, "USA", tgt_role), date=None, location=None,
                 evidence=Span(0, 1), confidence=0.5)


def test_talks_agreements_and_accepted_offers_between_firms_and_unions_are_dealings_the_standard_codes():
    assert coop.firms_dealing(_event("057", "BUS", "LAB"))
    assert coop.firms_dealing(_event("040", "BUS", "BUS"))
    assert coop.firms_dealing(_event("080", "LAB", "BUS"))
    assert not coop.firms_dealing(_event("061", "BUS", "BUS"))  # a sale or a contract stays commerce
    assert not coop.firms_dealing(_event("040", "CVL", "CVL"))
    assert not coop.firms_dealing(_event("057", "BUS", "GOV"))  # political: filters.commerce keeps it anyway


@pytest.mark.parametrize("text", [
    "Britain will re-examine a letter from the Japanese prime minister promising help, officials said.",
    "Brazil has set up a special debt commission, headed by the finance minister, to renegotiate its foreign debt.",
])
def test_reading_a_document_or_setting_up_a_body_is_no_investigation(text):
    assert not any(code.startswith("09") for _, code, _ in triples(text))


def test_a_commission_into_a_killing_is_still_an_investigation():
    got = triples("The Kenyan government set up a commission into the killing of the opposition leader.")
    assert any(code.startswith("09") for _, code, _ in got)
