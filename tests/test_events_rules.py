"""General coding rules added in round 3, each on sentences of our own."""
from __future__ import annotations

from test_events_coder import triples


def test_by_phrase_later_in_the_clause_owns_the_criticised_act():
    # the small model hangs "by" on the nearest noun; the doer is still the act's owner
    got = triples("The Turkish president attacked the annexation of the island as national territory "
                  "by the Greek government.")
    assert ("TURGOV", "111", "GRCGOV") in got


def test_by_phrase_on_the_verb_owns_the_object():
    assert ("TURGOV", "111", "FRAGOV") in triples("The Turkish president attacked the decision by the French government.")


def test_passive_by_agent_is_not_read_as_an_owner():
    got = triples("The decision was attacked by the Turkish president.")
    assert all(t[2] != "TURGOV" for t in got)


def test_quoted_verdict_on_the_act_just_reported_is_criticism_of_its_doer():
    got = triples('Russia expelled two Estonian diplomats. "This is an unacceptable provocation," '
                  'the Estonian foreign minister said.')
    assert ("ESTGOV", "111", "RUS") in got


def test_reported_verdict_on_an_owned_act():
    got = triples("The Greek foreign minister said the Turkish government's plan was unacceptable.")
    assert ("GRCGOV", "111", "TURGOV") in got


def test_negated_or_neutral_verdicts_are_not_criticism():
    assert not any(t[1] == "111" for t in triples(
        'Russia expelled two Estonian diplomats. "It is not a provocation," the Estonian foreign minister said.'))
    assert not any(t[1] == "111" for t in triples(
        'Russia expelled two Estonian diplomats. "It is a great day," the Estonian foreign minister said.'))


def test_verdict_with_no_earlier_act_has_no_target():
    assert not triples('"This decision is shameful," the Greek foreign minister said.')


def test_an_objects_owner_is_not_the_party_of_a_meeting_or_release():
    assert not triples("The cosmonaut received the Soviet Union's highest honour for his work.")
    assert not triples("After the names of the victims were released, the governor declared a day of mourning.")


def test_an_agentless_passive_inherits_no_agent():
    assert not triples("The writer told of being forced to leave the country.")


def test_criticised_arrest_targets_the_arresting_side_not_the_arrested():
    got = triples("Police arrested the Russian opposition leader. "
                  "The Russian opposition leader's arrest was condemned by the German government.")
    assert ("DEUGOV", "111", "RUSCOP") in got
    assert ("DEUGOV", "111", "RUSOPP") not in got


def test_a_listed_outlet_with_a_unit_word_is_media():
    from dateline.resolve.actors import known_org_code

    assert known_org_code("BBC Sport") == "GBRMED"
    assert known_org_code("Reuters news agency") == "GBRMED"
    assert known_org_code("Sport") is None


def test_a_date_never_satisfies_a_patterns_preposition():
    # "fire on:*" must not read "on Thursday" as a target of shooting
    assert not any(t[1] == "175" for t in triples("The Brazilian president fired his health minister on Thursday."))


def test_meeting_in_a_third_country_is_044_at_home_040():
    assert ("RUSGOV", "044", "TURGOV") in triples("The Russian president met the Turkish president in Geneva.")
    got = triples("The Russian president met with the Turkish president in Moscow.")
    assert ("RUSGOV", "040", "TURGOV") in got and not any(t[1] == "044" for t in got)


def test_people_who_march_are_protesters():
    got = triples("Thousands of people in Chile marched to the presidential palace to protest against the government.")
    assert any(src == "CHLOPP" and code.startswith("14") for src, code, _ in got)
    assert not any(src == "CHLCVL" for src, _, _ in got)


def test_leading_country_of_a_coalition():
    assert ("SAU", "195", "YEMREB") in triples("The Saudi-led coalition carried out airstrikes on Houthi positions in Sanaa.")


def test_a_single_journalist_takes_the_articles_country_the_press_does_not():
    assert ("TURJUD", "173", "TURMED") in triples("A court in Istanbul sentenced the journalist to six years in prison.")


def test_blame_on_names_the_accused_and_the_object_picks_the_subcode():
    assert ("SAUGOV", "1123", "IRN") in triples("The Saudi government blamed the attack on Iran.")
    assert ("NGAMIL", "1123", "TCDREB") in triples("The Nigerian army blamed the Chadian rebels for the bombing.")


def test_going_on_strike_is_not_also_an_air_strike():
    got = triples("Workers went on strike against the government.")
    assert not any(code == "195" for _, code, _ in got)
    assert not any(code.startswith("14") for _, code, _ in triples("Twin bombings yesterday struck the cathedral in Jolo."))


def test_hails_from_a_place_is_not_praise():
    assert not any(code == "051" for _, code, _ in triples("The Chilean senator, who hails from Peru, spoke on Monday."))


def test_forces_of_nature_are_not_actors():
    assert not triples("Typhoon Haiyan, which killed over 6,000 people in the Philippines, damaged the region.")
    assert not triples("The fire killed five Polish tourists.")


