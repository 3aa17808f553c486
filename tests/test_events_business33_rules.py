"""business33: governments, regulators, courts and unions acting on firms in 1986-1990 business
wire (docs/evaluation/events-business33.md). Every sentence is our own, in Reuters or WSJ style.

- A firm's country from its legal form: Plc GBR, AG DEU, SpA ITA, NV NLD, KK JPN; a name ending in
  any legal form ("Pennzoil Co") is a firm. "Corp", "Inc", "Ltd", "SA" name no country.
- US regulators and other countries' competition offices are listed (SEC, FTC, the Justice and
  Commerce Departments, the Monopolies and Mergers Commission, the Federal Cartel Office ...).
- An order to a firm is an administrative penalty (172); the ordered act is not done.
- A state stopping a firm's sale or a takeover bid rejects economic cooperation (1211); a board
  turning down a bid stays 120.
- Strikers' demands go to the employer they strike; "walked off the job" is a strike; whatever a
  state nationalises it confiscates (1711).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1988-05-10"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- a firm's country from its legal form ----------------------------------------------------------

def test_legal_forms_give_the_firm_its_country():
    assert ("DEUBUS", "115", "ITABUS") in coded_triples("Zeta AG sued Rho SpA for breach of contract.", DAY)
    assert ("NLDBUS", "120", "GBRBUS") in coded_triples(
        "Tau NV said it rejected the offer from Upsilon Holdings Plc.", DAY)


def test_a_legal_form_outranks_the_dateline():
    got = coded_triples("TOKYO, May 10 - Phi KK said it rejected a bid from Chi Holdings Plc.", DAY)
    assert ("JPNBUS", "120", "GBRBUS") in got, got


def test_neutral_legal_forms_name_no_country():
    from dateline.resolve.legal_forms import firm_by_legal_form, legal_form_country
    assert legal_form_country("Zeta Corp") is None and legal_form_country("Omega SA") is None
    assert legal_form_country("Zeta AG") == "DEU" and legal_form_country("Rho S.p.A.") == "ITA"
    assert legal_form_country("the ag sector") is None  # a lower-case word is no legal form
    assert legal_form_country("Texas AG") is None  # a state attorney general
    assert firm_by_legal_form("Pennzoil Co.") and not firm_by_legal_form("co-petitioners")


# --- regulators named without their country --------------------------------------------------------

def test_us_regulators_are_the_us_government():
    got = coded_triples("The Federal Trade Commission filed an antitrust suit against Psi Industries Inc.", DAY)
    assert ("USAGOV", "115", "USABUS") in got, got
    got = coded_triples("The Securities and Exchange Commission sued Omega Corp., charging it with fraud.", DAY)
    assert ("USAGOV", "115", "USABUS") in got, got


def test_a_competition_office_blocking_a_bid_rejects_the_bidder():
    got = coded_triples("LONDON, May 10 - The Monopolies and Mergers Commission blocked Sigma Group Plc's bid "
                        "for Kappa Holdings Plc.", DAY)
    assert ("GBRGOV", "1211", "GBRBUS") in got, got


# --- orders to a firm -------------------------------------------------------------------------------

def test_an_order_to_a_firm_is_an_administrative_penalty_and_the_ordered_act_is_not_done():
    got = coded_triples("TOKYO, May 10 - The Ministry of International Trade and Industry ordered Nu Machine Co "
                        "to halt exports to the Soviet Union.", DAY)
    assert got == {("JPNGOV", "172", "JPNBUS")}, got
    got = coded_triples("FRANKFURT, May 10 - The Bundesbank ordered Xi Bank AG to raise its capital.", DAY)
    assert ("DEUGOV", "172", "DEUBUS") in got, got


def test_orders_to_others_are_no_firm_penalty():
    for text in ("The president ordered troops to fire on the protesters.",
                 "KABUL, May 10 - The government ordered the army to withdraw from the city."):
        got = coded_triples(text, DAY)
        assert "172" not in _codes(got), (text, got)
    got = coded_triples("The court ordered the company to pay $10 million in damages.", DAY)
    assert "116" in _codes(got) and "172" not in _codes(got), got


def test_a_hypothetical_or_negated_order_is_not_coded():
    for text in ("Regulators could order Zeta Bank to raise more capital, analysts said.",
                 "WASHINGTON, May 10 - The SEC did not order Omega Corp to restate its earnings."):
        got = coded_triples(text, DAY)
        assert "172" not in _codes(got), (text, got)


# --- takeovers a state stops -------------------------------------------------------------------------

def test_a_state_stopping_a_firms_sale_or_a_takeover_bid_rejects_economic_cooperation():
    got = coded_triples("OTTAWA, May 10 - The Canadian government blocked the sale of Beta Mines Ltd to a "
                        "U.S. company.", DAY)
    assert ("CANGOV", "1211", "USABUS") in got and "163" not in _codes(got), got
    got = coded_triples("CANBERRA, May 10 - Australia rejected a bid by a Japanese company to buy a mining group.", DAY)
    assert ("AUS", "1211", "JPNBUS") in got, got


def test_a_goods_sale_stopped_stays_a_ban_and_a_board_rejection_stays_120():
    got = coded_triples("OTTAWA, May 10 - Canada halted the sale of wheat to Libya.", DAY)
    assert ("CAN", "163", "LBY") in got, got
    got = coded_triples("The Boeing board rejected the takeover offer from General Dynamics on Tuesday.", DAY)
    assert ("USABUS", "120", "USABUS") in got and "1211" not in _codes(got), got


def test_a_board_rejecting_a_merger_proposal_is_120_not_a_settlement_plan():
    got = coded_triples("TOKYO, May 10 - Omega KK said it rejected a merger proposal from Lambda Holdings Plc.", DAY)
    assert ("JPNBUS", "120", "GBRBUS") in got and "127" not in _codes(got), got


def test_a_block_not_made_is_not_coded():
    got = coded_triples("The British government said it would not block the takeover.", DAY)
    assert not ({"1211", "120", "144"} & _codes(got)), got


# --- labour and nationalisation ------------------------------------------------------------------------

def test_walking_off_the_job_is_a_strike_against_the_named_employer():
    got = coded_triples("NEW YORK, May 10 - Machinists at Eastern Airlines walked off the job on Saturday.", DAY)
    assert any(code == "143" and tgt == "USABUS" for _, code, tgt in got), got
    got = coded_triples("About 1,500 miners walked off the job at Pittston Co. mines.", DAY)
    assert ("---LAB", "143", "---BUS") in got, got


def test_strikers_demand_of_their_employer():
    got = coded_triples("SEOUL, May 10 - Workers at Hyundai Motor Co went on strike to demand higher wages.", DAY)
    assert ("KORLAB", "100", "KORBUS") in got and ("KORLAB", "100", "KORGOV") not in got, got
    got = coded_triples("SEOUL, May 10 - Striking workers at Daewoo Shipbuilding demanded a 30 pct pay rise.", DAY)
    assert ("KORLAB", "100", "KORBUS") in got, got


def test_a_strike_against_the_government_keeps_its_demand_on_the_government():
    got = coded_triples("SEOUL, May 10 - Workers went on strike to demand the resignation of the prime minister.", DAY)
    assert ("KORLAB", "1041", "KORGOV") in got, got


def test_marchers_demands_are_unchanged():
    got = coded_triples("SEOUL, May 10 - Thousands of students marched in Seoul demanding the release of prisoners.", DAY)
    assert not any(tgt and tgt.endswith("BUS") for _, _, tgt in got), got


def test_a_state_nationalising_banks_confiscates_them():
    got = coded_triples("LIMA, May 10 - Peru nationalised the country's private banks.", DAY)
    assert ("PER", "1711", "PERBUS") in got, got


def test_no_plans_to_nationalise_is_not_coded():
    got = coded_triples("MEXICO CITY, May 10 - Mexico said it had no plans to nationalise foreign banks.", DAY)
    assert "1711" not in _codes(got), got


# --- what is not an event -----------------------------------------------------------------------------

def test_earnings_prices_and_rumours_are_not_events():
    for text in ("NEW YORK, May 10 - Omega Corp said its profit fell 20 pct in the third quarter.",
                 "Zeta Corp. shares fell $2 on reports that regulators might block the merger.",
                 "TOKYO, May 10 - Japanese chipmakers are expected to cut output next quarter.",
                 "Psi Industries Inc. said it is not in talks with any potential buyer."):
        got = coded_triples(text, DAY)
        assert not got, (text, got)


# --- raids on a firm's premises ---------------------------------------------------------------------

def test_a_raid_on_a_firms_offices_is_a_search_of_the_firm():
    got = coded_triples("PARIS, May 10 - French police raided the offices of Omega SA.", DAY)
    assert ("FRACOP", "091", "FRABUS") in got, got
    got = coded_triples("TOKYO, May 10 - Japan's Fair Trade Commission raided the offices of six construction "
                        "companies.", DAY)
    assert ("JPNGOV", "091", "JPNBUS") in got and "190" not in _codes(got), got


def test_troops_raiding_a_base_still_attack():
    got = coded_triples("Troops raided a rebel base near the border.", DAY)
    assert "190" in _codes(got) and "091" not in _codes(got), got


def test_a_letter_of_intent_signed_with_a_party_is_an_agreement():
    got = coded_triples("MANILA, May 10 - The Philippines signed a letter of intent with the International "
                        "Monetary Fund.", DAY)
    assert ("PHL", "057", "IGOIMF") in got, got
    got = coded_triples("The president signed a letter to the prime minister.", DAY)
    assert "057" not in _codes(got), got


def test_a_sentence_final_legal_form_keeps_its_firm():
    got = coded_triples("PARIS, May 10 - The French government vetoed the takeover of Omega SA by Rinaldi SpA.", DAY)
    assert ("FRAGOV", "1211", "ITABUS") in got, got


def test_a_settlement_between_two_named_firms_is_an_agreement_but_unnamed_banks_are_commerce():
    got = coded_triples("HOUSTON, May 10 - Kappa Oil Inc said it had reached a settlement with Lambda Co.", DAY)
    assert ("USABUS", "057", "USABUS") in got, got
    got = coded_triples("The oil company reached an agreement with its banks on a loan.", DAY)
    assert "057" not in _codes(got), got
