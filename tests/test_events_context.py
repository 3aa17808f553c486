"""Event actors that need more than the clause: spokespeople, private persons, earlier acts."""
from __future__ import annotations

from test_events_coder import code, triples


def test_spokesman_for_an_organisation_codes_as_the_organisation():
    got = triples("Maria Lopez, a spokeswoman for Amnesty International, condemned the Chilean government.")
    assert ("NGOAMN", "111", "CHLGOV") in got


def test_private_person_with_a_clear_country_is_a_civilian():
    text = ("A court in Kenya heard the case on Monday. Kenyan police said the trial in Nairobi was long. "
            "Kenyan judges met in Mombasa. John Kamau was sentenced by a Kenyan judge to four years in prison.")
    assert ("KENJUD", "173", "KENCVL") in triples(text)


def test_person_without_evidence_does_not_borrow_a_contested_country():
    text = ("Germany and France argued over the budget in Brussels. Paris and Berlin disagree. "
            "Tom Weber praised the Belgian prime minister.")
    got = triples(text)
    assert not any(src and src.startswith(("DEU", "FRA")) for src, code, _ in got if code == "051")


def test_the_move_points_back_at_the_earlier_act():
    text = ("Russia expelled ten Estonian diplomats on Monday. "
            "The Estonian government condemned the move.")
    assert ("ESTGOV", "111", "RUS") in triples(text)


def test_the_operation_condemned_in_the_passive():
    text = ("Ethiopian troops attacked rebel positions in Somalia on Tuesday. "
            "The operation was condemned by the African Union.")
    got = triples(text)
    assert any(src.startswith("IGO") and code == "111" and tgt and tgt.startswith("ETH") for src, code, tgt in got)


def test_a_statement_is_not_what_the_move_points_at():
    text = ("Chile criticized Peru on Monday. Bolivia condemned the move.")
    assert not any(code == "111" and src == "BOL" for src, code, _ in triples(text))


def test_by_agent_owns_an_act_noun_before_its_theme():
    got = triples("Kenya criticized the seizure of the ship by Tanzania.")
    assert ("KEN", "111", "TZA") in got


def test_institution_name_holding_a_country():
    from dateline.model import Entity
    from dateline.resolve.actors import code_actor

    ent = Entity("e1", "the Canadian Commission on Water Rights", "GPE", None, None, [])
    assert code_actor(ent).code == "CANGOV"


def test_a_date_is_not_the_target_of_an_offensive():
    got = triples("Ethiopia began a military offensive into Sudan on Wednesday.")
    assert any(src == "ETH" and code == "190" and tgt == "SDN" for src, code, tgt in got)


def test_it_in_a_participle_clause_is_the_main_object_and_both_owners_are_targets():
    got = triples("The Greek prime minister commented on the Egyptian-Cypriot gas deal, calling it absurd.")
    assert {("GRCGOV", "111", "EGY"), ("GRCGOV", "111", "CYP")} <= got


def test_neutral_comment_gives_way_to_the_criticism_in_the_same_sentence():
    got = triples("The Greek prime minister commented on the Egyptian-Cypriot gas deal, calling it absurd.")
    assert not any(code.startswith("01") for _, code, _ in got)


def test_acronym_codes_as_the_body_it_abbreviates():
    text = ("The Kenyan Broadcasting Regulation Authority (KBRA) suspended three channels on Monday. "
            "Opposition lawmakers condemned the KBRA.")
    got = triples(text)
    assert any(code == "111" and tgt == "KENGOV" for _, code, tgt in got)


def test_a_company_called_the_network_is_media():
    text = ("Orbit Media Corporation runs a Kenyan television channel. "
            "President Kenyatta accused the network of lying.")
    got = triples(text)
    assert any(code == "1121" and tgt == "KENMED" for _, code, tgt in got)


def test_first_person_in_a_quotation_is_the_speaker():
    text = '"I urge the president to resign," the Kenyan opposition leader said.'
    got = triples(text)
    assert any(src == "KENOPP" and code == "0241" for src, code, _ in got)



def test_coreference_is_computed_once_per_doc(monkeypatch):
    from dateline.events import actors as ev_actors
    from dateline.events import code_events
    from dateline.model import Article, Source
    from dateline.nlp import load_nlp
    from dateline.resolve.entities import resolve_entities

    calls = []
    real = ev_actors._compute_coref
    monkeypatch.setattr(ev_actors, "_compute_coref", lambda doc, art: calls.append(1) or real(doc, art))
    text = "The Kenyan president met the Ugandan president. He criticized him."
    doc = load_nlp()(text)
    art = Article(text=text, source=Source("text"), published="2021-01-01")
    art.entities = resolve_entities(doc, art)
    code_events(doc, art)
    code_events(doc, art)
    assert len(calls) <= 1


def test_role_noun_with_in_place_keeps_its_country():
    got = triples("Human rights activists in Kenya criticized the Ugandan government.")
    assert any(src.startswith("KEN") and code == "111" and tgt == "UGAGOV" for src, code, tgt in got)


def test_target_less_clash_answers_the_earlier_act_against_the_same_side():
    text = ("Kenyan police fired tear gas at protesters in Nairobi on Monday. "
            "Some protesters responded by throwing stones.")
    got = triples(text)
    assert any(src.endswith("OPP") and code == "145" and tgt == "KENCOP" for src, code, tgt in got)


def test_target_less_protest_with_no_earlier_act_stays_without_target():
    got = triples("Thousands of protesters threw stones in Nairobi on Monday.")
    assert not any(code == "145" and tgt for _, code, tgt in got)


