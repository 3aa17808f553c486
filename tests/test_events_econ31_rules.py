"""econ31: trade, money and economic diplomacy as 1980s-1990s wire copy states it
(docs/evaluation/events-econ31.md). Every sentence is our own, written in wire style.

- A wire dateline ("GENEVA, June 28 - ") is no agent: the subject after its dash acts, also when
  the parser hangs the dash on the subject or the subject on the dateline's date, and also when
  the subject is coordinated ("Japan and the United States reached agreement").
- No entity runs across a dateline's dash ("BUENOS AIRES, Oct 8 - Argentina" is no PERSON).
- An amount before what it measures: "rescheduled 9 billion dlrs of Poland's debt", "sold
  500,000 tonnes of oil to Japan", "announced 2 billion dlrs in trade sanctions".
- Tariffs or duties announced on a state's goods are imposed (163); a loan announced is given (071).
- Aid reduced takes its kind: economic 1621, military 1622, food 1623; loans frozen or
  suspended 1621; a loan refused release is economic aid refused (1221).
- An appeal for a trade act (open markets, buy goods, cut a surplus, raise output) is 0211.
- A threat to retaliate in a trade dispute is a threat of sanctions (1312) toward the party
  whose measure it answers.
- A complaint against a party's subsidies is against that party, not the forum (GATT, WTO).
- A contract awarded is economic cooperation (061), not praise (051); trade status granted 061;
  goods bought from a state 061.
- A takeover blocked rejects the bidder's economic cooperation (1211); assets nationalised are
  confiscated (1711); a firm fined is the fined party.
- "said the sanctions violated GATT rules" is an accusation (112); "striking workers" is no blow.
"""
from __future__ import annotations

from events_variety import coded_triples


def _codes(triples):
    return {code for _, code, _ in triples}


# --- wire datelines ------------------------------------------------------------------------

def test_a_coordinated_subject_after_a_dateline_acts_both_ways():
    got = coded_triples("OTTAWA, May 3 - Canada and Mexico reached agreement on steel trade on Friday.", "1993-05-03")
    assert ("CAN", "057", "MEX") in got and ("MEX", "057", "CAN") in got


def test_a_subject_hung_on_the_dateline_date_acts():
    got = coded_triples("LONDON, Feb 10 - Britain and Norway signed a trade agreement worth 1 billion pounds.",
                        "1988-02-10")
    assert ("GBR", "057", "NOR") in got and ("NOR", "057", "GBR") in got


def test_no_entity_runs_across_the_dateline_dash():
    assert ("ARG", "057", "IGOIMF") in coded_triples(
        "BUENOS AIRES, Oct 8 - Argentina signed a loan agreement with the IMF.", "1986-10-08")
    assert ("EGY", "0231", "IGOIMF") in coded_triples(
        "CAIRO, Oct 8 - Egypt asked the IMF for a standby loan.", "1986-10-08")


def test_the_dateline_itself_is_never_the_agent():
    for src, _, _ in coded_triples("GENEVA, June 28 - Chile and Peru resumed trade talks on Wednesday.", "1995-06-28"):
        assert src in ("CHL", "PER", "CHLGOV", "PERGOV"), src


# --- amounts, announced measures --------------------------------------------------------------

def test_an_amount_of_debt_rescheduled_is_the_debt():
    assert ("IGOPRC", "071", "NGA") in coded_triples(
        "PARIS, March 5 - The Paris Club of creditor nations rescheduled 3 billion dlrs of Nigeria's debt.", "1991-03-05")


def test_goods_sold_or_bought_by_the_tonne_are_trade():
    assert ("CAN", "061", "EGY") in coded_triples("OTTAWA, Nov 3 - Canada sold 800,000 tonnes of wheat to Egypt.",
                                                  "1988-11-03")
    assert ("CHN", "061", "AUS") in coded_triples("BEIJING, Sept 9 - China bought one million tonnes of wheat from Australia.",
                                                  "1996-09-09")


def test_sanctions_counted_in_dollars_and_tariffs_announced_are_imposed():
    assert ("USA", "163", "BRA") in coded_triples(
        "WASHINGTON, Oct 20 - The United States announced 39 million dlrs in trade sanctions against Brazil.", "1988-10-20")
    assert ("IGOEUREEC", "163", "CHN") in coded_triples(
        "BRUSSELS, June 18 - The European Commission announced anti-dumping duties on Chinese bicycles.", "1992-06-18")


