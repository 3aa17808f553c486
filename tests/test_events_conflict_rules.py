"""Verbal-conflict rules (CAMEO roots 10-14, events5), each on sentences of our own."""
from __future__ import annotations

from test_events_coder import triples


# --- received disapproval: the subject is the target, the "from" phrase the source

def test_drew_criticism_from():
    assert ("DEUGOV", "111", "AUTGOV") in triples(
        "The Austrian chancellor drew criticism from the German government over the border checks.")


def test_faced_condemnation_from_two_coordinated_sources():
    got = triples("The Polish government faced condemnation from France and Germany.")
    assert {("FRA", "111", "POLGOV"), ("DEU", "111", "POLGOV")} <= got


def test_came_under_fire_from():
    assert ("ITALEG", "111", "ITAGOV") in triples(
        "The Italian prime minister came under fire from Italian lawmakers on Monday.")


def test_an_owned_act_sparked_criticism_of_its_owner():
    assert ("SWEGOV", "111", "HUNGOV") in triples(
        "The Hungarian government's new media law sparked condemnation from the Swedish government.")


def test_received_accusation_and_lawsuit():
    assert ("ESPGOV", "112", "MARGOV") in triples(
        "The Moroccan government faced accusations from the Spanish government of using migrants as leverage.")
    assert ("NGOGRP", "115", "DEUGOV") in triples("The German government faces a lawsuit from Greenpeace.")


def test_no_source_or_negation_gives_nothing():
    assert not any(t[1][:2] == "11" for t in triples("The Austrian chancellor drew criticism over the checks."))
    assert not any(t[1][:2] == "11" for t in triples(
        "The Austrian chancellor did not draw criticism from the German government."))
    # attack and pressure are not disapproval
    assert not any(t[1][:2] == "11" for t in triples("The Malian army came under attack from rebels."))


# --- copular verdicts

def test_was_critical_of():
    assert ("NORGOV", "111", "RUSGOV") in triples("The Norwegian foreign minister was critical of the Russian government.")


def test_is_a_critic_of_is_a_state():
    assert not any(t[1] == "111" for t in triples("The Norwegian foreign minister is critical of the Russian government."))


def test_hit_back_at():
    assert ("CHNGOV", "111", "GBRGOV") in triples(
        "The Chinese foreign ministry hit back at the British government on Tuesday.")


def test_described_as_with_a_condemning_label():
    assert ("JORGOV", "111", "ISRGOV") in triples(
        "The Jordanian king described the Israeli government's annexation plan as illegal.")
    assert not any(t[1] == "111" for t in triples(
        "The Jordanian king described the Israeli government's plan as important."))


def test_two_predicates_after_call():
    assert ("ESTGOV", "111", "RUSGOV") in triples(
        "The Estonian president called the Russian government's decision a provocation.")


def test_verdict_naming_a_wrong():
    assert ("VENGOV", "111", "USA") in triples(
        'The Venezuelan foreign minister said that the American sanctions were "economic terrorism".')


# --- accusations and their subcodes

def test_accusation_subcodes_from_the_alleged_deed():
    assert ("GEOGOV", "1122", "RUSGOV") in triples(
        "The Georgian government accused the Russian government of mistreating Georgian prisoners.")
    assert ("UKRGOV", "1121", "RUSGOV") in triples(
        "The Ukrainian president accused the Russian government of poisoning the journalist.")
    assert ("IRNGOV", "1125", "ISR") in triples("The Iranian government accused Israel of spying on its scientists.")
    assert ("AZEGOV", "1123", "ARM") in triples("The Azerbaijani government accused Armenia of military aggression.")


def test_said_y_bore_responsibility():
    got = triples("The Turkish foreign minister said the Syrian government bore responsibility for the attack.")
    assert ("TURGOV", "1123", "SYRGOV") in got


def test_said_y_committed_war_crimes():
    assert ("UKRGOV", "1124", "RUSMIL") in triples(
        "The Ukrainian foreign minister said Russian troops had committed war crimes.")
    assert not any(t[1][:3] == "112" for t in triples(
        "The Ukrainian foreign minister said the volunteers had committed an act of kindness."))


def test_blamed_each_other():
    got = triples("Armenia and Azerbaijan blamed each other for the shelling.")
    assert {("ARM", "1123", "AZE"), ("AZE", "1123", "ARM")} <= got  # "for the shelling": aggression


# --- a criticised act's owner