def test_they_is_the_protesters_named_just_before():
    text = ("Thousands of Kenyan protesters marched in Nairobi on Sunday. "
            "They asked President Kenyatta to resign.")
    got = triples(text)
    assert any(src == "KENOPP" and code == "0241" and tgt == "KENGOV" for src, code, tgt in got)


def test_they_with_no_group_before_stays_uncoded():
    got = triples("They asked the Kenyan president to resign.")
    assert not got


def test_saying_someone_breaks_the_law_is_an_accusation():
    got = triples('The Kenyan opposition leader said, "The Ugandan government is violating the treaty."')
    assert ("KENOPP", "112", "UGAGOV") in got


def test_saying_someone_did_not_break_the_law_is_no_accusation():
    got = triples('The Kenyan opposition leader did not say the Ugandan government violated the treaty.')
    assert not any(code == "112" for _, code, _ in got)


def test_use_of_force_abroad_targets_the_country_of_the_place():
    got = triples("Ethiopian jets bombed several targets in Sudan on Tuesday.")
    assert any(src.startswith("ETH") and code.startswith("19") and tgt == "SDN" for src, code, tgt in got)


def test_use_of_force_at_home_gets_no_place_target():
    got = triples("Ethiopian troops shelled villages in Ethiopia on Tuesday.")
    assert not any(tgt == "ETH" for _, _, tgt in got)


def test_claim_of_fraud_is_an_accusation_of_crime():
    got = triples("The Kenyan president claimed the Ugandan government won only through fraud.")
    assert ("KENGOV", "1121", "UGAGOV") in got


def test_claim_without_clear_content_stays_plain_accusation():
    got = triples("The Kenyan president claimed the Ugandan government lied about the border.")
    assert any(code == "112" for _, code, _ in got) and not any(code == "1121" for _, code, _ in got)


def test_decree_restricting_the_public_targets_the_issuers_civilians():
    got = triples("The Kenyan prime minister signed a decree banning anyone from entering the port.")
    assert ("KENGOV", "172", "KENCVL") in got


def test_the_royal_palace_is_the_government():
    got = triples("The Thai royal palace condemned the Cambodian government.")
    assert ("THAGOV", "111", "KHMGOV") in got


def test_phrasal_complement_matches_the_dictionarys_particle_form():
    got = triples("Kenyan protesters urged the Kenyan president to step down.")
    assert ("KENOPP", "0241", "KENGOV") in got


def test_editors_brackets_are_not_the_object():
    got = triples('The Kenyan opposition leader said: "We urge [the president] to resign."')
    assert any(code.startswith("02") and tgt == "KENGOV" for _, code, tgt in got)


def test_warning_of_attacks_is_a_threat_of_attack():
    got = triples('"We warn Israel that its bases will be our targets," the Iranian foreign minister said.')
    assert ("IRNGOV", "1384", "ISR") in got


def test_plain_warning_is_an_unspecified_threat():
    got = triples("The Iranian foreign minister warned Israel that it would regret its decision.")
    assert ("IRNGOV", "130", "ISR") in got


def test_bare_country_never_acts_on_itself():
    got = triples("Kenya condemned Kenya's neighbours, and Kenya criticized Kenya.")
    assert ("KEN", "111", "KEN") not in got


def test_responding_to_someones_announcement_makes_them_the_target():
    got = triples("The Kenyan president, responding to the Ugandan president's announcement, "
                  "criticized the plan as reckless.")
    assert ("KENGOV", "111", "UGAGOV") in got


def test_in_response_to_a_statement_from_someone():
    got = triples("In response to a statement from the Ugandan president, the Kenyan president "
                  "condemned the decision.")
    assert any(src == "KENGOV" and code == "111" and tgt == "UGAGOV" for src, code, tgt in got)


def test_a_continued_offensive_keeps_its_target():
    text = ("Ethiopia began a military offensive into Sudan on Monday. "
            "On Tuesday, Ethiopia launched a second offensive with ground troops.")
    got = triples(text)
    assert sum(1 for src, code, tgt in got if src == "ETH" and code == "190" and tgt == "SDN") >= 1
    art, evs = code(text)
    second = [e for e in evs if e.trigger and e.trigger.start > text.index("Tuesday")]
    assert second and all(e.target.code == "SDN" for e in second if e.code == "190")


def test_the_press_has_no_country():
    text = ("Kenyan police arrested two men in Nairobi. Kenyan officials met in Nairobi. "
            "The Kenyan president criticized the press.")
    assert ("KENGOV", "111", "---MED") in triples(text)


def test_the_move_points_back_at_an_uncoded_decision_and_its_doer():
    from test_events_coder import triples

    got = triples("The Turkish president announced the conversion of the museum into a mosque. "
                  "The Greek government criticized the move.")
    assert ("GRCGOV", "111", "TURGOV") in got
    assert ("PAK", "111", "INDGOV") in triples(
        "The Indian government revoked the region's autonomy on Monday. Pakistan condemned the decision.")


def test_protesting_the_shooting_of_someone_targets_the_shooter():
    from test_events_coder import triples

    got = triples("Police in Chicago shot a black man on Sunday. "
                  "Hundreds of Chicago residents protested the shooting of the man.")
    # 140, or 141 where a crowd's protest is a demonstration (events/general.py, WIKINEWS_EXTRA gold)
    assert {("USAOPP", "140", "USACOP"), ("USAOPP", "141", "USACOP")} & got
    assert ("USAOPP", "140", "USACVL") not in got and ("USAOPP", "141", "USACVL") not in got