def test_a_loan_announced_for_a_state_is_aid():
    assert ("USAGOV", "071", "BRA") in coded_triples(
        "WASHINGTON, Nov 13 - The Treasury announced a 5 billion dlr bridge loan for Brazil.", "1998-11-13")


def test_an_amount_in_debt_is_no_aid():
    got = coded_triples("Venezuela is seeking lower interest rates from its creditor banks in talks to reschedule "
                        "2 billion dlrs in foreign debt.", "1987-03-10")
    assert not {c for c in _codes(got) if c.startswith("023")}


def test_announced_plans_or_a_possible_tariff_are_not_imposed():
    assert "163" not in _codes(coded_triples(
        "WASHINGTON, June 21 - The United States could impose tariffs on Japanese cars later this year.", "1990-06-21"))
    assert "163" not in _codes(coded_triples(
        "WASHINGTON, Oct 3 - The administration announced plans to impose duties on Japanese film.", "1995-10-03"))


# --- aid reduced, loans refused -----------------------------------------------------------------

def test_aid_reduced_takes_its_kind():
    assert ("USA", "1621", "PAK") in coded_triples(
        "WASHINGTON, Oct 1 - The United States cut off economic aid to Pakistan.", "1990-10-01")
    assert ("USA", "1622", "PAN") in coded_triples(
        "WASHINGTON, Dec 10 - The United States halted military aid to Panama on Thursday.", "1987-12-10")
    assert ("FRA", "1623", "SDN") in coded_triples(
        "PARIS, May 4 - France suspended food aid to Sudan.", "1990-05-04")


def test_plain_aid_cut_stays_162():
    assert ("USA", "162", "SLV") in coded_triples("WASHINGTON, Oct 5 - The United States cut its aid to El Salvador.",
                                                  "1992-10-05")


def test_loans_suspended_or_frozen_reduce_economic_aid():
    assert ("IGOWBK", "1621", "KEN") in coded_triples(
        "WASHINGTON, May 14 - The World Bank suspended its loans to Kenya on Tuesday.", "1991-05-14")
    assert ("JPN", "1621", "IRQ") in coded_triples("TOKYO, Aug 9 - Japan froze loans to Iraq.", "1990-08-09")


def test_a_loan_refused_is_economic_aid_refused_not_property_kept():
    got = coded_triples("MOSCOW, Sept 2 - The IMF refused to release a 4.3 billion dlr loan to Russia.", "1998-09-02")
    assert ("IGOIMF", "1221", "RUS") in got and "1243" not in _codes(got)
    assert ("IRQ", "1243", "KWTCVL") in coded_triples("Iraq refused to release the Kuwaiti prisoners.", "1990-11-02")
    got = coded_triples("The rebels refused to release two Kenyan aid workers.", "1995-03-02")
    assert "1221" not in _codes(got)  # aid workers are people, not aid


# --- appeals and threats in trade disputes --------------------------------------------------------

def test_an_appeal_to_open_markets_or_buy_goods_asks_economic_cooperation():
    assert ("USAGOV", "0211", "KOR") in coded_triples(
        "SEOUL, Nov 3 - U.S. Trade Representative Clayton Yeutter urged South Korea to open its beef market.", "1988-11-03")
    assert ("USAGOV", "0211", "JPN") in coded_triples(
        "TOKYO, Jan 9 - President George Bush pressed Japan on Thursday to buy more American computer chips.", "1992-01-09")
    assert ("FRA", "0211", "JPN") in coded_triples("PARIS, Dec 2 - France called on Japan to cut its trade surplus.",
                                                   "1987-12-02")


def test_an_appeal_to_raise_output_is_no_meeting():
    got = coded_triples("VIENNA, Aug 29 - Saudi Arabia urged OPEC members to raise output.", "1990-08-29")
    assert "026" not in _codes(got) and ("SAU", "0211", "IGOOPC") in got


def test_an_appeal_to_open_talks_stays_a_meeting_appeal():
    assert "0211" not in _codes(coded_triples("The EC urged Washington to open talks on farm trade.", "1992-02-18"))


