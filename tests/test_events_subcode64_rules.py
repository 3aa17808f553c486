"""subcode64: the field subcode of a plain appeal or intent, and the third-country meeting
(docs/evaluation/events-subcode64.md). Every sentence is our own, in three eras' wire style.

- A plain appeal (020) from one country to another whose asked content names trade, money or debt
  is 0211; one that names extradition or a tribunal is 0213; names inside entities do not count,
  and an appeal at home stays 020.
- A plain intent to cooperate or work together (030) whose complements name the field is 0311-0314; with no field
  word, two intelligence services (or two armies) cooperating is 0314 (0312).
- Trade, wage or debt talks held, opened or begun are negotiations (046); talks on trade, peace
  talks and trade talks as a subject ("trade talks collapsed") stay 040.
- Talks "at an undisclosed location" between two states are a third-country meeting (044); two
  parties of one country meeting abroad are a plain meeting (040).
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples


@pytest.mark.parametrize("text, date, triple", [
    ("TOKYO 1987-03-02\n\nJapan urged the United States to stabilise exchange rates.", "1987-03-02", ("JPN", "0211", "USA")),
    ("PARIS 1987-03-02\n\nFrance called on West Germany to cut its interest rates to steady the dollar.", "1987-03-02", ("FRA", "0211", "DEU")),
    ("BERLIN 2012-05-02\n\nGermany urged Greece to honour its debts to European banks.", "2012-05-02", ("DEU", "0211", "GRC")),
    ("BEIJING 2004-05-02\n\nThe United States urged China to let its currency float freely.", "2004-05-02", ("USA", "0211", "CHN")),
])
def test_an_appeal_for_an_economic_act_is_0211(text, date, triple):
    got = coded_triples(text, date)
    assert triple in got and (triple[0], "020", triple[2]) not in got


@pytest.mark.parametrize("text, date, triple", [
    ("LONDON 2012-05-02\n\nBritain asked Russia to extradite the suspect.", "2012-05-02", ("GBR", "0213", "RUS")),
    ("ROME 2008-05-02\n\nItaly called on Brazil to extradite the fugitive.", "2008-05-02", ("ITA", "0213", "BRA")),
])
def test_an_appeal_for_extradition_is_0213(text, date, triple):
    assert triple in coded_triples(text, date)


@pytest.mark.parametrize("text, date, triple", [
    ("BONN 1996-08-30\n\nGermany urged Russia to respect the ceasefire in Chechnya.", "1996-08-30", ("DEU", "0211", "RUS")),
    ("GENEVA 2004-05-02\n\nBrazil urged India to join the World Trade Organisation talks.", "2004-05-02", ("BRA", "0211", "IND")),
    ("ATHENS 2012-05-02\n\nGreece called on Turkey to show restraint.", "2012-05-02", ("GRC", "0211", "TUR")),
    ("CANBERRA 1987-03-02\n\nThe Australian government called on employers to hold down salaries as part of its campaign "
     "for economic restraint.", "1987-03-02", ("AUSGOV", "0211", "AUSBUS")),
    ("BONN 1996-08-30\n\nGermany asked France to propose a review of its pledges to the world trade body.", "1996-08-30",
     ("DEU", "0211", "FRA")),
    ("WASHINGTON 2008-05-02\n\nThe president asked Congress to approve tax cuts to stimulate economic growth.",
     "2008-05-02", ("USAGOV", "0211", "USALEG")),
    ("WASHINGTON 1987-03-02\n\nPresident Reagan urged Congress to reject new trade barriers.", "1987-03-02",
     ("USAGOV", "0211", "USALEG")),
])
def test_an_appeal_naming_no_economic_content_is_no_0211(text, date, triple):
    """Also an appeal at home (policy), for growth or tax cuts, and one naming only a trade body (tune gold 020)."""
    got = coded_triples(text, date)
    assert got and triple not in got


@pytest.mark.parametrize("text, date, triples", [
    ("TOKYO 1987-03-02\n\nJapan promised to cooperate with the United States on stabilising currencies.", "1987-03-02",
     [("JPN", "0311", "USA")]),
    ("BEIJING 2004-05-02\n\nChina promised to work with the United States on reducing its trade surplus.", "2004-05-02",
     [("CHN", "0311", "USA")]),
    ("ROME 2008-05-02\n\nItaly agreed to cooperate with Brazil in the extradition of the fugitive.", "2008-05-02",
     [("ITA", "0313", "BRA")]),
    ("WARSAW 1996-08-30\n\nThe German and Polish intelligence services will work together against drug smuggling, "
     "the ministry said.", "1996-08-30", [("DEUSPY", "0314", "POLSPY"), ("POLSPY", "0314", "DEUSPY")]),
    ("WARSAW 2008-05-02\n\nThe Polish and Lithuanian intelligence services agreed to cooperate against terrorism.",
     "2008-05-02", [("POLSPY", "0314", "LTUSPY"), ("LTUSPY", "0314", "POLSPY")]),
])
def test_an_intent_to_cooperate_takes_its_field(text, date, triples):
    got = coded_triples(text, date)
    assert all(t in got for t in triples)


@pytest.mark.parametrize("text, date, triple", [
    ("TOKYO 1987-03-02\n\nJapan promised to work with the United States to end the dispute.", "1987-03-02", ("JPN", "030", "USA")),
    ("SEOUL 2004-05-02\n\nJapan and South Korea agreed to restore their intelligence-sharing pact.", "2004-05-02",
     ("JPN", "030", "KOR")),  # no cooperating verb: the pact's intent as codes29 has it
    ("CAIRO 2012-05-02\n\nEgypt pledged to cooperate with Israel on the border.", "2012-05-02", ("EGY", "030", "ISR")),
    ("KIEV 2008-05-02\n\nUkraine and Poland agreed to cooperate more closely.", "2008-05-02", ("UKR", "030", "POL")),
])
def test_an_intent_naming_no_field_stays_030(text, date, triple):
    assert triple in coded_triples(text, date)


@pytest.mark.parametrize("text, date, triple", [
    ("JERUSALEM 1987-03-02\n\nIsraeli and Jordanian officials held secret talks at an undisclosed location on Sunday, "
     "a newspaper said.", "1987-03-02", ("ISRGOV", "044", "JORGOV")),
    ("DAMASCUS 2008-05-02\n\nSyrian and Israeli envoys met at a secret venue last week, a diplomat said.", "2008-05-02",
     ("SYRGOV", "044", "ISRGOV")),
    ("GENEVA 1996-08-30\n\nRussian Foreign Minister Yevgeny Primakov met U.S. Secretary of State Warren Christopher "
     "in Geneva on Friday.", "1996-08-30", ("RUSGOV", "044", "USAGOV")),
])
def test_a_meeting_at_no_side_s_home_is_044(text, date, triple):
    assert triple in coded_triples(text, date)


@pytest.mark.parametrize("text, date, triple", [
    ("RIYADH 1996-08-30\n\nU.S. Senator Arlen Specter met U.S. military commanders in Dhahran on Sunday.", "1996-08-30",
     ("USALEG", "040", "USAMIL")),
    ("KABUL 2012-05-02\n\nBritish Prime Minister David Cameron met British troops in Helmand on Monday.", "2012-05-02",
     ("GBRGOV", "040", "GBRMIL")),
    ("MOSCOW 2004-05-02\n\nPresident Vladimir Putin held talks with German Chancellor Gerhard Schroeder in Moscow.",
     "2004-05-02", ("RUSGOV", "040", "DEUGOV")),
])
def test_a_meeting_at_home_or_among_countrymen_is_040(text, date, triple):
    got = coded_triples(text, date)
    assert triple in got and (triple[0], "044", triple[2]) not in got


@pytest.mark.parametrize("text, date, triple", [
    ("SEOUL 2004-05-02\n\nSouth Korea began free trade talks with Japan on Monday.", "2004-05-02", ("KOR", "046", "JPN")),
    ("WASHINGTON 1987-03-02\n\nThe United States held trade talks with South Korea this week.", "1987-03-02", ("USA", "046", "KOR")),
])
def test_trade_talks_held_or_begun_are_046(text, date, triple):
    got = coded_triples(text, date)
    assert triple in got and (triple[0], "040", triple[2]) not in got


@pytest.mark.parametrize("text, date, triple", [
    ("WASHINGTON 1987-03-02\n\nThe United States held talks with South Korea this week.", "1987-03-02", ("USA", "040", "KOR")),
    ("KABUL 2008-05-02\n\nAfghanistan held peace talks with Pakistan on Monday.", "2008-05-02", ("AFG", "040", "PAK")),
    ("BONN 1996-08-30\n\nGermany held talks with France on trade.", "1996-08-30", ("DEU", "040", "FRA")),
    ("CAIRO 2012-05-02\n\nEgypt held talks with Israel on the Trade Ministry's plan.", "2012-05-02", ("EGY", "040", "ISR")),
    # ("US-Japanese trade talks collapsed": 040 both ways, tests/test_events_coop11_rules.py and prec12)
])
def test_other_talks_stay_040(text, date, triple):
    got = coded_triples(text, date)
    assert triple in got and (triple[0], "046", triple[2]) not in got


@pytest.mark.parametrize("text, date, triple", [
    ("JAKARTA 2004-05-02\n\nChinese Premier Wen Jiabao met Japanese Prime Minister Junichiro Koizumi at a summit in Jakarta.",
     "2004-05-02", ("CHNGOV", "044", "JPNGOV")),
    ("NEW YORK 1996-08-30\n\nIsraeli Foreign Minister David Levy met Egyptian Foreign Minister Amr Moussa at the United "
     "Nations headquarters in New York.", "1996-08-30", ("ISRGOV", "044", "EGYGOV")),
    ("UNITED NATIONS 2008-05-02\n\nIranian President Mahmoud Ahmadinejad met Venezuelan President Hugo Chavez on the "
     "sidelines of the U.N. General Assembly.", "2008-05-02", ("IRNGOV", "044", "VENGOV")),
    ("DOHA 2012-05-02\n\nAfghan officials held talks with Taliban representatives in Qatar.", "2012-05-02",
     ("AFGGOV", "044", "AFGREB")),
])
def test_a_meeting_placed_abroad_by_a_nested_place_or_the_un_is_044(text, date, triple):
    got = coded_triples(text, date)
    assert triple in got and (triple[0], "040", triple[2]) not in got


@pytest.mark.parametrize("text, date, triple", [
    ("GENEVA 1996-08-30\n\nGreek and Turkish diplomats met in Athens on Friday, a spokesman said.", "1996-08-30",
     ("GRCGOV", "040", "TURGOV")),
    ("GENEVA 1996-08-30\n\nGreek and Turkish diplomats met on Friday, a spokesman said.", "1996-08-30",
     ("GRCGOV", "040", "TURGOV")),  # no place named: the dateline does not place it (tune gold)
    ("TOKYO 1987-03-02\n\nJapanese Finance Minister Kiichi Miyazawa met U.S. Treasury Secretary James Baker on Sunday.",
     "1987-03-02", ("JPNGOV", "040", "USAGOV")),
    ("NEW YORK 2008-05-02\n\nPresident George W. Bush met Indian Prime Minister Manmohan Singh at the United Nations.",
     "2008-05-02", ("USAGOV", "040", "INDGOV")),
    ("WASHINGTON 1987-03-02\n\nPresident Reagan met Japanese Prime Minister Yasuhiro Nakasone at the White House on Monday.",
     "1987-03-02", ("USAGOV", "040", "JPNGOV")),
])
def test_a_meeting_at_a_side_s_home_stays_040(text, date, triple):
    got = coded_triples(text, date)
    assert triple in got and (triple[0], "044", triple[2]) not in got
