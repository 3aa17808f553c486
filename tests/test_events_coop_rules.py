"""Cooperative and statement events (events/coop.py, issue #4): one construction each, on
sentences written for these tests."""
from __future__ import annotations

from test_events_coder import triples


def codes(text: str, **kw) -> set[str]:
    return {c for _, c, _ in triples(text, **kw)}


# ---------------------------------------------------------------- appeals


def test_call_for_someone_to_step_down_is_an_appeal_for_a_change_of_leadership():
    assert ("ZWEOPP", "0241", "ZWEGOV") in triples(
        "On Monday, Zimbabwe's opposition called for President Peter Moyo to step down.")


def test_call_for_someone_to_act_is_an_appeal_to_them_and_the_act_is_not_coded():
    got = triples("The Canadian foreign minister called for Russia to free the detained sailors.")
    assert ("CANGOV", "0253", "RUS") in got
    assert not any(c.startswith("08") for _, c, _ in got)


def test_an_appeal_noun_carried_by_a_light_verb():
    got = triples("The Kenyan president made an appeal to the Ugandan government to release the fishermen.")
    assert ("KENGOV", "0253", "UGAGOV") in got
    assert not any(c.startswith("08") for _, c, _ in got)


def test_renewed_calls_for_someones_resignation():
    assert ("PERGOV", "0241", "PERGOV") not in triples("Peru's president renewed calls for his own resignation.")
    assert ("PEROPP", "0241", "PERGOV") in triples(
        "Peru's opposition renewed calls for the Peruvian prime minister's resignation.")


def test_a_call_to_someone_without_an_appeal_stays_a_phone_call():
    got = codes("The French president made a call to the Chilean president on Friday.")
    assert not any(c.startswith("02") for c in got)


def test_asking_for_aid_takes_its_kind_from_the_modifier():
    assert ("NPL", "0232", "IND") in triples("Nepal asked India for military aid on Monday.")
    assert ("NPL", "0233", "IND") in triples("Nepal asked India for humanitarian assistance on Monday.")


# ---------------------------------------------------------------- denials (016)


def test_denying_responsibility_targets_the_victim_of_the_act():
    assert ("UGAREB", "016", "UGAMIL") in triples(
        "The Lord's Resistance Army rebels denied responsibility for the attack on Ugandan soldiers.")


def test_denying_a_role_hung_on_the_verb_targets_the_victim():
    assert ("NGA", "016", "CMRMIL") in triples("Nigeria denied any part in the shooting of Cameroonian troops.")


def test_denying_an_accusation_targets_the_accuser():
    assert ("UGA", "016", "KEN") in triples("On Friday, Uganda denied the accusation made by Kenya.")
    assert ("UGA", "016", "KEN") in triples("On Friday, Uganda refuted Kenya's allegations.")


def test_denying_the_allegations_answers_an_earlier_accuser():
    text = "Kenya accused Uganda of smuggling weapons across the border. Uganda denied the allegations on Friday."
    assert ("UGA", "016", "KEN") in triples(text)


def test_a_denied_act_is_not_coded_as_a_fact():
    got = triples("Uganda denied that its troops had attacked the Kenyan army.")
    assert not any(c.startswith("19") for _, c, _ in got)
    assert ("UGA", "016", "KENMIL") in got


def test_denying_a_visa_is_no_denial_of_responsibility():
    assert "016" not in codes("Uganda denied a visa to the Kenyan journalist.")


# ---------------------------------------------------------------- declining to comment


def test_declining_to_comment_when_asked_by_reporters():
    assert ("CHLGOV", "011", "---MED") in triples(
        "The Chilean interior ministry declined to comment when asked by reporters on Monday.")
    assert ("CHLGOV", "011", "---MED") in triples(
        "Asked about the strike by journalists, the Chilean interior minister declined to comment.")


# ---------------------------------------------------------------- intentions


def test_vowing_to_support_is_a_pledge_and_vowing_to_attack_a_threat():
    assert ("FRA", "032", "MLI") in triples("France vowed to support Mali.")
    assert any(c.startswith("13") for c in codes("Iran vowed to attack Israel."))


