"""General coding rules (events/general.py, issue #4), each on a sentence written for this test."""
from __future__ import annotations

from test_events_coder import triples

from dateline.events.actors import _known_by_itself
from dateline.events.general import name_aliases
from dateline.model import Article, Entity, Mention, Source


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


def test_an_arrangement_to_plead_guilty_is_not_a_confession():
    text = "In Lyon, France, Pierre Dubois made an arrangement with prosecutors to plead guilty."
    assert not any(c == "015" for _, c, _ in triples(text))


def test_a_refused_handover_is_not_coded_as_one():
    text = "Canadian ministers Anne Roy and Paul Leduc refused to hand over the documents to the Canadian parliament."
    assert not any(c.startswith("06") for _, c, _ in triples(text))


def test_an_act_inside_a_refusal_noun_is_not_coded():
    text = "Canadian lawmakers criticised Foreign Minister Anne Roy of Canada for her refusal to disclose the documents to them."
    assert not any(c == "064" for _, c, _ in triples(text))


def test_an_unnamed_he_in_an_assault_is_a_private_person_of_the_articles_country():
    text = ("A man attacked shoppers in Lyon, France on Sunday. Police in France said he injured two women. "
            "French officers shot him dead outside a shop.")
    got = triples(text)
    assert ("FRACVL", "182", "FRACVL") in got
    assert ("FRACOP", "1823", "FRACVL") in got


def _ents(text: str, spec: list[tuple[str, str, str, str | None]]) -> list[Entity]:
    """Entities given by hand (id, label, surface, country), every occurrence a mention."""
    out = []
    for eid, label, name, country in spec:
        ms, at = [], text.find(name)
        while at != -1:
            ms.append(Mention(at, at + len(name), name))
            at = text.find(name, at + len(name))
        out.append(Entity(eid, name, label, country=country, mentions=ms))
    return out


def test_a_short_company_name_codes_as_the_full_one():
    text = ("Northwind Motor Company is based in Toronto, Canada. "
            "Northwind is cooperating with the Canadian government.")
    ents = _ents(text, [("e1", "ORG", "Northwind Motor Company", None), ("e2", "GPE", "Toronto", "CAN"),
                        ("e3", "GPE", "Canada", "CAN"), ("e4", "NORP", "Canadian", "CAN")])
    ents.append(Entity("e5", "Northwind", "PERSON", mentions=[Mention(text.rindex("Northwind"), text.rindex("Northwind") + 9, "Northwind")]))
    assert ("CANBUS", "050", "CANGOV") in triples(text, entities=ents)


def test_a_known_short_name_is_not_taken_for_a_longer_one():
    ents = [Entity("e1", "G7", "ORG"), Entity("e2", "G7 Summit", "ORG")]
    art = Article(text="", source=Source("text"), entities=ents)
    assert name_aliases(art) == {"e1": ents[1]}  # the alias exists ...
    assert _known_by_itself(ents[0])             # ... but the G7 is known on its own


def test_a_justice_department_is_the_government():
    text = "The United States Department of Justice opened an investigation into Maple Motor Company of Canada."
    assert any(s == "USAGOV" and c.startswith("09") for s, c, _ in triples(text))


def test_a_civil_liberties_union_is_a_national_ngo():
    text = "The American Civil Liberties Union filed a lawsuit against the state of Texas on Monday."
    assert ("USANGO", "115", "USAGOV") in triples(text)


def test_a_private_assault_does_not_answer_an_earlier_sentence():
    text = ("A Canadian judge in Toronto sentenced John Kamau to prison. "
            "In 2017, Kamau injured nineteen others in Toronto, Canada.")
    assert not any(c == "182" and t and t.endswith("JUD") for _, c, t in triples(text))


def test_appeals_to_revoke_are_appeals_for_policy_change():
    text = "British protesters asked the British government to revoke the new law."
    assert ("GBROPP", "0242", "GBRGOV") in triples(text)


def test_critics_claiming_this_is_someones_move_accuse_that_someone():
    text = ("Prime Minister Paul Leduc of Canada closed parliament on Monday. "
            "Canadian critics have claimed this is an illegal move by Leduc to silence the opposition.")
    assert ("CANOPP", "112", "CANGOV") in triples(text)


def test_calling_a_named_actor_a_model_is_praise():
    text = 'Canadian Prime Minister Paul Leduc said Anne Roy is "a model of honesty for all of us".'
    assert any(s == "CANGOV" and c == "051" for s, c, _ in triples(text))


