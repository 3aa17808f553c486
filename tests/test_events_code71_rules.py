"""code71: the right pair coded with the wrong code (docs/evaluation/events-code71.md).
Every sentence is our own, written in Reuters 1987 wire style.

- A party's act said to break a WRITTEN RULE (a law, GATT rules, an agreement, a treaty, a
  contract) is an accusation (112) against its maker or the party; a principle or a right broken
  stays criticism (111, critic59). "failed to honour / live up to / comply with" an agreement is
  the same accusation. A negated, possible or conditional breach is none
  (`broken_instruments`).
- Rejecting a request, demand or recommendation for an economic policy change (a devaluation,
  cuts, privatisation, the removal of subsidies, the introduction of a tax reform) is 1232
  (`rejections`: more request nouns, "for" hung on the asker, policy nouns, acts on a measure).
- Talks, discussions or meetings about a deal (a merger, a sale, the terms of a loan, a
  settlement, "in a bid to reschedule the debt") are negotiation (046), not a plain meeting
  (040) (`deal_talks`).
- An appeal to a state to remove, abolish or ease its own economic curbs (controls, price
  controls, subsidies, a ceiling) is an appeal for policy change (0242); curbs on trade stay the
  trade appeal (0211) (`appeals.REMOVING_VERBS`, `_curb_object`).
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples, wire_story

DAY = "1987-04-10"


def _codes(got, pair):
    return {c for s, c, t in got if (s, t) == pair}


# --- a broken written rule: 112 ------------------------------------------------------------------

@pytest.mark.parametrize("place,text,want", [
    ("BRUSSELS", "The European Community said Japan's new tariffs on leather goods violate GATT rules.",
     ("IGOEUREEC", "112", "JPN")),
    ("OTTAWA", "Canada charged that the U.S. duty on softwood lumber breaches the bilateral trade agreement.",
     ("CAN", "112", "USA")),
    ("ATHENS", "Greece said Turkish exploration in the Aegean violated the 1976 agreement.", ("GRC", "112", "TUR")),
    ("BRASILIA", "Brazil said Argentina's import quotas broke the terms of the bilateral accord.", ("BRA", "112", "ARG")),
    ("TOKYO", "Japan complained to the GATT secretariat that South Korea's import curbs break GATT rules.",
     ("JPN", "112", "KOR")),
])
def test_a_thing_that_breaks_a_written_rule_is_an_accusation(place, text, want):
    got = coded_triples(wire_story(place, DAY, text), DAY)
    assert want in got, got
    assert "111" not in _codes(got, (want[0], want[2])), got


@pytest.mark.parametrize("place,text,want", [
    ("CANBERRA", "Australian officials said Japan had failed to honour its beef agreement with Australia.",
     ("AUSGOV", "112", "JPN")),
    ("OTTAWA", "Canadian officials said Washington had failed to comply with the 1985 fisheries treaty.",
     ("CANGOV", "112", "USA")),
])
def test_a_party_that_failed_to_keep_an_agreement_is_accused(place, text, want):
    assert want in coded_triples(wire_story(place, DAY, text), DAY)


def test_a_broken_principle_stays_criticism():
    got = coded_triples(wire_story("WASHINGTON", DAY, "Senator Lloyd Bentsen said the Japanese government's "
                                   "rice policy violates the principles of free trade."), DAY)
    assert ("USALEG", "111", "JPNGOV") in got, got
    assert "112" not in {c for _, c, _ in got}, got


@pytest.mark.parametrize("place,text", [
    ("BRASILIA", "Brazil said Argentina's import quotas may violate the bilateral accord."),
    ("ATHENS", "Greece said Turkey's exploration did not violate the 1976 agreement."),
    ("TOKYO", "Japan said it had not failed to honour its semiconductor agreement with the United States."),
    ("BRUSSELS", "The minister said the new Japanese levy would contravene GATT rules if it were adopted."),
])
def test_no_accusation_of_a_breach_denied_possible_or_conditional(place, text):
    got = coded_triples(wire_story(place, DAY, text), DAY)
    assert not [t for t in got if t[1][:2] == "11"], got


# --- a rejected request for a policy change: 1232 -----------------------------------------------------

@pytest.mark.parametrize("place,text,want", [
    ("LUSAKA", "Zambia has rejected a demand by the International Monetary Fund for a devaluation of the kwacha.",
     ("ZMB", "1232", "IGOIMF")),
    ("BUENOS AIRES", "Argentina rejected World Bank recommendations for cuts in public spending.",
     ("ARG", "1232", "IGOWBK")),
    ("LAGOS", "The Nigerian government dismissed calls from the World Bank for the privatisation of state firms.",
     ("NGAGOV", "1232", "IGOWBK")),
    ("CAIRO", "Egypt rejected a call by the IMF for the removal of food subsidies.", ("EGY", "1232", "IGOIMF")),
    ("TOKYO", "Japan rejected U.S. demands for the liberalisation of its rice market.", ("JPN", "1232", "USA")),
])
def test_a_rejected_request_for_a_policy_change(place, text, want):
    assert want in coded_triples(wire_story(place, DAY, text), DAY)


def test_a_rejected_request_for_a_leader_removed_or_a_plain_suggestion_is_no_policy_change():
    got = coded_triples(wire_story("BAGHDAD", DAY, "Iraq rejected Iranian demands for the removal of President "
                                   "Saddam Hussein."), DAY)
    assert "1232" not in {c for _, c, _ in got}, got
    got = coded_triples(wire_story("LIMA", DAY, "Peru rejected a U.S. suggestion that it seek help from the IMF."), DAY)
    assert ("PER", "120", "USA") in got, got


# --- talks about a deal: 046 ----------------------------------------------------------------------------

@pytest.mark.parametrize("place,text,want", [
    ("NEW YORK", "Texaco Inc said it is holding talks with Pennzoil Co about a settlement of their legal dispute.",
     ("USABUS", "046", "USABUS")),
    ("DETROIT", "Chrysler Corp said it is talking with American Motors Corp about a possible merger.",
     ("USABUS", "046", "USABUS")),
    ("NEW YORK", "General Electric Co said it held discussions with RCA Corp on the sale of its television unit.",
     ("USABUS", "046", "USABUS")),
    ("BUENOS AIRES", "Argentine officials are holding talks with Citibank on the terms of a new loan.",
     ("ARGGOV", "046", "USABUS")),
    ("NEW YORK", "Brazilian Finance Minister Dilson Funaro met bank creditors in New York to negotiate new terms "
     "for the country's debt.", ("BRAGOV", "046", "---BUS")),
])
def test_talks_about_a_deal_are_negotiation(place, text, want):
    got = coded_triples(wire_story(place, DAY, text), DAY)
    assert want in got, got
    assert "040" not in _codes(got, (want[0], want[2])), got


def test_meeting_in_a_bid_to_reschedule_is_negotiation_both_ways():
    got = coded_triples(wire_story("MEXICO CITY", DAY, "Mexican officials and the bank advisory committee have been "
                                   "meeting in New York in an effort to reschedule 20 billion dlrs of debt."), DAY)
    assert {("MEXGOV", "046", "---BUS"), ("---BUS", "046", "MEXGOV")} <= got, got


@pytest.mark.parametrize("place,text,want", [
    ("BONN", "Chancellor Helmut Kohl talked with French President Francois Mitterrand about the European farm "
     "budget.", ("DEUGOV", "040", "FRAGOV")),
    ("WASHINGTON", "Secretary of State George Shultz talked with Israeli Prime Minister Yitzhak Shamir about the "
     "peace conference.", ("USAGOV", "040", "ISRGOV")),
])
def test_talks_about_no_deal_stay_a_meeting(place, text, want):
    got = coded_triples(wire_story(place, DAY, text), DAY)
    assert want in got, got
    assert "046" not in {c for _, c, _ in got}, got


# --- an appeal to remove a state's own curbs: 0242 ------------------------------------------------------

@pytest.mark.parametrize("place,text,want", [
    ("TOKYO", "The American Chamber of Commerce called on Japan to remove controls on foreign banks.",
     ("USABUS", "0242", "JPN")),
    ("LONDON", "Britain asked West Germany to eliminate subsidies for its coal industry.", ("GBR", "0242", "DEU")),
    ("WASHINGTON", "The IMF called on Brazil to abolish price controls.", ("IGOIMF", "0242", "BRA")),
])
def test_an_appeal_to_remove_economic_curbs_is_a_policy_change(place, text, want):
    got = coded_triples(wire_story(place, DAY, text), DAY)
    assert want in got, got
    assert "0211" not in {c for _, c, _ in got}, got


def test_an_appeal_to_remove_curbs_on_trade_stays_a_trade_appeal():
    got = coded_triples(wire_story("SEOUL", DAY, "U.S. Trade Representative Clayton Yeutter urged South Korea to "
                                   "abolish restrictions on imports of American beef."), DAY)
    assert ("USAGOV", "0211", "KOR") in got, got
    got = coded_triples(wire_story("WASHINGTON", DAY, "The United States urged Japan to buy more American "
                                   "supercomputers."), DAY)
    assert "0242" not in {c for _, c, _ in got}, got