def test_owner_of_an_act_done_to_others_is_its_doer():
    assert ("AUSGOV", "111", "CHNGOV") in triples(
        "The Australian government condemned the Chinese government's detention of the journalist.")


def test_a_possessed_role_phrase_is_an_actor():
    assert ("KENOPP", "112", "KENGOV") in triples(
        "Kenya's main opposition party accused the Kenyan government of incompetence.")


# --- demands

def test_demand_subcodes_from_the_that_clause():
    assert ("FRAGOV", "1053", "IRN") in triples("The French government demanded that Iran release the French tourist.")
    assert ("THAOPP", "1041", "THAGOV") in triples(
        "Thai protesters demanded that the Thai prime minister step down.")
    assert ("IGOUNO", "1056", "RUS") in triples("The United Nations demanded that Russia withdraw its troops.")


# --- rejections and denials answer whoever pressed

def test_rejected_accusations_answer_the_accuser():
    got = triples("The Dutch government accused Russia of hacking its ministries. "
                  "Russia rejected the accusations on Friday.")
    # rejecting an accusation denies responsibility (016, events6's rule) toward the accuser
    assert ("RUS", "016", "NLDGOV") in got or ("RUS", "120", "NLDGOV") in got


def test_summoned_ambassador_is_the_government():
    assert ("DNKGOV", "114", "IRNGOV") in triples("The Danish foreign ministry summoned the Iranian ambassador.")


# --- dictionary lines

def test_new_dictionary_lines():
    assert ("CANGOV", "111", "CHNGOV") in triples(
        "The Canadian government took a swipe at the Chinese government over the detentions.")
    assert ("IGOEUREEC", "115", "POL") in triples(
        "The European Commission launched legal action against Poland over the court reforms.")
    assert ("USAGOV", "1312", "TUR") in triples("The US president threatened sanctions against Turkey.")
    assert ("KORJUD", "1121", "KORGOV") in triples(
        "South Korean prosecutors filed charges against the South Korean justice minister.")


def test_students_protesting_stay_students_with_the_aim_subcode():
    got = triples("Students in Peru marched on Friday to protest against the government's pension reform.")
    assert ("PEREDU", "1412", "PERGOV") in got


def test_took_to_the_streets_to_demand_a_resignation():
    got = triples("Thousands of people in Serbia took to the streets to demand the resignation of the Serbian president.")
    assert ("SRBOPP", "1411", "SRBGOV") in got


# --- second round: sources, owners and pronouns

def test_plural_office_of_coordinated_countries_is_each_countrys_office():
    got = triples("The foreign ministers of Spain, Portugal and Greece condemned the Russian government.")
    assert {("ESPGOV", "111", "RUSGOV"), ("PRTGOV", "111", "RUSGOV"), ("GRCGOV", "111", "RUSGOV")} <= got


def test_possessed_act_is_its_owners_not_a_modifier_role():
    assert ("SWEGOV", "111", "RUS") in triples("The Swedish government condemned Russia's military buildup.")


def test_a_noun_of_another_nationality_is_no_coreferent():
    assert ("USAGOV", "1121", "CHNBUS") in triples("The US Treasury accused the Chinese company of fraud.")


def test_misparsed_main_clause_keeps_its_subject():
    # the small model reads "The ... minister called ..." as a noun with a clause on it
    got = triples('The Austrian foreign minister called Poland\'s new law "shameful".')
    assert ("AUTGOV", "111", "POL") in got


def test_them_in_a_participle_clause_is_the_main_clauses_object():
    got = triples('The Greek government reacted angrily to the Turkish president\'s remarks, calling them "unacceptable".')
    assert ("GRCGOV", "111", "TURGOV") in got


def test_rejections_name_what_was_asked():
    assert ("AFGREB", "127", "AFGGOV") in triples("The Taliban rejected the Afghan government's offer of a truce.")
    got = triples("The Venezuelan government rejected the Spanish government's demand to free the journalists.")
    assert ("VENGOV", "1243", "ESPGOV") in got  # toward who asked, not the journalists


def test_threat_to_expel_an_envoy_and_rulers():
    assert ("GINMIL", "1313", "FRAGOV") in triples("Guinea's military rulers threatened to expel the French ambassador.")


def test_rejected_territorial_claims_are_a_rejection_not_a_denial():
    got = triples("The Japanese government rejected China's claims to the islands.")
    assert ("JPNGOV", "120", "CHN") in got and not any(t[1] == "016" for t in got)