def test_promising_to_cooperate_is_an_unspecified_intent_to_cooperate():
    assert ("KEN", "030", "TZA") in triples("Kenya promised to cooperate with Tanzania.")
    # subcode64: a field named beside the verb is the most specific fitting code (0311)
    assert ("KEN", "0311", "TZA") in triples("Kenya promised to cooperate with Tanzania on trade.")


def test_a_reported_future_act_is_an_intention():
    assert ("JPN", "0333", "NPL") in triples("The Japanese minister said that Japan would send food aid to Nepal.")


def test_a_conditional_would_is_no_intention():
    assert not codes("The Japanese minister said that Japan would send aid to Nepal if the rains failed.")


def test_pledging_money_in_aid():
    # money is economic aid (0331), as CAMEO's "economic aid" reads
    assert ("JPN", "0331", "NPL") in triples("Japan pledged $20 million in aid to Nepal on Friday.")


def test_an_act_inside_a_decision_noun_is_not_coded():
    got = triples("The United Nations praised Kenya's decision to release the Ugandan prisoners.")
    assert ("IGOUNO", "051", "KEN") in got
    assert not any(c.startswith("08") for _, c, _ in got)


# ---------------------------------------------------------------- yielding, aid, restrictions


def test_releasing_people_is_0841_and_unnamed_prisoners_are_the_issuers_civilians():
    assert ("KEN", "0841", "UGACVL") in triples("Kenya released five Ugandan citizens on Friday.")
    assert ("KENGOV", "0841", "KENCVL") in triples("The Kenyan government released 300 prisoners on Friday.")


def test_lifting_a_curfew_or_emergency_targets_the_issuers_civilians():
    assert ("CHLGOV", "0813", "CHLCVL") in triples("The Chilean government lifted the curfew in Santiago.")
    assert ("CHLGOV", "0814", "CHLCVL") in triples("The Chilean government ended the state of emergency on Monday.")


def test_imposing_a_curfew_in_a_city_at_home_targets_its_civilians():
    assert ("CHLGOV", "1723", "CHLCVL") in triples("The Chilean government imposed a curfew in Santiago on Monday.")


def test_withdrawing_troops_is_de_escalation_not_expulsion():
    got = codes("Ethiopia withdrew its troops from Somalia on Monday.")
    assert "087" in got and "166" not in got


def test_sending_humanitarian_aid_is_073():
    assert ("CHN", "073", "NPL") in triples("China sent humanitarian aid to Nepal.")


# ---------------------------------------------------------------- round 2: converse acts, compliance, intents


def test_receiving_an_endorsement_is_the_givers_praise():
    assert ("FRAGOV", "051", "BELGOV") in triples(
        "The Belgian prime minister received the endorsement of the French president on Monday.")


def test_winning_praise_from_someone_is_their_praise():
    assert ("IGOUNO", "051", "KENGOV") in triples("The Kenyan government won praise from the United Nations.")


def test_getting_a_phone_call_from_someone_is_their_call():
    assert ("CHNGOV", "041", "NPLGOV") in triples("The Nepali prime minister got a phone call from the Chinese president.")


def test_expressing_support_for_someone_is_endorsing_them():
    assert ("CHLGOV", "051", "PERGOV") in triples("The Chilean president expressed support for the Peruvian president.")


def test_the_agent_of_a_participle_is_the_owner_of_the_thing_praised():
    assert ("CHLGOV", "051", "PERGOV") in triples(
        "The Chilean president expressed support for the plan proposed by the Peruvian president.")


def test_welcoming_an_agreement_between_two_sides_targets_both():
    got = triples("The Chilean president welcomed the peace agreement between Peru and Ecuador.")
    assert {("CHLGOV", "051", "PER"), ("CHLGOV", "051", "ECU")} <= got


def test_acting_at_someones_request_is_yielding_to_them():
    assert ("PERGOV", "080", "CHL") in triples(
        "The Peruvian government closed the border crossing at the request of Chile.")


def test_agreeing_to_someones_request_is_yielding_to_them():
    assert ("PERGOV", "080", "CHL") in triples("The Peruvian government agreed to a request by Chile on Monday.")


def test_turning_oneself_in_to_police_is_yielding():
    assert any(c == "080" and t.endswith("COP") for _, c, t in triples(
        "In Lima, Peru, the suspect turned himself in to police on Sunday."))


