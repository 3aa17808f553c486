"""target69: acts read whose target sits where the frame did not look (docs/evaluation/events-target69.md).

- meetings of a body attended (040; "will attend" 036), boycotted (143) or refused (125 "refused to
  attend") are aimed at the body whose meeting it is (annr67e/f conventions): the "of" body, an ORG
  compound, one compound down ("a World Bank board meeting"); a city naming the meeting is its venue
  (`frames.venue_named`, `frames.meeting_body`).
- "reached an agreement with X to <verb>": the small model reads X as the subject of the
  to-clause; X is the preposition's object (`frames._gerund_subject`).
- approving / passing a ban or embargo against Y is 163 (not the 061 of "approve +trade").
- dealers, wholesalers and distributors are business (roles.tsv).
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

ATTENDED = [
    ("Japanese Finance Minister Kiichi Miyazawa attended the annual meeting of the Asian Development Bank in Manila.",
     ("JPNGOV", "040", "IGOADB"), "1987-04-27"),
    ("China is attending an International Monetary Fund meeting for the first time as an observer, a Chinese "
     "official said.", ("CHN", "040", "IGOIMF"), "1987-04-27"),
    ("Mexican Finance Minister Gustavo Petricioli attended a World Bank board meeting on Tuesday.",
     ("MEXGOV", "040", "IGOWBK"), "1987-04-27"),
    ("Kuwaiti Oil Minister Ali al-Khalifa al-Sabah attended an OPEC oil ministers meeting in Vienna.",
     ("KWTGOV", "040", "IGOOPC"), "1987-04-27"),
    ("Palestinian President Yasser Arafat attended an Arab League summit in Cairo last month.",
     ("PSEGOV", "040", "IGOARL"), "1996-07-08"),
    ("Venezuelan Foreign Minister Jorge Arreaza attended the United Nations General Assembly session in New York "
     "on Tuesday.", ("VENGOV", "040", "IGOUNO"), "2019-09-24"),
    ("Saudi Oil Minister Hisham Nazer will attend the OPEC conference in Vienna next week, the Saudi Press Agency "
     "said.", ("SAUGOV", "036", "IGOOPC"), "1987-04-27"),
    ("Russian Foreign Minister Yevgeny Primakov will attend the NATO summit in Madrid on Tuesday.",
     ("RUSGOV", "036", "IGONAT"), "1996-07-08"),
]


@pytest.mark.parametrize("text,triple,date", ATTENDED)
def test_meeting_attended_is_aimed_at_its_body(text, triple, date):
    assert triple in triples(text, published=date)


BOYCOTTED = [
    ("Italy boycotted the Paris meeting of the Group of Seven, Italian officials said.", ("ITA", "143", "IGOGOS")),
    ("Turkey boycotted a meeting of the Council of Europe in Strasbourg on Monday.", ("TUR", "143", "IGOCOE")),
    ("Iraq refused to attend the OPEC meeting in Geneva, oil industry sources said.", ("IRQ", "125", "IGOOPC")),
    ("Serbian President Slobodan Milosevic refused to attend the OSCE conference.", ("SRBGOV", "125", "IGOSCE")),
]


@pytest.mark.parametrize("text,triple", BOYCOTTED)
def test_meeting_boycotted_or_refused(text, triple):
    got = triples(text, published="1996-07-08")
    assert triple in got
    assert not any(t == "FRA" for _, _, t in got)  # the city of the meeting is its venue, no party


@pytest.mark.parametrize("text", [
    "Miyazawa did not attend the ADB meeting, officials said.",
    "Miyazawa may attend the ADB meeting, officials said.",
    "About 3,000 people attended the funeral of the slain officers.",
    "Several bankers attended a seminar on Third World debt in London.",
])
def test_attending_not_coded(text):
    assert not any(c in ("040", "036") for _, c, _ in triples(text, published="1987-04-27"))


def test_with_party_read_as_the_subject_of_a_to_clause():
    text = ("Morocco reached an agreement here last week with the Paris Club of western creditor governments "
            "to reschedule its debt.")
    assert ("MAR", "057", "IGOPRC") in triples(text, published="1987-04-20")


BANS = [
    ("Norway's parliament has approved an extensive trade ban against South Africa.", ("NORLEG", "163", "ZAF")),
    ("The Danish parliament passed an oil embargo against South Africa on Tuesday.", ("DNKLEG", "163", "ZAF")),
]


@pytest.mark.parametrize("text,triple", BANS)
def test_approved_ban_against_a_state(text, triple):
    got = triples(text, published="1987-03-10")
    assert triple in got
    assert not any(c == "061" for _, c, _ in got)


@pytest.mark.parametrize("text", [
    "The city council approved a ban on smoking in restaurants.",
    "Parliament did not approve the trade ban against South Africa.",
])
def test_approved_ban_not_coded(text):
    assert not any(c == "163" for _, c, _ in triples(text, published="1987-03-10"))


def test_trade_association_of_dealers_is_business():
    text = "The union has been in negotiations with the Greater New York Association of Meat and Poultry Dealers since March."
    assert ("USALAB", "046", "USABUS") in triples(text, published="1987-05-12")


def test_drug_dealer_is_no_business():
    from dateline.resolve.actors import code_actor

    assert code_actor("a drug dealer").code == "---CVL"
    assert code_actor("Japanese auto dealers").code == "JPNBUS"


AT_A_BODY_MEETING = [
    ("At a meeting of EC foreign ministers, Britain called for a full debate on the proposed tax on oils and fats.",
     ("GBR", "020", "IGOEUREEC"), "1987-03-16"),
    ("During the IMF meeting, Brazil asked for more time to repay its debts.", ("BRA", "0211", "IGOIMF"), "1987-03-16"),
    ("At the United Nations General Assembly session in New York, Iran appealed for an end to sanctions.",
     ("IRN", "020", "IGOUNO"), "1996-07-01"),
]


@pytest.mark.parametrize("text,triple,date", AT_A_BODY_MEETING)
def test_appeal_at_a_bodys_meeting_is_aimed_at_the_body(text, triple, date):
    assert triple in triples(text, published=date)


@pytest.mark.parametrize("text", [
    "After a meeting of EC farm ministers, France said it would block the proposal.",  # after: no setting
    "At the Arab League summit in Cairo, Syria rejected the Israeli peace plan.",  # a rejection: the plan's author
])
def test_body_meeting_not_the_target(text):
    got = triples(text, published="1987-03-16")
    assert not any(t in ("IGOEUREEC", "IGOARL") for _, _, t in got)


DENIAL_NOUNS = [
    ("WASHINGTON, June 2 - The Justice Department sued Chrysler Corp for selling cars with disconnected odometers."
     "\n\nChrysler repeated its denial of the charges on Tuesday.", ("USABUS", "016", "USAGOV")),
    ("BAGHDAD, Jan 12 - Iraq accused Iran of shelling the southern port of Basra with long-range artillery."
     "\n\nIran issued a denial later in the day.", ("IRN", "016", "IRQ")),
]


@pytest.mark.parametrize("text,triple", DENIAL_NOUNS)
def test_denial_told_as_a_noun_answers_the_accuser(text, triple):
    assert triple in triples(text, published="1987-03-12")


def test_denial_noun_with_no_accuser_not_coded():
    text = ("TOKYO, Jan 12 - Sony Corp said profits rose 12 pct in the quarter.\n\n"
            "The company reiterated its denial that it planned to sell its film unit.")
    assert not any(c == "016" for _, c, _ in triples(text, published="1987-03-12"))


@pytest.mark.parametrize("name,code", [
    ("Comecon", "---IGO"), ("the OECD", "---IGO"), ("the Inter-American Development Bank", "---IGO"),
    ("the EBRD", "IGOEBR"), ("the CSCE", "IGOSCE"), ("the Club of Paris", "IGOPRC"), ("EFTA", "IGOEFT"),
])
def test_era_bodies_resolve(name, code):
    from dateline.resolve.actors import code_actor

    assert code_actor(name).code == code


def test_body_with_no_known_group_borrows_no_country():
    got = triples("GENEVA, March 20 - The OECD urged Japan to stimulate domestic demand.", published="1987-03-20")
    assert ("---IGO", "0211", "JPN") in got
    assert not any(s == "CHEIGO" for s, _, _ in got)


def test_talks_with_comecon():
    got = triples("The European Community held talks with Comecon in Geneva on Friday.", published="1987-03-20")
    assert ("IGOEUREEC", "040", "---IGO") in got


def test_court_denies_a_partys_motion():
    got = triples("The Supreme Court denied Pennzoil's motion to dismiss the appeal.", published="1987-03-20")
    assert ("USAJUD", "120", "USABUS") in got


APPOSED_STATES = [
    ("Iran criticised its two neighbours, Iraq and Turkey, for their policies.", {("IRN", "111", "IRQ"), ("IRN", "111", "TUR")}),
    ("Iraq accused its Gulf neighbours - Kuwait, Saudi Arabia and the United Arab Emirates - of exceeding their "
     "OPEC quotas.", {("IRQ", "112", "KWT"), ("IRQ", "112", "SAU"), ("IRQ", "112", "ARE")}),
    ("China warned its southern neighbours, Vietnam and the Philippines, against building on the disputed islands.",
     {("CHN", "130", "VNM"), ("CHN", "130", "PHL")}),
]


@pytest.mark.parametrize("text,want", APPOSED_STATES)
def test_states_listed_in_apposition_are_each_a_target(text, want):
    got = triples(text, published="1996-03-20")
    assert want <= got
    assert not any(t.endswith("CVL") for _, _, t in got)  # the states, not private "neighbours"


def test_people_listed_in_apposition_stay_as_before():
    got = triples("Police arrested two men, Ahmed Ali and Hassan Omar, in Cairo.", published="1996-03-20")
    assert len(got) == 1 and all(c == "173" and t.endswith("CVL") for _, c, t in got)


IT_OWNER = [
    ("The IMF criticised Argentina's budget deficit and asked it to cut spending.", ("IGOIMF", "020", "ARG")),
    ("The World Bank praised Morocco's economic reforms and urged it to continue its adjustment efforts.",
     ("IGOWBK", "020", "MAR")),
    ("Washington praised Seoul's decision and urged it to open its rice market.", ("USA", "0211", "KOR")),
]


@pytest.mark.parametrize("text,triple", IT_OWNER)
def test_it_is_the_owner_of_the_thing_just_acted_on(text, triple):
    assert triple in triples(text, published="1987-03-20")


def test_it_with_two_possible_owners_stays_unread():
    got = triples("The IMF compared Argentina's deficit with Brazil's and asked it to cut spending.", published="1987-03-20")
    assert not any(c == "020" and t in ("ARG", "BRA") for _, c, t in got)