# --- third round

def test_joined_y_in_condemning():
    got = triples("The Dutch government joined Belgium in condemning the Russian government.")
    assert {("NLDGOV", "111", "RUSGOV"), ("BEL", "111", "RUSGOV")} <= got


def test_a_vetoed_bill_is_the_legislatures():
    assert ("ARGGOV", "129", "ARGLEG") in triples("The Argentine president vetoed the bill on Monday.")


def test_criminal_charges_and_threatened_legal_action():
    assert ("BELJUD", "1121", "BELGOV") in triples(
        "Belgian prosecutors brought charges against the Belgian minister.")
    assert ("GRCGOV", "130", "TURBUS") in triples(
        "The Greek government threatened legal action against the Turkish shipping company.")


def test_quoted_verdicts_naming_a_person():
    got = triples('Speaking to reporters, the Colombian president said the Venezuelan president was "a dictator".')
    assert ("COLGOV", "111", "VENGOV") in got
    assert ("ESPGOV", "111", "MARGOV") in triples(
        "The Spanish foreign minister said the Moroccan government's decision was wrong.")


def test_responded_to_and_met_with_criticism():
    assert ("NLDGOV", "111", "HUNGOV") in triples(
        "The Hungarian prime minister responded to criticism from the Dutch government on Friday.")
    assert ("IGOEUREEC", "111", "POLGOV") in triples(
        "The Polish government's plan was met with criticism from the European Commission.")
    assert not any(t[1][:2] == "11" for t in triples(
        "The Hungarian prime minister responded to a request from the Dutch government."))


def test_along_with_adds_a_source():
    got = triples("The Swedish government, along with Norway, condemned the Belarusian government.")
    assert {("SWEGOV", "111", "BLRGOV"), ("NOR", "111", "BLRGOV")} <= got


# --- fourth round (from the third variety batch)

def test_reported_obligation_gets_the_demand_subcode():
    assert ("GEOGOV", "1056", "RUS") in triples("The Georgian president said Russia must withdraw its troops from Abkhazia.")


def test_demanded_departure_and_inadequate_explanations():
    assert ("TUNOPP", "1041", "TUNGOV") in triples(
        "Tunisian protesters demanded the departure of the Tunisian prime minister.")
    assert ("FRAGOV", "111", "RUS") in triples(
        "The French foreign minister said the explanations given by Russia were inadequate.")


def test_a_role_owner_owns_the_act_not_its_theme():
    got = triples("Bolivia's interior minister rejected the opposition leader's claim to the presidency.")
    assert ("BOLGOV", "120", "BOLOPP") in got


def test_blamed_on_a_deed_by_someone():
    assert ("CUBGOV", "112", "USA") in triples("The Cuban president blamed the fire on sabotage by the United States.")


def test_party_members_in_a_legislature_act_as_it():
    got = triples("Republicans in the US Senate criticized the US president's decision to leave the treaty.")
    assert ("USALEG", "111", "USAGOV") in got


# --- fifth round (from the fourth variety batch)

def test_the_african_union_is_igooau_in_events():
    assert ("IGOOAU", "111", "GINMIL") in triples("The African Union condemned the Guinean military on Monday.")


def test_verdict_said_of_an_act():
    got = triples('"This is a violation of our sovereignty," the Syrian foreign minister said of the Israeli strike.')
    assert ("SYRGOV", "111", "ISR") in got


def test_acts_carried_out_by_several_doers():
    got = triples("The Iranian government condemned the strikes carried out by Israel, Britain and France.")
    assert {("IRNGOV", "111", "ISR"), ("IRNGOV", "111", "GBR"), ("IRNGOV", "111", "FRA")} <= got


def test_state_forces_storming_a_building_do_not_riot():
    got = triples("Armenian police stormed the opposition party's headquarters on Tuesday.")
    assert not any(t[1][:3] == "145" for t in got)
    assert ("ARMOPP", "145", "ARMLEG") in triples("Armenian protesters stormed the Armenian parliament on Tuesday.")


def test_summoning_ones_own_envoy_home_is_no_complaint():
    assert not any(t[1] == "114" for t in triples(
        "The Swedish foreign minister summoned the Swedish ambassador home for consultations."))
    assert not any(t[1] == "114" for t in triples(
        "The Swedish government summoned its ambassador to Russia back to Stockholm."))
    assert ("SWEGOV", "114", "RUSGOV") in triples("The Swedish government summoned the Russian ambassador.")