def test_declining_comment_is_toward_whoever_asked():
    got = triples("The press asked Kenyan President Joseph Kamau about the deal, but he declined to comment.")
    assert ("KENGOV", "011", "---MED") in got


def test_criticism_by_named_critics_amid_or_despite_an_act_targets_its_doer():
    got = triples("The Turkish president announced the change on Wednesday despite criticism by the Greek "
                  "foreign minister and the European Union.")
    assert {("GRCGOV", "111", "TURGOV"), ("IGOEUREEC", "111", "TURGOV")} <= got
    assert ("IGOEUREEC", "111", "HUNGOV") in triples(
        "The Hungarian government passed the law amid condemnation from the European Commission.")


def test_a_party_is_opposition_unless_it_is_said_to_rule():
    from dateline.resolve.actor_roles import role_code

    assert role_code("party") == "OPP"
    assert role_code("ruling party") == "GOV"
    assert role_code("party spokesman") == "OPP"


def test_a_later_target_slot_is_tried_when_the_first_names_no_party():
    got = triples("Thousands of teachers went on strike in Poland on Monday, demanding higher wages from the government.")
    assert ("POLEDU", "100", "POLGOV") in got


def test_killing_by_assault_is_1823_and_stabbing_to_death_too():
    assert ("GBRCVL", "1823", "GBRCVL") in triples(
        "On Sunday, John Miller stabbed his neighbour Peter Smith to death in Leeds, England, police said.")
    assert ("BRACOP", "1823", "BRACVL") in triples(
        "Brazilian police killed eight suspected drug dealers in a raid in Rio de Janeiro on Friday.")


def test_saying_someone_is_responsible_or_behind_an_attack_is_an_accusation():
    got = triples("The Saudi foreign minister said Iran was responsible for the attack on the oil facilities.")
    assert ("SAUGOV", "1123", "IRN") in got
    assert not any(code.startswith("19") for _, code, _ in got)  # the alleged act is not coded as fact
    assert ("USAGOV", "1123", "SYRGOV") in triples(
        "The American envoy said the Syrian government was behind the chemical attack.")


def test_a_measure_with_no_owner_is_the_governments_of_the_articles_country():
    text = ("The French government announced the pension reform in Paris. "
            "Thousands of protesters in Paris marched against the reform on Saturday.")
    # 141 or, with the protest's aim read off the sentence (events/general.py), 1412
    assert {("FRAOPP", "141", "FRAGOV"), ("FRAOPP", "1412", "FRAGOV")} & triples(text)
    assert not triples("The French government announced the pension reform in Paris. "
                       "The French president defended the new law on Saturday.") - {("FRAGOV", "052", "FRAGOV")}


def test_a_delayed_to_clause_gives_the_appeal_its_content():
    got = triples('The Hong Kong senator said: "I really urge [the Hong Kong president], if she cannot govern the city, '
                  'and has no ability to govern the city, to please step down."')
    assert any(code == "0241" for _, code, _ in got)
    assert not any(code == "020" for _, code, _ in got)


def test_refusing_to_accept_a_demand_is_a_rejection():
    assert ("GRCGOV", "123", "TURGOV") in triples("The Greek government will not accept the Turkish government's demands.")
    got = triples("The Iranian government asked Interpol to arrest the American president. "
                  "Interpol said it would not consider the request.")
    assert ("IGOITP", "120", "IRNGOV") in got
    assert not triples("The Greek government did not comment on the request.")


def test_claims_are_accusations_only_with_accusing_content():
    assert not any(code.startswith("112") for _, code, _ in triples(
        "The Chilean senator claimed she made the decision without pressure from the Chilean government."))
    assert ("ARGGOV", "1121", "ARGOPP") in triples(
        "The Argentine president claimed the Argentine opposition rigged the vote through fraud.")


def test_calling_someone_something_kind_is_not_criticism():
    assert not any(code == "111" for _, code, _ in triples(
        'The Indian prime minister called the Nepali prime minister "humble and kind".'))
    assert ("INDGOV", "111", "NPLGOV") in triples(
        'The Indian prime minister called the Nepali government "reckless".')


def test_calling_a_state_for_a_candidate_is_no_appeal():
    assert not any(code.startswith("02") for _, code, _ in triples(
        "The American broadcaster called Nevada for the Democratic candidate on Saturday."))


def test_only_a_court_finding_is_a_ruling():
    assert not any(code == "116" for _, code, _ in triples(
        "The Indian hospital found the Indian minister positive for the virus."))


def test_the_owner_of_an_abstract_subject_is_no_agent():
    assert not triples("The American senator's moderate politics clashed with the stances of the Democratic Party.")


def test_pledges_by_several_donors_are_not_made_to_each_other():
    assert not triples("China, Iran and Russia have pledged funds for the reconstruction.")


def test_questioning_a_person_is_not_disapproval():
    assert not any(code == "110" for _, code, _ in triples("Polish police have been unable to question the suspect."))
    assert ("GRCGOV", "110", "TURGOV") in triples(
        "The Greek foreign minister questioned the Turkish government's decision.")