def test_willing_to_meet_is_an_intent_to_meet():
    got = triples("The Peruvian president said his government was willing to resume talks with Chile.")
    assert ("PERGOV", "036", "CHL") in got and not any(c.startswith("04") for _, c, _ in got)


def test_talks_a_future_visit_is_for_are_intended():
    # meet15: the announced trip is the intent (036 toward the state visited); the talks it is for
    # are a nominal inside the trip's clause, not coded of their own (WIKINEWS_EVENTS.md)
    got = triples("The Peruvian president will travel to Chile next week for talks with the Chilean president.")
    assert ("PERGOV", "036", "CHL") in got and ("PERGOV", "040", "CHLGOV") not in got


def test_an_act_a_court_orders_is_not_yet_done():
    got = triples("A Peruvian court ordered the government to release the opposition leader.")
    assert not any(c.startswith("08") for _, c, _ in got)


def test_speaking_at_a_news_conference_is_no_consultation():
    got = triples("Speaking at a news conference, the Peruvian and Chilean presidents signed a trade agreement.")
    assert not any(c == "040" for _, c, _ in got)


def test_ministers_of_two_countries_are_two_sides():
    got = triples("The foreign ministers of Peru and Chile agreed to hold further talks.")
    assert {("PERGOV", "036", "CHLGOV"), ("CHLGOV", "036", "PERGOV")} <= got


def test_ordering_the_release_of_people_is_a_release():
    assert ("PERGOV", "0841", "PEROPP") in triples(
        "The Peruvian president ordered the release of 12 jailed opposition politicians.")


def test_granting_clemency_is_a_release_of_persons():
    assert ("PERGOV", "0841", "CHLCVL") in triples("The Peruvian president granted clemency to a jailed Chilean teacher.")


def test_promising_a_country_help_with_a_dative():
    assert ("IGOEUREEC", "0331", "GRC") in triples("The European Commission promised Greece financial help on Monday.")


def test_a_former_office_holder_is_an_elite():
    assert ("CHLELI", "051", "PERGOV") in triples("The former Chilean president praised the Peruvian president.")
    assert ("CHLGOV", "051", "PERELI") in triples("The Chilean president praised the former Peruvian president.")


# ---------------------------------------------------------------- round 3: campaign-style statements


def test_a_campaign_speaks_for_its_candidate():
    assert ("USAOPP", "051", "USANGO") in triples(
        "Biden's campaign welcomed the decision of the Commission on Presidential Debates.", published="2020-06-15")


def test_listed_senators_are_legislators_while_they_campaign():
    assert ("USALEG", "051", "USAOPP") in triples("Amy Klobuchar endorsed Joe Biden on Monday.", published="2020-06-15")


def test_an_institution_named_without_a_country_is_the_speakers_own():
    # (appeal14: a bill asked to be passed is a policy change, 0242, as "urged passage of the bill")
    assert ("CHLGOV", "0242", "CHLLEG") in triples("The Chilean president urged Congress to pass the pension bill.")
    assert ("CHLGOV", "020", "CHLJUD") in triples("The Chilean government asked the Supreme Court to block the ruling.")


def test_apologising_for_remarks_about_someone_targets_them():
    assert ("CHLGOV", "055", "PER") in triples("The Chilean minister apologised for his remarks about Peru.")


def test_congratulating_in_a_phone_call_is_also_a_call():
    got = triples("The Chilean president congratulated the Peruvian president on his victory in a phone call.")
    assert {("CHLGOV", "051", "PERGOV"), ("CHLGOV", "041", "PERGOV")} <= got


def test_a_reported_future_through_continue_is_an_intention():
    assert ("CHL", "032", "PER") in triples("The Chilean president said Chile would continue to support Peru.")


def test_expelled_journalists_are_the_target():
    assert ("PERGOV", "174", "CHLMED") in triples("Two Chilean journalists were expelled by the Peruvian government.")


# ---------------------------------------------------------------- round 4


def test_a_counterpart_holds_the_same_office():
    assert ("PERGOV", "043", "CHLGOV") in triples("The Peruvian president hosted his Chilean counterpart in Lima on Monday.")