# --- sixth round (from the fifth variety batch)

def test_relative_pronoun_object_is_its_antecedent():
    got = triples("The Saudi court sentenced the Saudi blogger, whom Saudi prosecutors had accused of fraud.")
    assert ("SAUJUD", "1121", "SAUCVL") in got or ("SAUJUD", "1121", "SAUMED") in got


def test_conditional_threat_targets_the_condition_subject():
    assert ("IRNGOV", "130", "USA") in triples(
        'The Iranian government threatened "consequences" if the United States imposed new sanctions.')
    assert not any(t[1][:2] == "13" for t in triples(
        "The Iranian government threatened consequences on Monday."))


def test_in_protest_at_someones_act():
    got = triples("The Czech president cancelled his trip to China in protest at the Chinese government's threats.")
    assert ("CZEGOV", "111", "CHNGOV") in got


def test_hijacking_is_a_crime_and_an_arrest_by_police_is_the_polices():
    assert ("IGOEUREEC", "1121", "BLRGOV") in triples(
        "The European Union accused the Belarusian government of hijacking a passenger plane.")
    assert ("NGOAMN", "111", "TURCOP") in triples(
        "Amnesty International condemned the arrest of the lawyer by Turkish police.")


# --- seventh round

def test_countries_including_x_and_y_are_the_sources():
    got = triples("Several countries, including Spain and Italy, condemned the Belarusian government.")
    assert {("ESP", "111", "BLRGOV"), ("ITA", "111", "BLRGOV")} <= got


def test_attacked_for_a_reason_is_criticism_not_force():
    got = triples("The Brazilian president attacked the French president for his remarks.")
    assert ("BRAGOV", "111", "FRAGOV") in got and not any(t[1][:2] == "19" for t in got)


def test_faces_a_legal_challenge_from():
    assert ("NGOGRP", "115", "NORGOV") in triples(
        "The Norwegian government faces a legal challenge from Greenpeace over the oil licences.")


def test_a_complaint_targets_whom_it_is_against_before_where_it_is_lodged():
    assert ("PSEGOV", "114", "ISR") in triples(
        "The Palestinian Authority filed a complaint against Israel with the International Criminal Court.")
    assert ("LBNGOV", "114", "ISR") in triples(
        "The Lebanese government complained to the United Nations about Israeli violations of its airspace.")
    assert ("JPNGOV", "114", "KOR") in triples("The Japanese government lodged a protest with South Korea.")


def test_a_state_protesting_another_states_act_complains_officially():
    assert ("KENGOV", "114", "UGAGOV") in triples(
        "The Kenyan government strongly protested the Ugandan government's decision to close the border.")
    assert ("JPN", "114", "CHN") in triples("Japan protested against China's decision.")
    got = triples("Thousands of Iranians protested against the US sanctions.")
    assert not any(t[1] == "114" for t in got)


def test_protests_received_from_a_state_or_a_crowd():
    got = triples("Canadian police arrested a Chinese executive, prompting angry protests from the Chinese government.")
    assert ("CHNGOV", "114", "CANCOP") in got


def test_coordinated_nationality_adjectives_on_a_plural_office():
    got = triples("The Greek and Cypriot foreign ministers condemned the Turkish government.")
    assert {("GRCGOV", "111", "TURGOV"), ("CYPGOV", "111", "TURGOV")} <= got
    got = triples("The Indian and Pakistani governments blamed each other for the shelling.")
    assert {("INDGOV", "1123", "PAKGOV"), ("PAKGOV", "1123", "INDGOV")} <= got


def test_demand_whose_clause_the_parser_read_as_a_noun():
    # the small model reads "the president resign" as a noun phrase
    assert ("ZWEOPP", "1041", "ZWEGOV") in triples(
        "The Zimbabwean opposition demanded that the Zimbabwean president resign.")


def test_threatened_act_keeps_its_own_target():
    assert ("PRK", "1384", "JPN") in triples("North Korea threatened to launch missiles at Japan.")


def test_more_reporting_verbs_carry_verdicts_and_obligations():
    assert ("GRCGOV", "111", "TURGOV") in triples(
        "The Greek foreign minister asserted that the Turkish government's plan was illegal.")
    assert ("INDGOV", "1056", "PAK") in triples("The Indian government maintained that Pakistan must withdraw its troops.")