def test_a_named_slot_gets_no_stand_in_and_home_places_are_no_party():
    assert not triples("The Canadian prime minister heads the Liberal Party.")
    assert not triples("The American president travelled to Cleveland, Ohio, for the debate.")


def test_a_person_of_unknown_country_arrested_at_home_is_a_national():
    text = ("Japan, Korea, Russia, India and Vietnam held talks. Japan, Korea, Russia and India issued a statement. "
            "Chinese police arrested Li Wei on Monday.")
    assert ("CHNCOP", "173", "CHNCVL") in triples(text)


def test_passive_relative_clause_acts_on_its_antecedent():
    got = triples("The opposition leader, who was arrested by Venezuelan police last week, was released on Monday.")
    assert ("VENCOP", "173", "VENOPP") in got


def test_a_stance_in_the_present_tense_is_a_state():
    assert not triples("The Hong Kong leader, who is supported by the Chinese government, spoke on Monday.")
    assert ("CHNGOV", "050", "HKGGOV") in triples("The Chinese government backed the Hong Kong government on Monday.")


def test_the_party_of_a_threatened_act_may_sit_in_its_own_phrase():
    assert ("PHLGOV", "1313", "CAN") in triples(
        "The Philippine president threatened to cut ties with Canada over its garbage.")


def test_sides_exchanging_fire_act_on_each_other():
    got = triples("Afghan forces and the Taliban exchanged fire near Kabul.")
    assert {("AFGMIL", "190", "AFGREB"), ("AFGREB", "190", "AFGMIL")} <= got


def test_sides_trading_fire_act_on_each_other():
    got = triples("Indian and Pakistani troops traded fire across the disputed border on Sunday.")
    assert {("INDMIL", "190", "PAKMIL"), ("PAKMIL", "190", "INDMIL")} <= got


def test_a_diplomatic_protest_lodged_with_a_state():
    assert ("INDGOV", "114", "NPL") in triples("The Indian foreign ministry protested to Nepal over the new map.")


def test_an_opposition_call_for_elections_is_addressed_to_its_government():
    assert ("VENOPP", "0244", "VENGOV") in triples("The Venezuelan opposition called for new elections.")
    # money and bans are a government's to give, too
    assert ("KENLEG", "020", "KENGOV") in triples(
        "Opposition lawmakers in Kenya's parliament pushed for extra funding for rural clinics.")
    assert not any(t == "KENGOV" for _, _, t in triples("Kenya's health minister called for extra funding."))


def test_a_ban_on_another_states_firm_is_a_sanction():
    assert ("GBRGOV", "163", "CHNBUS") in triples("The British government banned Huawei from its 5G network.")
    assert ("CHN", "163", "AUS") in triples("China suspended imports of Australian beef.")
    got = triples("The Kenyan government banned the Kenyan newspaper on Monday.")
    assert any(code == "172" for _, code, _ in got) and not any(code == "163" for _, code, _ in got)


def test_acts_reported_under_a_negated_finding_are_not_facts():
    assert not triples("The Philippine Senate did not find that the Philippine network had breached the laws.")
    assert not triples("The Chilean court did not find that the Chilean police attacked the protesters.")


def test_the_means_of_a_carried_offensive_is_an_act_of_the_same_campaign():
    got = triples("Turkey attacked Syria on Monday. On Wednesday, Turkey began a military offensive with airstrikes.")
    assert {("TUR", "190", "SYR"), ("TUR", "195", "SYR")} <= got


def test_a_verb_the_lemmatiser_gets_wrong_is_read_from_its_form():
    # the small model lemmatises "fined" as "fin"
    assert ("FRAGOV", "163", "USABUS") in triples("The French government fined the American technology company 500 million euros.")


def test_a_leaders_supporters_are_the_country_alone():
    got = triples("Kenyan President Joseph Kamau and his supporters criticized the Ugandan government.")
    assert ("KEN", "111", "UGAGOV") in got


def test_a_refused_act_is_not_coded_as_done():
    got = triples("The Ukrainian mayor refused to support the Ukrainian president's reelection bid.")
    assert not any(code.startswith("05") for _, code, _ in got)
    assert any(code.startswith("12") for _, code, _ in got)


def test_sides_that_swap_prisoners_release_them_to_each_other():
    got = triples("Armenia and Azerbaijan swapped prisoners on Friday.")
    assert {("ARM", "0841", "AZE"), ("AZE", "0841", "ARM")} <= got


def test_returning_somewhere_is_a_trip_not_a_return_of_something():
    assert not any(c.startswith("08") for _, c, _ in triples(
        "The president left the hospital and returned to the White House on Monday."))
    assert ("RUS", "0842", "UKR") in triples("Russia returned the seized ships to Ukraine.")


def test_any_object_pattern_needs_an_object_and_weighs_less_than_a_named_one():
    from dateline.events.patterns import ANY_OBJECT, parse_pattern

    anything = parse_pattern("084", "return +* >to", "verb", 1)
    named = parse_pattern("0842", "return +property >to", "verb", 2)
    assert anything.obj is ANY_OBJECT
    assert 0 < anything.specificity < named.specificity