def test_talks_at_a_summit_in_a_third_country_are_044():
    assert ("PERGOV", "044", "CHLGOV") in triples(
        "The Peruvian president held talks with the Chilean president on the sidelines of a summit in Geneva.")


def test_discussing_during_a_phone_call_is_a_call():
    got = triples("The Peruvian president and the Chilean president discussed trade during a phone call on Friday.")
    assert ("PERGOV", "041", "CHLGOV") in got and ("PERGOV", "040", "CHLGOV") not in got


def test_hope_that_someone_acts_targets_them():
    assert ("PERGOV", "013", "CHL") in triples("The Peruvian president expressed hope that Chile would return to talks.")


def test_families_a_government_apologises_to_are_its_own_civilians():
    assert ("PERGOV", "055", "PERCVL") in triples(
        "The Peruvian government apologised to the families of the victims of the mine disaster.")


def test_an_investigation_on_charges_is_of_a_crime():
    assert any(c == "091" for _, c, _ in triples(
        "Peruvian prosecutors opened an investigation into the former president on charges of bribery."))


def test_he_in_a_reported_clause_is_the_titled_speaker():
    assert ("PERGOV", "0241", "PERGOV") in triples(
        "Peru's president announced on Sunday that he had asked all his ministers to resign.")


def test_announcing_one_will_comply_with_a_request_yields_to_its_owner():
    assert ("PERGOV", "080", "CHLGOV") in triples(
        "The Peruvian president announced he will comply with the request of the Chilean president.")


# ---------------------------------------------------------------- round 5


def test_calling_a_counterpart_is_a_phone_call():
    assert ("PERGOV", "041", "CHLGOV") in triples(
        "The Peruvian president called his Chilean counterpart on Tuesday to discuss the border.")


def test_calling_someone_names_is_no_phone_call():
    assert "041" not in {c for _, c, _ in triples("The Peruvian president called the Chilean president a liar.")}


def test_pledging_money_is_economic_aid_even_with_a_purpose_clause():
    assert ("PERGOV", "0331", "ECU") in triples(
        "The Peruvian government pledged $10 million to Ecuador to help rebuild its ports.")


def test_agreeing_to_extend_cooperation_is_an_intent_to_cooperate():
    got = triples("Peru and Chile agreed to extend their cooperation on fishing.")
    assert {("PER", "030", "CHL"), ("CHL", "030", "PER")} <= got


def test_treating_an_attack_as_terrorism_investigates_its_attacker():
    text = ("On Saturday, a man stabbed three people in a park in Lima, Peru. "
            "Police said they were treating the stabbing as a terrorist incident.")
    assert ("PERCOP", "091", "PERCVL") in triples(text)


def test_protest_leaders_are_the_opposition():
    assert ("PERMIL", "0841", "PEROPP") in triples("The Peruvian army released several protest leaders on Monday.")


# ---------------------------------------------------------------- round 6: dictionary breadth


def test_offering_asylum():
    assert ("ECU", "075", "PERELI") in triples("Ecuador offered asylum to the Peruvian former minister on Friday.")


def test_returning_remains_is_returning_property_of_the_dead_side():
    assert ("PER", "0842", "CHLMIL") in triples("Peru returned the remains of Chilean soldiers killed in the war.")


def test_a_delegation_to_be_sent_for_talks_is_an_intent_to_meet():
    assert ("PERGOV", "036", "ECU") in triples(
        "The Peruvian government said it would send a delegation to Ecuador for talks on the border.")


def test_looking_into_someones_finances_is_an_investigation():
    # coop14: prosecutors' inquiries are criminal ones (091), as the training gold codes inquiries
    assert ("PERJUD", "091", "PERELI") in triples(
        "Peruvian prosecutors are looking into the finances of the former president.")


def test_ordering_an_inquiry_into_a_killing_by_soldiers():
    assert ("PERGOV", "090", "PERMIL") in triples(
        "The Peruvian president ordered an inquiry into the killing of protesters by soldiers.")


def test_a_letter_asking_for_help_is_an_appeal_to_its_addressee():
    assert ("PERGOV", "020", "CHLGOV") in triples(
        "The Peruvian president sent a letter to the Chilean president asking for help with the fires.")


