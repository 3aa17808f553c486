"""labour58: strikes, protests and labour disputes (docs/evaluation/events-labour58.md). Every
sentence is our own, in the style of 1987 / 1996 wire copy or 2019 Wikinews.

- State staff (air traffic controllers, civil servants, public sector workers, state hospital
  doctors) strike against their government, not their country's business; bare "on strike" is
  a labour strike whoever strikes (no 195 for striking doctors).
- Strikers are labour of the country they strike in, not of their origin or nationality.
- A body that protests a measure criticises it (111); economic measures (austerity,
  privatisation, "measures that raise prices") are the government's.
- "entered the second week of protests" is a protest (141).
- A strike that will come "if" a demand is not met is a threat (133), with a deadline an
  ultimatum (139); a strike called off (082) is aimed where the strike was.
- A contract labour rejects or accepts is the employer's; a rejected contract is 127.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story

D87 = "1987-03-18"
D96 = "1996-10-02"
D19 = "2019-11-20"


def _wire87(place: str, sentence: str) -> str:
    return f"{place}, March 18 - \n\n{sentence}"


# --- state staff strike at their government ---------------------------------------------------------

def test_air_traffic_controllers_strike_at_the_government():
    got = coded_triples(wire_story("ROME", D96, "Italian air traffic controllers walked out on Wednesday over pay."), D96)
    assert ("ITALAB", "143", "ITAGOV") in got and not any(t == "ITABUS" for _, _, t in got), got


def test_civil_servants_and_public_sector_workers_strike_at_the_government():
    got = coded_triples(_wire87("LISBON", "Portuguese civil servants were on strike today over a pay freeze."), D87)
    assert ("PRTLAB", "143", "PRTGOV") in got, got
    got = coded_triples("Public sector workers in Belgium went on strike on Tuesday over working hours.", D19)
    assert ("BELLAB", "143", "BELGOV") in got, got


def test_state_hospital_doctors_on_strike_are_no_air_strike():
    got = coded_triples(wire_story("NAIROBI", D96, "Kenyan state hospital doctors stayed on strike on Wednesday over allowances."), D96)
    assert ("KENHLH", "143", "KENGOV") in got and not any(c in ("190", "195") for _, c, _ in got), got


def test_private_workers_still_strike_at_business():
    got = coded_triples(wire_story("ROME", D96, "Italian bank workers went on strike on Wednesday over pay."), D96)
    assert ("ITALAB", "143", "ITABUS") in got, got


def test_an_air_strike_stays_force():
    got = coded_triples(wire_story("BAGHDAD", D96, "U.S. warplanes launched a strike on Iraqi radar sites on Wednesday."), D96)
    assert not any(c[:2] == "14" for _, c, _ in got), got


# --- strikers of the country they strike in ------------------------------------------------------------

def test_strikers_of_foreign_origin_are_labour_where_they_strike():
    got = coded_triples(_wire87("KUALA LUMPUR", "Estate workers of Indian descent went on strike today to demand citizenship."), D87)
    assert ("MYSLAB", "1433", "MYSGOV") in got and not any(s.startswith("IND") for s, _, _ in got), got


def test_migrant_strikers_take_the_country_of_the_place():
    got = coded_triples("Bangladeshi workers at a garment factory in Malaysia went on strike on Sunday over unpaid wages.", D19)
    assert ("MYSLAB", "143", "MYSBUS") in got, got


def test_nationals_striking_at_home_firm_of_the_dateline():
    got = coded_triples(wire_story("DOHA", D96, "Indian labourers at a Qatari building firm went on strike over back pay."), D96)
    assert ("QATLAB", "143", "QATBUS") in got, got


def test_nationality_without_a_place_is_kept():
    got = coded_triples(wire_story("MADRID", D96, "Spanish dockers went on strike on Wednesday."), D96)
    assert ("ESPLAB", "143", "ESPBUS") in got, got


# --- protests ---------------------------------------------------------------------------------------------

def test_unions_protesting_a_measure_criticise_its_maker():
    got = coded_triples(_wire87("LIMA", "Peru's main labour federations protested the government's new price controls."), D87)
    assert ("PERLAB", "111", "PERGOV") in got, got
    got = coded_triples(_wire87("LIMA", "The country's unions have protested the austerity measures."), D87)
    assert ("PERLAB", "111", "PERGOV") in got, got


def test_protesters_protesting_stay_dissent():
    got = coded_triples(wire_story("SEOUL", D96, "Students protested against the new labour law in Seoul on Wednesday."), D96)
    assert any(c[:3] == "141" for _, c, _ in got) and not any(c == "111" for _, c, _ in got), got


def test_security_measures_are_no_economic_policy():
    from dateline.api import load_pipeline
    from dateline.events.spoken_protests import state_measure
    doc = load_pipeline().nlp("The union criticised the security measures, the austerity programme and the plans to cut subsidies.")
    nouns = {t.lower_: state_measure(t) for t in doc if t.lemma_ in ("measure", "programme", "plan")}
    assert nouns == {"measures": False, "programme": True, "plans": False}, nouns


def test_a_week_of_protests_entered_is_a_protest():
    got = coded_triples(wire_story("SOFIA", D96, "Hundreds of workers at a state-owned chemical plant entered the second week of protests on Wednesday over unpaid wages."), D96)
    assert any(s == "BGRLAB" and c == "141" for s, c, _ in got), got


# --- threats, ultimatums, strikes called off ----------------------------------------------------------

def test_a_conditional_strike_with_a_deadline_is_an_ultimatum():
    got = coded_triples(_wire87("MONTREAL", '"If there is no settlement by Monday, there will be a strike," a union leader said.'), D87)
    assert ("CANLAB", "139", "CANBUS") in got, got


def test_a_conditional_strike_is_a_threat():
    got = coded_triples("The union said it would stage a strike in December if Lufthansa did not improve its offer.", D19)
    assert ("DEULAB", "133", "DEUBUS") in got, got


def test_threatened_strike_with_a_deadline():
    got = coded_triples(_wire87("LONDON", "Dockers threatened to strike unless the port authority withdrew the plan by Friday."), D87)
    assert any(s == "GBRLAB" and c == "139" for s, c, _ in got), got


def test_no_threat_in_predictions_and_negations():
    assert not coded_triples("Economists said there will be a strike if the talks collapse.", D19)
    got = coded_triples(_wire87("MONTREAL", "The union said there would be no strike if the contract was ratified."), D87)
    assert not any(c[:2] == "13" for _, c, _ in got), got
    got = coded_triples(_wire87("MONTREAL", "The union said it would not strike if the company kept its word."), D87)
    assert not any(c[:2] in ("13", "14") for _, c, _ in got), got


def test_a_strike_called_off_is_aimed_at_the_employer_or_the_state():
    got = coded_triples(wire_story("PARIS", D96, "French truck drivers called off their strike on Wednesday."), D96)
    assert ("FRALAB", "082", "FRABUS") in got, got
    got = coded_triples("Nurses' unions in Spain called off their strike against the health ministry on Monday.", D19)
    assert ("ESPLAB", "082", "ESPGOV") in got and not any(c[:3] == "143" for _, c, _ in got), got


# --- contracts answered ---------------------------------------------------------------------------------

def test_a_contract_rejected_by_strikers_is_the_employers_plan():
    got = coded_triples(_wire87("TORONTO", "Steelworkers on strike at Stelco Inc rejected a tentative two-year contract, the union said."), D87)
    assert ("CANLAB", "127", "CANBUS") in got, got
    got = coded_triples(_wire87("DETROIT", "Striking members of the United Auto Workers union at Chrysler Corp rejected the latest offer."), D87)
    assert ("USALAB", "120", "USABUS") in got, got  # (a rejected offer stays 120: stmt14, politics30)


def test_a_contract_with_no_employer_named_is_not_guessed():
    # target72: in a plain wage dispute ("striking", a pay rise) the unnamed employer is now the
    # country's business, as the r20 / r30 gold codes it ("the seamen ... have rejected offers of up
    # to 100 pct": BRALAB 120 BRABUS); an offer outside a wage dispute still gets no guess
    got = coded_triples(_wire87("DETROIT", "Striking members of the United Auto Workers union rejected the latest offer."), D87)
    assert got <= {("USALAB", "120", "USABUS")}, got
    got = coded_triples(_wire87("DETROIT", "Members of the United Auto Workers union rejected the offer to mediate."), D87)
    assert not any(t and t.endswith("BUS") for _, _, t in got), got


def test_a_board_rejecting_an_offer_stays_120():
    got = coded_triples(_wire87("LONDON", "The board of Alpha Holdings Plc rejected the offer from Beta Group Plc."), D87)
    assert not any(c == "127" for _, c, _ in got), got


# --- the employer's offer to the labour it is in dispute with -----------------------------------------

def test_an_employer_offer_to_striking_workers_is_an_intent_to_settle():
    got = coded_triples(_wire87("OTTAWA", "Canada Post presented striking postal clerks with a revised contract offer today."), D87)
    assert ("CANBUS", "037", "CANLAB") in got, got
    got = coded_triples(wire_story("SEOUL", D96, "Daewoo Motor Co offered its striking workers a 6 percent pay rise on Wednesday."), D96)
    assert ("KORBUS", "037", "KORLAB") in got, got


def test_offers_outside_labour_disputes_are_not_037():
    got = coded_triples(_wire87("NEW YORK", "Delta Corp made a cash offer to Kappa Inc's shareholders."), D87)
    assert not any(c == "037" for _, c, _ in got), got
    got = coded_triples(wire_story("LONDON", D96, "The company offered its shareholders a special dividend."), D96)
    assert not any(c == "037" for _, c, _ in got), got


def test_state_postal_firms_are_listed():
    from dateline.resolve.actors import known_org_code
    assert known_org_code("Canada Post") == "CANBUS" and known_org_code("Royal Mail") == "GBRBUS"


def test_members_on_strike_are_labour():
    got = coded_triples(_wire87("PITTSBURGH", "It said members of Local 14 had been on strike for two weeks."), D87)
    assert not any(s.endswith("CVL") for s, _, _ in got), got