def test_a_threat_to_retaliate_in_a_trade_dispute_is_a_sanctions_threat():
    assert ("CHN", "1312", "USA") in coded_triples(
        "BEIJING, Feb 9 - China threatened to retaliate if Washington imposed sanctions.", "1996-02-09")
    assert ("IGOEUREEC", "1312", "USA") in coded_triples(
        "BRUSSELS, Feb 25 - The EC warned the United States it would retaliate against curbs on European steel.", "1993-02-25")


def test_a_threat_to_retaliate_against_force_is_no_sanctions_threat():
    assert "1312" not in _codes(coded_triples("Iraq threatened to retaliate if allied forces attacked its troops.",
                                              "1991-02-05"))


# --- complaints, contracts, takeovers, property, fines -------------------------------------------

def test_a_complaint_against_a_partys_subsidies_is_against_that_party():
    got = coded_triples("GENEVA, Oct 3 - Australia filed a complaint with the GATT against the European Community's "
                        "sugar subsidies.", "1988-10-03")
    assert ("AUS", "114", "IGOEUREEC") in got and ("AUS", "114", "IGOWTO") not in got


def test_a_contract_awarded_is_economic_cooperation_not_praise():
    got = coded_triples("CARACAS, Oct 5 - Venezuela awarded oil exploration contracts to British Petroleum.", "1993-10-05")
    assert ("VEN", "061", "GBRBUS") in got and "051" not in _codes(got)
    assert ("VEN", "051", "BRAGOV") in coded_triples("Venezuela awarded a medal to the Brazilian president.", "1993-10-05")


def test_trade_status_granted_or_renewed_is_economic_cooperation():
    assert ("USA", "061", "HUN") in coded_triples(
        "WASHINGTON, Sept 10 - The United States granted Hungary most-favoured-nation trade status.", "1991-09-10")
    assert ("USAGOV", "061", "CHN") in coded_triples(
        "WASHINGTON, June 3 - President Bush renewed China's most-favoured-nation trade status.", "1992-06-03")


def test_a_blocked_takeover_rejects_the_bidder():
    got = coded_triples("OTTAWA, Oct 12 - The Canadian government blocked the takeover of a Toronto publisher by a "
                        "U.S. company.", "1989-10-12")
    assert ("CANGOV", "1211", "USABUS") in got and "144" not in _codes(got)


def test_a_fined_firm_is_the_fined_party():
    got = coded_triples("TOKYO, March 10 - Japan's Finance Ministry fined a U.S. securities firm 10 million yen.",
                        "1992-03-10")
    assert ("JPNGOV", "163", "USABUS") in got


def test_assets_nationalised_are_confiscated():
    got = coded_triples("LIMA, Dec 29 - Peru nationalised the assets of a U.S. oil company.", "1986-12-29")
    assert any(code == "1711" and src == "PER" for src, code, _ in got)


# --- verdicts and strikes --------------------------------------------------------------------------

def test_said_to_violate_the_rules_is_an_accusation():
    assert ("JPN", "112", "USA") in coded_triples(
        "TOKYO, April 21 - Japan said on Tuesday the U.S. sanctions were unjustified and violated GATT rules.", "1987-04-21")
    assert ("IGOEUREEC", "112", "USA") in coded_triples(
        "BRUSSELS, June 1 - The EC said Washington's trade law was unjustified and breached international rules.", "1989-06-01")


def test_a_violation_named_by_a_noun_stays_criticism():
    got = coded_triples("BRUSSELS, June 1 - The EC said Washington's trade law was a violation of international rules.",
                        "1989-06-01")
    assert ("IGOEUREEC", "111", "USA") in got and "112" not in _codes(got)


def test_an_unjustified_measure_alone_stays_criticism():
    got = coded_triples("Japan said the U.S. sanctions were unjustified.", "1987-04-21")
    assert ("JPN", "111", "USA") in got and "112" not in _codes(got)


def test_striking_workers_are_no_blow():
    got = coded_triples("PARIS, Dec 13 - Prime Minister Alain Juppe offered concessions to striking rail workers.",
                        "1995-12-13")
    assert "190" not in _codes(got)


