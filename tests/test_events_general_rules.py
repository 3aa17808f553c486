"""General coding rules (events/general.py, issue #4), each on a sentence written for this test."""
from __future__ import annotations

from test_events_coder import triples


def test_pleading_guilty_is_a_confession_about_oneself():
    text = "John Kamau, from Nairobi, Kenya, pleaded guilty to three thefts."
    assert ("KENCVL", "015", "KENCVL") in triples(text)


def test_admitting_guilt_and_confessing_are_confessions():
    assert ("KENCVL", "015", "KENCVL") in triples("In Nairobi, Kenya, John Kamau admitted his guilt in two robberies.")
    assert ("KENCVL", "015", "KENCVL") in triples("In Nairobi, Kenya, John Kamau confessed to the robberies.")


def test_a_denied_confession_is_not_coded():
    assert not any(c == "015" for _, c, _ in triples("In Nairobi, Kenya, John Kamau did not plead guilty."))


def test_killing_by_a_private_person_is_killing_by_assault():
    text = "In Lyon, France, Pierre Dubois murdered two neighbours."
    assert any(s == "FRACVL" and c == "1823" for s, c, _ in triples(text))


def test_shot_dead_by_police_is_a_killing():
    text = "In Lyon, France, the attacker was shot dead by police on Friday."
    assert ("FRACOP", "1823", "FRACVL") in triples(text)
    assert ("FRACOP", "1823", "FRACVL") in triples("In Lyon, France, officers shot the attacker dead on Friday.")


def test_a_private_persons_blows_are_assault_not_a_strike():
    text = "In Lyon, France, Pierre Dubois struck Jean Martin with his fists."
    got = triples(text)
    assert ("FRACVL", "182", "FRACVL") in got
    assert not any(c in ("143", "190") for _, c, _ in got)


def test_injuring_someone_is_assault():
    assert ("FRACVL", "182", "FRACVL") in triples("In Lyon, France, Pierre Dubois injured Jean Martin with a knife.")


def test_a_ban_on_a_foreign_airline_is_a_sanction():
    text = "Canada on Monday banned Russian airline Volga Air from its airspace."
    assert ("CAN", "163", "RUSBUS") in triples(text)


def test_a_ban_on_a_domestic_firm_stays_a_penalty():
    text = "Canada on Monday banned Canadian airline Maple Jet from flying."
    got = triples(text)
    assert ("CAN", "172", "CANBUS") in got and not any(c == "163" for _, c, _ in got)


def test_a_court_dismissing_a_lawsuit_rules_against_its_owner():
    text = "In Ottawa, Canada, Judge Anne Roy dismissed the mayor's lawsuit on Monday."
    assert any(s == "CANJUD" and c == "116" and t and t.startswith("CAN") for s, c, t in triples(text))


def test_issuing_a_ruling_against_someone_is_a_court_ruling():
    text = "Canadian judge Anne Roy issued a ruling against Prime Minister Paul Leduc of Canada."
    assert ("CANJUD", "116", "CANGOV") in triples(text)


def test_an_allegation_against_a_private_person_is_an_accusation_of_crime():
    text = "In Lyon, France, police alleged that Pierre Dubois attacked two shops."
    assert ("FRACOP", "1121", "FRACVL") in triples(text)


def test_an_investigation_of_alleged_crimes_is_091():
    text = "Canadian prosecutors are investigating Paul Leduc, Canada's prime minister, over alleged bribery."
    assert any(c == "091" and t == "CANGOV" for _, c, t in triples(text))


def test_a_march_by_a_crowd_is_an_opposition_protest_against_the_government():
    text = "In Madrid, thousands of Spanish people marched against the new pension law on Sunday."
    got = triples(text)
    assert ("ESPOPP", "1412", "ESPGOV") in got


def test_a_march_for_democracy_is_a_protest_for_rights():
    text = "Thousands of Hungarians marched in Budapest, Hungary for democracy and press freedom."
    assert ("HUNOPP", "1413", "HUNGOV") in triples(text)


def test_a_march_and_its_protesting_participle_are_one_protest():
    text = "Thousands of Spanish people marched in Madrid, protesting the new tax law of Spain."
    got = [t for t in triples(text) if t[1].startswith("14")]
    assert got == [("ESPOPP", "1412", "ESPGOV")]


def test_legislators_protest_keeps_their_role():
    text = "Spanish lawmakers protested against the prime minister of Spain on Tuesday."
    assert not any(s == "ESPOPP" for s, _, _ in triples(text))


def test_a_trade_named_defendant_is_a_private_person():
    text = "A Canadian judge sentenced a doctor from Toronto, Canada to ten years in prison."
    assert ("CANJUD", "173", "CANCVL") in triples(text)


def test_the_call_seconded_points_back_at_the_appeal():
    text = ("Italian Prime Minister Marco Bianchi urged the European Union to act on migration. "
            "The call was quickly seconded by Spanish Prime Minister Luis Garcia.")
    assert ("ESPGOV", "051", "ITAGOV") in triples(text)


def test_asking_for_someones_resignation_is_0241():
    text = "Canadian Prime Minister Paul Leduc asked for the finance minister's resignation."
    assert any(c == "0241" and s == "CANGOV" for s, c, _ in triples(text))


def test_a_subpoena_is_a_demand():
    text = "The Canadian parliament issued a subpoena for documents from Foreign Minister Anne Roy of Canada."
    assert any(s == "CANLEG" and c == "100" and t == "CANGOV" for s, c, t in triples(text))


def test_voting_to_hold_someone_in_contempt_is_an_accusation_of_crime():
    text = "The Canadian parliament voted to hold Foreign Minister Anne Roy of Canada in contempt."
    assert ("CANLEG", "1121", "CANGOV") in triples(text)


def test_a_series_of_pardons_releases_the_issuers_civilians():
    text = "Canadian Prime Minister Paul Leduc issued a series of pardons on Monday."
    assert ("CANGOV", "0841", "CANCVL") in triples(text)


def test_restrictions_on_flights_to_a_country_are_sanctions_on_it():
    text = "The Canadian transport ministry announced new restrictions on flights to Venezuela."
    assert ("CANGOV", "163", "VEN") in triples(text)


def test_outlawing_a_practice_restricts_the_issuers_civilians():
    text = "Canadian Prime Minister Paul Leduc signed a law outlawing street racing in Canada."
    assert ("CANGOV", "172", "CANCVL") in triples(text)


def test_a_lawsuit_filed_by_someone_against_someone_is_coded_from_the_noun():
    text = "The court heard a lawsuit filed by the Canadian Civil Rights Fund against the mayor of Toronto."
    assert any(c == "115" and t and t.startswith("CAN") for _, c, t in triples(text))


def test_a_participle_on_a_thing_does_not_borrow_the_speakers_subject():
    text = "Canadian Prime Minister Paul Leduc called for action against the wildfires destroying Brazilian forests."
    assert not any(c == "171" for _, c, _ in triples(text))


def test_disclosing_to_the_government_is_sharing_information():
    text = "Canadian carmaker Maple Motors disclosed the problem to the Canadian government on Monday."
    assert ("CANBUS", "064", "CANGOV") in triples(text)
