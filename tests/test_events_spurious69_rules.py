"""spurious69: wrong triples on unseen text, the late batch first (docs/evaluation/events-spurious69.md).
Every sentence is our own, written in the style of 1987 and 1996 wire copy.

- Romania and Montenegro are ROM and MTN, as the CAMEO country table has them.
- A court dismissing an appeal rejects the appellant (120); a suit thrown out is a dismissal (116
  against the filer, as "dismissed the lawsuit"), not an expulsion (166).
- A market captured or conquered is commerce, not territory (no 192).
- Asking a court for an order against a named party is the legal action against it (115); asking a
  court to review, delay or block a ruling, or for an order on a party not named, stays an appeal to it.
- A firm charging another with an infringement or violation makes a civil claim (112), not a
  criminal charge (1121).
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story

D87 = "1987-04-02"
D96 = "1996-08-30"


def _wire(place: str, day: str, sentence: str) -> set[tuple[str, str, str | None]]:
    return coded_triples(wire_story(place, day, sentence), day)


# --- Romania's code ---------------------------------------------------------------------------------

def test_romania_is_rom_as_the_cameo_table_writes_it():
    got = _wire("LONDON", D96, "Britain on Thursday welcomed the agreement between Romania and Hungary.")
    assert ("GBR", "051", "ROM") in got and not any("ROU" in (t or "") for _, _, t in got), got
    got = _wire("BUCHAREST", D96, "Romanian President Ion Iliescu met Moldovan President Mircea Snegur on Friday.")
    assert ("ROMGOV", "040", "MDAGOV") in got, got
    got = _wire("BUCHAREST", D96, "The Romanian opposition on Friday criticised the government over the price rises.")
    assert ("ROMOPP", "111", "ROMGOV") in got, got


# --- a court dismissing a suit or an appeal ---------------------------------------------------------

def test_a_court_dismissing_an_appeal_rejects_the_appellant():
    for place, day, text, triple in [
        ("LONDON", D87, "The High Court dismissed an appeal by British Petroleum Co Plc against a tax assessment.",
         ("GBRJUD", "120", "GBRBUS")),
        ("WASHINGTON", D96, "A U.S. appeals court on Friday rejected an appeal by the Chrysler Corp.",
         ("USAJUD", "120", "USABUS")),
    ]:
        got = _wire(place, day, text)
        assert triple in got and not any(c == "116" for _, c, _ in got), (text, got)


def test_a_court_throwing_out_a_suit_rules_against_the_filer():
    # (a suit dismissed is a ruling against its filer, 116, as "dismissed the mayor's lawsuit"; no expulsion, 166)
    got = _wire("NEW YORK", D87, "Judge Robert Sweet threw out Chrysler Corp's suit against the Environmental Protection Agency.")
    assert ("USAJUD", "116", "USABUS") in got and not any(c == "166" for _, c, _ in got), got


def test_dismissals_that_are_no_ruling_keep_their_reading():
    got = _wire("WASHINGTON", D87, "The White House dismissed the charges by Senate Democrats as politically motivated.")
    assert ("USAGOV", "016", "USALEG") in got, got
    assert _wire("WASHINGTON", D87, "The judge did not dismiss the lawsuit filed by Exxon Corp.") == set()
    assert _wire("WASHINGTON", D96, "The court threw out the case against the mayor.") == set()


# --- markets captured ------------------------------------------------------------------------------

def test_a_market_captured_is_no_territory_taken():
    for place, day, text in [
        ("CHICAGO", D87, "Japanese car makers have captured a third of the U.S. market, the study said."),
        ("NEW YORK", D87, "Lumber producers from Scandinavia had captured the Iraqi market."),
        ("LONDON", D96, "The company hopes to capture a larger share of the German market."),
    ]:
        got = _wire(place, day, text)
        assert not any(c[:2] in ("19", "13") for _, c, _ in got), (text, got)


def test_a_town_captured_stays_an_occupation():
    assert ("RUSREB", "192", "RUS") in _wire("GROZNY", D96, "Chechen rebels captured the town of Argun on Friday.")
    assert ("AFGREB", "192", "AFG") in _wire("KABUL", D96, "Taleban militia captured the city of Jalalabad on Wednesday.")


# --- a court asked for a remedy against a party ----------------------------------------------------

def test_asking_a_court_for_an_order_against_a_party_is_the_suit():
    got = _wire("NEW YORK", D87, "Allied Corp said it asked the court to order Sterling Inc to stop buying its shares.")
    assert ("USABUS", "115", "USABUS") in got and not any(c[:2] == "02" for _, c, _ in got), got
    got = _wire("NEW YORK", D87, "Texaco asked a federal judge to bar Pennzoil Co from seizing its assets.")
    assert ("USABUS", "115", "USABUS") in got and not any(c[:2] == "02" for _, c, _ in got), got
    got = _wire("NEW YORK", D87, "The company said it also asked the court to award it unspecified damages.")
    assert not any(t and t.endswith("JUD") for _, _, t in got), got


def test_asking_a_court_to_review_or_delay_stays_an_appeal_to_it():
    got = _wire("SANTIAGO", D96, "The Chilean government asked the Supreme Court to block the ruling.")
    assert ("CHLGOV", "020", "CHLJUD") in got, got
    got = _wire("WASHINGTON", D87, "The company said it asked the Supreme Court to review the appeals court ruling.")
    assert ("USABUS", "020", "USAJUD") in got, got
    got = _wire("WASHINGTON", D96, "The government asked Judge Miller to delay his ruling until after the commission reports.")
    assert ("USAGOV", "020", "USAJUD") in got, got


# --- a firm's civil charge ---------------------------------------------------------------------------

def test_a_firm_charging_another_with_an_infringement_makes_a_civil_claim():
    got = _wire("NEW YORK", D87, "Motorola Inc charged Hitachi Ltd with infringing four of its microchip patents.")
    assert ("USABUS", "112", "JPNBUS") in got, got
    got = _wire("NEW YORK", D87, "Zenith Electronics Corp has charged Sears Roebuck and Co with violations of federal antitrust laws.")
    assert ("USABUS", "112", "USABUS") in got, got


def test_prosecutors_charging_a_person_stay_a_criminal_charge():
    got = _wire("NEW YORK", D87, "Federal prosecutors charged the trader with violating securities laws.")
    assert any(s == "USAJUD" and c == "1121" for s, c, _ in got), got


# --- a decision to reduce relations is the reduction ------------------------------------------------

def test_a_decision_to_reduce_relations_is_the_act():
    got = _wire("TUNIS", D87, "Tunisia has decided to break diplomatic relations with Iran, the foreign ministry said.")
    assert ("TUN", "161", "IRN") in got and not any(c[:2] == "13" for _, c, _ in got), got
    got = _wire("PARIS", D96, "The French government decided to expel two Iranian diplomats.")
    assert ("FRAGOV", "161", "IRNGOV") in got, got
    got = _wire("CAIRO", D87, "Egypt has decided to recall its ambassador from Libya.")
    assert ("EGY", "161", "LBY") in got, got


def test_undecided_threatened_or_sanctioning_decisions_keep_their_reading():
    assert _wire("TUNIS", D87, "Tunisia may decide to break diplomatic relations with Iran, diplomats said.") == set()
    assert _wire("TUNIS", D87, "Tunisia has not decided to break diplomatic relations with Iran, the foreign ministry said.") == set()
    assert ("TUN", "1313", "IRN") in _wire("TUNIS", D87, "Tunisia threatened to break diplomatic relations with Iran.")
    # annr67c: a sanction decided but not yet imposed is threatened (1312)
    assert ("GBR", "1312", "NGA") in _wire("LONDON", D96, "Britain decided on Friday to impose an arms embargo on Nigeria.")


# --- trade retaliation against a tax ----------------------------------------------------------------

def test_retaliation_against_a_tax_is_a_sanction():
    got = _wire("WASHINGTON", D87, "Washington retaliated against the EC tax on vegetable oils.")
    assert ("USA", "163", "IGOEUREEC") in got and not any(c == "190" for _, c, _ in got), got


# --- a measure reported is no criticism -------------------------------------------------------------

def test_a_measure_or_a_figure_reported_is_no_criticism():
    for place, day, text in [
        ("LILONGWE", D87, "Malawi will impose a 10 pct tax on imported cars to meet a projected budget deficit, "
                          "the official news agency reported."),
        ("OTTAWA", D96, "Higher spending by foreign visitors cut the deficit in Canada's travel account by 26 percent, "
                        "Statistics Canada said."),
        ("NAIROBI", D87, "Kenya will restrict imports of luxury cars from next month, the central bank said."),
    ]:
        got = _wire(place, day, text)
        assert not any(c == "111" for _, c, _ in got), (text, got)


def test_a_verdict_in_what_is_said_stays_a_criticism():
    got = _wire("WASHINGTON", D96, "The State Department said Iraq had behaved in a reckless and irresponsible way.")
    assert ("USAGOV", "111", "IRQ") in got, got