def test_a_strike_extended_goes_on():
    assert ("FRALAB", "1432", "FRAGOV") in coded_triples(
        "PARIS, Dec 12 - French public sector unions extended their strike against the government's welfare reforms.",
        "1995-12-12")


# --- markets, figures and forecasts stay uncoded -------------------------------------------------

def test_markets_figures_and_forecasts_are_not_coded():
    for text, day in (("TOKYO, Nov 20 - The Bank of Japan bought dollars to support the yen, dealers said.", "1997-11-20"),
                      ("GENEVA, Feb 28 - OPEC's output rose to 23 million barrels a day in February, a survey showed.",
                       "1991-02-28"),
                      ("TOKYO, March 15 - Japan's trade surplus fell 30 pct in February, the Finance Ministry said.",
                       "1996-03-15"),
                      ("CARACAS, Sept 21 - Venezuela's oil minister said OPEC could cut output again in June.", "1993-09-21")):
        assert not {t for t in coded_triples(text, day) if t[2]}, text


# --- sides told by coordinated modifiers; appeals about markets -----------------------------------

def test_an_international_body_among_coordinated_modifiers_is_a_side():
    got = coded_triples("WASHINGTON, Nov 20 - U.S. and EC negotiators reached a deal on oilseeds on Friday.", "1992-11-20")
    assert ("USAGOV", "057", "IGOEUREEC") in got and ("IGOEUREEC", "057", "USAGOV") in got
    assert ("USA", "057", "USAGOV") not in got
    got = coded_triples("U.S. and Japanese negotiators reached a deal on semiconductors.", "1991-06-03")
    assert ("USAGOV", "057", "JPNGOV") in got and ("JPNGOV", "057", "USAGOV") in got


def test_an_igo_appeal_about_a_currency_goes_to_no_government():
    got = coded_triples("WASHINGTON, Sept 23 - Group of Seven finance ministers called for a lower dollar.", "1989-09-23")
    assert not {t for t in got if t[2]}
    assert ("IGOUNO", "0244", "KENGOV") in coded_triples(
        "NAIROBI, May 2 - The United Nations called for new elections in Kenya.", "1992-05-02")


def test_an_investigation_opened_against_a_state_investigates_it():
    assert ("USAGOV", "090", "KOR") in coded_triples(
        "WASHINGTON, Sept 8 - The U.S. Trade Representative opened an unfair trade investigation against South Korea.",
        "1988-09-08")


def test_a_trade_ban_on_a_nations_goods_is_aimed_at_that_nation():
    assert ("USA", "085", "BRA") in coded_triples(
        "WASHINGTON, Nov 28 - The United States lifted its ban on imports of Brazilian computers.", "1989-11-28")


def test_a_loans_release_asked_is_economic_aid_asked():
    got = coded_triples("MOSCOW, Aug 20 - Russian officials urged the IMF to release the next tranche of its loan.",
                        "1998-08-20")
    assert ("RUSGOV", "0231", "IGOIMF") in got and "0253" not in _codes(got)


def test_a_share_of_the_contracts_awarded_is_economic_cooperation():
    assert ("KWT", "061", "USABUS") in coded_triples("Kuwait awarded U.S. firms most of the contracts.", "1991-03-20")


def test_a_cut_warned_of_is_its_threat():
    assert ("IGOIMF", "1311", "IDN") in coded_triples(
        "JAKARTA, Feb 11 - The IMF warned Indonesia it could withhold loans.", "1998-02-11")
    assert ("CHN", "1312", "USA") in coded_triples(
        "BEIJING, March 19 - China warned it would cut purchases of U.S. grain if the textile bill became law.", "1986-03-19")
    assert ("GBR", "134", "ARG") in coded_triples("Britain warned it would suspend talks with Argentina.", "1989-02-03")


def test_a_warning_of_prices_is_no_threat():
    assert not {t for t in coded_triples("The minister warned that prices would rise.", "1989-02-03") if t[2]}


def test_purchases_cut_are_a_boycott_and_a_rescue_package_asked_is_aid_asked():
    assert ("CHN", "163", "USA") in coded_triples("BEIJING, May 2 - China cut purchases of U.S. grain.", "1986-05-02")
    assert ("KOR", "0231", "IGOWBK") in coded_triples(
        "SEOUL, Nov 21 - South Korea asked the World Bank for a rescue package.", "1997-11-21")