def test_the_vote_boycotted_points_back_at_the_vote():
    text = ("The Parliament of Canada voted on a resolution to expel Russian diplomats. "
            "The vote was boycotted by Canadian opposition lawmakers.")
    assert any(c == "143" and t == "CANLEG" for _, c, t in triples(text))


def test_citing_repression_as_a_reason_accuses_of_abuse():
    text = "Canadian Foreign Minister Anne Roy cited the Iranian government's repression of protesters."
    assert ("CANGOV", "1122", "IRNGOV") in triples(text)


def test_a_passenger_jet_is_its_airlines_not_civilians():
    text = "Russian forces shot down a Ukrainian passenger jet near Kyiv on Saturday."
    got = triples(text)
    assert any(c == "195" and t == "UKRBUS" for _, c, t in got)


def test_acknowledging_an_act_is_015_towards_its_target():
    text = "Russian officials acknowledged that Russian forces had shot down a Ukrainian passenger jet."
    assert any(c == "015" and t == "UKRBUS" for _, c, t in triples(text))


def test_a_protest_against_a_group_of_people_is_not_aimed_at_the_government():
    text = "In Ottawa, Canada, hundreds of Canadian people protested against white nationalists on Sunday."
    assert not any(c.startswith("14") and t == "CANGOV" for _, c, t in triples(text))


def test_capitalised_names_do_not_give_a_protest_its_aim():
    text = "Thousands of Canadian protesters marched against the Unite the Right rally in Ottawa."
    assert not any(c == "1413" for _, c, _ in triples(text))


def test_a_defendant_introduced_by_trade_in_apposition_is_a_private_person():
    text = ("A Canadian jury convicted John Kamau, the Toronto lawyer, of fraud on Monday in Toronto, Canada.")
    got = triples(text)
    assert ("CANJUD", "116", "CANCVL") in got


def test_an_unnamed_man_takes_the_articles_country():
    text = ("A man attacked shoppers in Lyon, France on Sunday. In Lyon, one man struck the attacker with a chair.")
    assert ("FRACVL", "182", "FRACVL") in triples(text)


def test_according_to_a_tweet_accuses_the_subject():
    text = ('Canadian airline Maple Air was banned on Monday. '
            '"The airline smuggles weapons across the region," according to a tweet by Canadian '
            'Foreign Minister Anne Roy.')
    got = triples(text)
    assert any(s == "CANGOV" and c == "112" and t and t.endswith("BUS") for s, c, t in got)


def test_the_alleged_act_inside_an_accusation_is_not_coded():
    text = ('"Iran hides weapons for terrorist groups, supporting their attacks," according to a statement by '
            'Canadian Foreign Minister Anne Roy.')
    got = triples(text)
    assert ("CANGOV", "112", "IRN") in got
    assert not any(c.startswith("05") for _, c, _ in got)


def test_saying_someone_is_corrupt_in_a_clause_accuses_of_crime():
    text = "Canadian opposition leader Anne Roy said Prime Minister Paul Leduc of Canada laundered money."
    assert any(c == "1121" and t == "CANGOV" for _, c, t in triples(text))


def test_a_possible_threat_in_a_purpose_clause_accuses_no_one():
    text = "Canadian newspaper The Maple Daily said Canada had to act quickly to counter possible Russian interference."
    assert not any(c.startswith("112") for _, c, _ in triples(text))


def test_a_reported_act_of_its_own_is_coded_as_that_act_not_an_accusation():
    text = "Maple Motor Company announced the Canadian Department of Justice was performing a criminal investigation of Maple."
    assert not any(c.startswith("112") for _, c, _ in triples(text))


def test_the_airline_is_the_airline_named_before():
    text = ("Canada banned Russian airline Volga Air on Monday. "
            "Canadian officials said the airline smuggles weapons.")
    ents = _ents(text, [("e1", "GPE", "Canada", "CAN"), ("e2", "NORP", "Russian", "RUS"),
                        ("e3", "ORG", "Volga Air", None), ("e4", "NORP", "Canadian", "CAN")])
    got = triples(text, entities=ents)
    assert any(c.startswith("112") and t == "RUSBUS" for _, c, t in got)


def test_a_quoted_label_pinned_on_someones_deal_is_criticism():
    text = 'British Labour MP Tom Watson called Prime Minister Theresa May\'s proposed deal "lousy".'
    assert ("GBRLEG", "111", "GBRGOV") in triples(text)


