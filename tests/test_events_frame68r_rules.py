"""frame68r: deals, grants and deadlines of economic wire copy the verb dictionary did not take
(docs/evaluation/events-frame68r.md). Every sentence is our own, in 1980s/1990s wire or 2010s
news style.

- An order placed with a supplier (061), a bid or offer for a company (0311) and a stake or a
  company bought across a border (061) stay coded between firms (events/firm_deals.py); a
  purchase at home stays commerce, and shares, dollars or bonds bought name no party.
- Goods of any kind sold to a party are trade with it (061); weapons stay 072.
- Money granted to a state, also when the parser reads receiver and sum as two objects (07x).
- Arrears cleared with a creditor (061); a deal closed with a party (057); a deadline set for a
  party (139); a firm taken over by a firm (061), never troops "taking over" a port.
"""
from __future__ import annotations

from events_variety import coded_triples


def _has(text, triple, day="1987-03-10"):
    got = coded_triples(text, day)
    assert triple in got, (text, got)


def _codes(text, day="1987-03-10"):
    return {code for _, code, _ in coded_triples(text, day)}


# --- orders, bids, purchases between firms -------------------------------------------------------

def test_an_order_placed_with_a_supplier_is_trade():
    _has("British Airways has placed an order with Boeing Co for six 747 aircraft.", ("GBRBUS", "061", "USABUS"))
    _has("Singapore Airlines placed a firm order with Airbus Industrie for 20 A340 jets.",
         ("SGPBUS", "061", "EURBUS"), "1996-03-10")


def test_a_bid_for_a_company_is_an_offer_to_buy():  # (modal68's competing bid line was dropped by the integrator)
    _has("Boeing has bid 40 dlrs a share for Fokker, the Dutch aircraft maker.", ("USABUS", "0311", "NLDBUS"))
    _has("Siemens AG launched a bid for Plessey Co, the British electronics group.", ("DEUBUS", "0311", "GBRBUS"),
         "1994-03-10")
    _has("Siemens AG made an offer for Plessey Co, the British electronics group.", ("DEUBUS", "0311", "GBRBUS"))


def test_a_stake_bought_abroad_is_economic_cooperation():
    # (an xfail until the thirtieth session: the round-71 batch's settled convention codes takeovers
    # between firms, and source72/frame72 keep them, so it passes)
    _has("General Motors Corp bought a 10 pct stake in Lotus Group, the British sports car maker.",
         ("USABUS", "061", "GBRBUS"))
    _has("Volkswagen AG acquired a 70 pct stake in Skoda, the Czech carmaker.", ("DEUBUS", "061", "CZEBUS"),
         "1996-03-10")


def test_a_purchase_at_home_or_of_no_party_is_not_coded():
    # (source72: "General Motors Corp acquired a 5 pct stake in Ford Motor Co" is now 061: the round-71
    # batch's settled convention codes takeovers between two named firms, at home too)
    assert "061" in _codes("General Motors Corp acquired a 5 pct stake in Ford Motor Co.")
    # (frame72: "General Motors Corp acquired a 5 pct stake in Ford Motor Co." left this list: a firm's
    # stake bought in a firm at home is 061 by annot71's settled convention, tests/test_events_frame72_rules.py)
    for text in ("The Bank of Japan bought dollars in Tokyo today, dealers said.",
                 "Exxon Corp sold 2 mln shares to the public on Monday.",
                 "Sony Corp placed an advertisement in the newspaper."):
        assert not _codes(text) & {"061", "0311"}, text


def test_a_bid_not_made_is_not_coded():
    for text in ("Analysts said Ford could bid for Jaguar if the price fell.",
                 "Analysts said the bid for the Olympics was a long shot.",
                 "The company did not buy a stake in Fiat, a spokesman said."):
        assert not _codes(text, "1990-03-10") & {"061", "0311"}, text


def test_troops_taking_over_a_port_buy_nothing():
    assert "061" not in _codes("Troops took over the port of Santos on Monday.", "1992-03-10")


# --- sales, grants, arrears ----------------------------------------------------------------------