def test_hosting_a_future_summit_with_others_is_an_intent_to_meet():
    got = triples("Peru will host a summit with Chile and Ecuador next month.")
    assert {("PER", "036", "CHL"), ("PER", "036", "ECU")} <= got


def test_a_seized_ships_owner_is_the_target():
    # codes27: a seized ship is confiscated property (1711, the most specific code; the tune gold codes seized goods 1711)
    assert ("PER", "1711", "CHLBUS") in triples("Peru seized a tanker belonging to a Chilean company on Monday.")


def test_providing_someone_with_money_in_financial_aid():
    assert ("IGOEUREEC", "0331", "PER") in triples(
        "The EU will provide Peru with 50 million euros in financial aid, the European Commission said.")


def test_tributes_and_condolences_to_unnamed_victims_are_not_coded():
    assert not triples("The Peruvian president paid tribute to the victims of the attack.")
    assert not triples("The Peruvian embassy in London offered condolences to the families of the victims.")


def test_a_central_bank_is_government():
    assert ("USA", "085", "PERGOV") in triples("The United States lifted sanctions on Peru's central bank in October.")


def test_new_dictionary_lines_for_roots_01_to_08_and_17():
    assert ("PERGOV", "018", "CHLGOV") in triples("The Peruvian president sympathised with the Chilean president.")
    assert ("PERGOV", "051", "CHLGOV") in triples("The Peruvian president awarded the Chilean president a medal.")
    assert ("PEROPP", "0253", "PERGOV") in triples(
        "The Peruvian opposition pushed for the release of the jailed leader by the Peruvian government.") or \
        any(c == "0253" for _, c, _ in triples("The Peruvian opposition pushed for the Peruvian government's release of the leader."))
    assert ("PER", "081", "CHL") in triples("Peru reopened its border with Chile on Monday.")
    assert ("PERCOP", "173", "PERCVL") in triples("Peruvian police placed a businessman under arrest.")
    got = triples("Peru and Chile exchanged prisoners on Monday.")
    assert {("PER", "0841", "CHL"), ("CHL", "0841", "PER")} <= got


# ---------------------------------------------------------------- round 7


def test_a_shipment_received_from_someone_is_their_aid():
    assert ("CHN", "070", "PER") in triples("Peru received its first shipment of vaccines from China on Tuesday.")


def test_a_loan_promised_to_someone_is_economic_aid():
    assert ("RUS", "0331", "BLR") in triples("Russia promised Belarus a loan of $1.5 billion on Monday.")


def test_a_listed_figure_tagged_as_a_place_keeps_their_code():
    assert ("RUSGOV", "016", "RUSOPP") in triples(
        "The Kremlin denied any involvement in the poisoning of Navalny.", published="2020-09-22")


def test_claiming_responsibility_for_an_attack_targets_its_victim():
    assert ("AFGREB", "015", "AFGMIL") in triples(
        "The Taliban claimed responsibility for the attack on Afghan soldiers in Kunduz.")


# ---------------------------------------------------------------- round 8


def test_lending_a_country_money_names_the_country():
    assert ("IGOWBK", "0331", "EGY") in triples("The World Bank agreed to lend Egypt $1 billion on Monday.")


def test_asking_troops_to_leave_is_an_appeal_to_de_escalate():
    assert ("PERLEG", "0256", "CHLMIL") in triples("The Peruvian parliament asked Chilean troops to leave the country.")


def test_two_sides_reopening_their_border_act_on_each_other():
    got = triples("Peru and Chile reopened their border crossing on Monday.")
    assert {("PER", "081", "CHL"), ("CHL", "081", "PER")} <= got


def test_released_fishermen_are_private_persons():
    assert ("PERGOV", "0841", "CHLCVL") in triples("The Peruvian government released 30 Chilean fishermen on Monday.")


def test_readiness_under_a_condition_is_no_intention():
    got = triples("The Peruvian opposition will be more willing to return to parliament if a new cabinet is formed.")
    assert not any(c.startswith("03") for _, c, _ in got)


def test_a_member_named_inside_a_group_does_not_act_on_it():
    got = triples("Several Peruvian senators, including Juan Soto, expressed support for a vote on the bill.")
    assert not any(c == "051" for _, c, _ in got)