def test_a_quoted_label_that_praises_is_not_criticism():
    text = 'British Labour MP Tom Watson called Prime Minister Theresa May\'s deal "great".'
    assert not any(c == "111" for _, c, _ in triples(text))


def test_a_title_before_a_bracketed_gloss_still_gives_the_role():
    text = ("Speakers included Labour MP (Member of Parliament) Tom Watson, from Britain. "
            'Watson called Prime Minister Theresa May\'s proposed deal "lousy".')
    assert any(s == "GBRLEG" and c == "111" for s, c, _ in triples(text))


def test_a_district_attorneys_office_acts_as_the_office():
    text = "The Manhattan district attorney's office is investigating US President Donald Trump over alleged fraud."
    assert ("USAJUD", "091", "USAGOV") in triples(text)


def test_ruling_someones_practice_unconstitutional_rules_against_them():
    text = "A Canadian federal judge ruled the Canadian government's practice unconstitutional on Friday."
    assert ("CANJUD", "116", "CANGOV") in triples(text)


def test_a_ruling_in_favour_of_a_lawsuit_against_someone_rules_against_them():
    text = ("The Supreme Court of Canada issued a ruling in favor of a lawsuit against "
            "Prime Minister Paul Leduc of Canada.")
    assert ("CANJUD", "116", "CANGOV") in triples(text)


def test_calling_something_a_move_by_someone_is_an_accusation():
    text = ("Prime Minister Paul Leduc of Canada closed parliament on Monday. "
            "Canadian critics claimed this is a move by Leduc to silence the opposition.")
    assert ("CANOPP", "112", "CANGOV") in triples(text)


def test_representatives_from_a_country_are_its_government():
    text = "Representatives from Iran acknowledged that Iranian forces had shot down a Ukrainian passenger jet."
    got = triples(text)
    assert any(s == "IRNGOV" and c == "015" for s, c, _ in got)
    assert not any(s == "IRNLEG" for s, _, _ in got)


def test_a_filed_lawsuit_speaks_for_its_filer():
    text = ("Canadian Attorney General Anne Roy filed a lawsuit against Maple Motor Company on Monday. "
            "The lawsuit claims the company committed fraud.")
    assert ("CANGOV", "1121", "CANBUS") in triples(text)
    assert not any(c.startswith("112") for _, c, _ in triples("The lawsuit claims the company committed fraud."))


def test_a_refusal_with_no_party_named_answers_whoever_pressed():
    text = ("The Canadian parliament issued a subpoena for documents from Foreign Minister Anne Roy of Canada. "
            "Roy refused to hand over the documents.")
    assert ("CANGOV", "120", "CANLEG") in triples(text)


def test_a_resignation_answers_no_one():
    text = ("Canadian lawmakers accused Foreign Minister Anne Roy of Canada of fraud. Roy resigned on Monday.")
    assert not any(c.startswith("083") for _, c, _ in triples(text))


def test_a_lockdown_restricts_the_issuers_civilians_and_dropping_it_yields_to_protesters():
    text = ("Thousands of Serbian protesters marched against the government of Serbia in Belgrade. "
            "The Serbian government announced a new lockdown on Monday. "
            "The Serbian government dropped the lockdown on Friday.")
    got = triples(text)
    assert ("SRBGOV", "172", "SRBCVL") in got
    assert ("SRBGOV", "0832", "SRBOPP") in got


def test_authorities_arresting_them_arrest_people_not_officials():
    text = ("Indian officials said twelve men were seen near the forest in Trichy, India. "
            "The forestry department arrested them.")
    got = triples(text)
    assert not any(c == "173" and t == "INDGOV" for _, c, t in got)
    assert ("INDGOV", "173", "INDCVL") in got


def test_a_lost_passive_subject_is_the_person_named_before_the_verb():
    text = ("On Friday in Pakistan, Mohammed Aslam, brother of the journalist Sara Aslam, "
            "was sentenced for her murder to life in prison by a court in Lahore.")
    assert ("PAKJUD", "173", "PAKCVL") in triples(text)


def test_members_of_parliament_boycotting_their_chambers_vote():
    text = ("The Parliament of Canada voted on a resolution to expel Russian diplomats. "
            "The vote was boycotted by Canadian Members of Parliament.")
    assert ("CANLEG", "143", "CANLEG") in triples(text)


def test_a_participle_parsed_as_clausal_subject_gives_its_own_subject():
    text = ("Spanish protesters, carrying placards asking the government to scrap the new tax law, "
            "marched through Madrid on Saturday.")
    assert any(s == "ESPOPP" and c.startswith("141") for s, c, _ in triples(text))