def test_goods_sold_to_a_state_are_trade():
    _has("Argentina sold 200,000 tonnes of beef to the Soviet Union last month, trade officials said.",
         ("ARG", "061", "RUS"))
    _has("Brazil sold 1.2 million tonnes of coffee to Germany last year.", ("BRA", "061", "DEU"), "1998-03-10")
    _has("Russia sold two helicopters to Peru in March.", ("RUS", "061", "PER"), "2015-03-10")


def test_money_granted_to_a_state_is_aid():
    _has("France granted Senegal 500 mln francs in budget support.", ("FRA", "071", "SEN"), "1992-03-10")
    _has("Britain has granted Pakistan 100 million pounds for education.", ("GBR", "071", "PAK"), "2011-03-10")
    # two objects read by the parser: the receiver first, the counted sum last
    _has("Britain has granted Mozambique about eight mln sterling for food aid, the High Commission announced.",
         ("GBR", "073", "MOZ"))


def test_arrears_cleared_with_a_creditor():
    _has("Peru has cleared its arrears to the World Bank, a finance ministry official said.", ("PER", "061", "IGOWBK"))
    _has("Zambia paid its arrears to the IMF on Monday.", ("ZMB", "061", "IGOIMF"), "1999-03-10")


# --- deals closed, deadlines set -----------------------------------------------------------------

def test_a_deal_closed_with_a_party_is_an_agreement():
    _has("Texaco Inc closed the sale of its refinery with Petroleos de Venezuela.", ("USABUS", "057", "VENBUS"))
    assert "057" not in _codes("Microsoft closed the deal quickly, a spokesman said.", "1995-03-10")


def test_a_deadline_set_for_a_party_is_an_ultimatum():
    _has("The United Auto Workers union set a strike deadline at Chrysler Corp for Friday.", ("USALAB", "139", "USABUS"))
    _has("The European Union set Greece a deadline of March 31 to pass the reforms.", ("IGOEUREEC", "139", "GRC"),
         "2013-03-10")
    assert "139" not in _codes("The company set a deadline for bids of March 31.")


def test_bonds_or_shares_sold_trade_with_no_party():
    for text in ("The Treasury sold 9 billion dlrs of bonds to investors on Tuesday.",
                 "The government sold 40 pct of the shares to foreign banks."):
        assert "061" not in _codes(text), text


# --- criticism voiced in a chamber ---------------------------------------------------------------

def test_coming_under_fire_in_a_chamber_is_its_criticism():
    _has("WASHINGTON, March 10 - Japan's 58 billion dlr trade surplus with the United States has come under "
         "fire in Congress, where lawmakers fear the loss of jobs.", ("USALEG", "111", "JPN"))
    _has("The Thatcher government's health policy came under fire in Parliament on Tuesday.",
         ("GBRLEG", "111", "GBRGOV"), "1989-03-10")
    _has("The EU's rescue plan for Greece came under fire in the Bundestag.", ("DEULEG", "111", "IGOEUREEC"),
         "2011-03-10")


def test_coming_under_fire_in_a_city_names_no_critic():
    assert "111" not in _codes("The plan came under fire in Washington.", "1995-03-10")


# --- fasting is a hunger strike ------------------------------------------------------------------

def test_fasting_strikers_are_on_hunger_strike():
    got = coded_triples("LA PAZ, March 10 - Victor Lopez, secretary of the miners union, said the strikers began to "
                        "fast in the tin mining districts to press the government for higher wages.", "1987-03-10")
    assert any(code == "142" for _, code, _ in got), got
    assert "142" not in _codes("Muslims fast during the month of Ramadan.", "2012-08-01")


def test_papers_bought_or_a_purchase_at_home_name_no_deal():
    for text in ("The Bank of Japan bought around 50 billion yen of 10-year government bonds, bond traders said.",
                 "Today, rumors circulated that Coniston Partners were buying UAL stock.",
                 "Fundamental Brokers Institutional Associates, a leading inter-dealer broker in U.S. government "
                 "securities, said it has agreed to acquire certain assets of MKI Government Brokers Inc."):
        assert not _codes(text) & {"061", "0311"}, text