def test_marching_to_parliament_is_a_route_not_the_target():
    text = "Thousands of British protesters marched to Parliament against the new tax law on Saturday."
    got = triples(text)
    assert not any(c.startswith("14") and t == "GBRLEG" for _, c, t in got)


def test_force_named_by_its_weapon_takes_the_weapons_code():
    got = triples("Israeli airstrikes killed five militants in Gaza.")
    assert any(s == "ISRMIL" and c == "195" for s, c, _ in got)
    assert not any(c == "190" for _, c, _ in got)
    assert any(c == "194" for _, c, _ in triples("Russian rockets struck Ukrainian positions near Kharkiv."))


def test_the_country_after_a_city_is_not_a_second_agent():
    got = triples("Police in Nairobi, Kenya arrested a man suspected of killing two tourists.")
    assert ("KENCOP", "173", "KENCVL") in got
    assert not any(s == "KEN" for s, _, _ in got)


def test_a_stray_by_phrase_is_the_passive_agent():
    assert ("KENCOP", "1121", "KENCVL") in triples("A Kenyan man was charged with murder by Kenyan police in Nairobi.")


def test_calling_on_someone_to_withdraw_targets_them():
    got = triples("The French President Emmanuel Macron called on Turkey to withdraw from Syria.")
    assert ("FRAGOV", "0256", "TUR") in got


def test_sanctioning_foreign_firms_is_163_to_the_firms():
    got = triples("The US Department of the Treasury sanctioned three Iranian companies.")
    assert ("USAGOV", "163", "IRNBUS") in got


def test_residents_attacking_a_building_is_no_assault_on_a_person():
    got = triples("Angry residents in Lagos, Nigeria attacked a police station.")
    assert not any(c in ("182", "1823") for _, c, _ in got)


def test_the_home_country_can_come_from_an_organisations_name():
    got = triples("The Supreme Court of India ordered the government to release the journalist.")
    assert not any(s and s.startswith("---") for s, _, _ in got)


def test_pleading_not_guilty_is_no_confession():
    assert not any(c == "015" for _, c, _ in triples("In Nairobi, Kenya, John Kamau pleaded not guilty to the charges."))


def test_a_crowd_marching_to_celebrate_is_no_protest_against_the_government():
    text = "Thousands of Argentine fans marched through Buenos Aires to celebrate the World Cup victory."
    assert not any(t == "ARGGOV" for _, _, t in triples(text))


def test_according_to_a_news_agency_is_no_accusation():
    text = "According to Reuters, the Sudanese rebels smuggled weapons into Chad."
    assert not any(c.startswith("112") for _, c, _ in triples(text))


def test_cooperating_with_an_investigation_is_judicial_cooperation():
    text = "Canadian carmaker Maple Motors is cooperating with Canadian prosecutors."
    assert any(c == "063" and s == "CANBUS" for s, c, _ in triples(text))


def test_cooperating_with_ones_investigator_is_judicial_cooperation():
    text = ("The Canadian government opened an investigation into Northwind Motor Company on Monday. "
            "Northwind is cooperating with the Canadian government.")
    ents = _ents(text, [("e1", "ORG", "Northwind Motor Company", None), ("e4", "NORP", "Canadian", "CAN")])
    ents.append(Entity("e5", "Northwind", "PERSON", mentions=[Mention(text.rindex("Northwind"), text.rindex("Northwind") + 9, "Northwind")]))
    got = triples(text, entities=ents)
    assert ("CANBUS", "063", "CANGOV") in got


def test_a_killing_and_a_wounding_of_other_victims_are_two_acts():
    # prec14: the training gold codes both for "killed one and wounded three" (two acts on two sets of
    # victims); an assault told by another word ("attacked ..., killing") stays subsumed
    text = "In Lyon, France, Pierre Dubois killed a woman and injured nine other people."
    got = triples(text)
    assert ("FRACVL", "1823", "FRACVL") in got and ("FRACVL", "182", "FRACVL") in got


def test_it_in_a_reported_clause_is_the_speaking_body():
    got = triples("On Monday, the Russian foreign ministry said it had expelled two Dutch diplomats.")
    assert any(s == "RUSGOV" and c == "161" for s, c, _ in got)


def test_force_used_to_disperse_people_targets_them():
    got = triples("Chilean police used tear gas and water cannons to disperse protesters in Santiago.")
    assert ("CHLCOP", "175", "CHLOPP") in got
