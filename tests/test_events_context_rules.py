"""The discourse-context rules of events/context.py, each on short articles we wrote.

Every test runs the whole pipeline on a few sentences and looks at the events of the last
one: the source or target there is not a name in the clause but something a reader takes
from what came before (a quotation's speaker, "the ministry", "the accused", "the first",
"the stabbing", "the move").
"""
from __future__ import annotations

import pytest


def _last_sentence_events(context: str, text: str) -> set[tuple[str, str, str]]:
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    body = context + " " + text
    art = Article(text=body, source=Source("text"), published="2021-05-04")
    art = pipe.annotate(art, pipe.nlp(body))
    start = len(context) + 1
    return {(e.source.code, e.code, e.target.code) for e in art.events if (e.trigger or e.evidence).start >= start}


# ---------------------------------------------------------------- quotations


def test_first_person_in_a_later_piece_of_a_quotation_is_its_speaker():
    got = _last_sentence_events(
        'Canadian Foreign Minister Paul Girard said on Friday: "The talks have gone nowhere for a year.',
        'We condemn Venezuela\'s expulsion of our diplomats."')
    assert ("CANGOV", "111", "VEN") in got


def test_my_colleagues_of_a_legislator_are_the_legislature():
    got = _last_sentence_events(
        'Australian Senator Jane Hollis spoke in Canberra on Monday. "The reform is overdue,"',
        'Hollis said. "I ask my colleagues to support it."')
    assert ("AUSLEG", "020", "AUSLEG") in got


def test_colleagues_of_a_private_person_are_no_body():
    from dateline.events.context import BODY_ROLES

    assert "CVL" not in BODY_ROLES  # a shopkeeper's colleagues are no institution
    got = _last_sentence_events('Shopkeeper Tom Wood spoke in Leeds on Monday.',
                                '"I urge my colleagues to close their shops," Wood said.')
    assert not any(code[:2] == "02" for _, code, _ in got)


# ---------------------------------------------------------------- quoted denials


def test_it_never_happened_is_the_accused_speakers_denial_toward_the_accuser():
    got = _last_sentence_events(
        "Chilean opposition leader Rosa Vidal accused Chilean Interior Minister Luis Parra of ordering the raid.",
        '"It never happened," Parra told the radio station on Thursday.')
    assert ("CHLGOV", "016", "CHLOPP") in got


def test_i_am_not_guilty_is_a_denial_toward_whoever_charged_the_speaker():
    got = _last_sentence_events(
        "Kenyan police charged former Kenyan governor Peter Mwangi with theft on Monday.",
        '"I am not guilty," Mwangi said outside the court.')
    assert any(code == "016" and tgt == "KENCOP" for _, code, tgt in got)


def test_calling_the_allegation_false_is_a_denial_not_criticism():
    got = _last_sentence_events(
        "A Greek newspaper accused Greek Defence Minister Nikos Sarris of taking bribes.",
        'Sarris called the allegation "entirely false".')
    assert ("GRCGOV", "016", "GRCMED") in got
    assert not any(code == "111" for _, code, _ in got)


def test_a_quoted_statement_that_something_never_happened_needs_an_accuser():
    got = _last_sentence_events("Farmers in the Kenyan highlands waited for rain all summer.",
                                '"It never happened before," a farmer told the newspaper.')
    assert not any(code == "016" for _, code, _ in got)


def test_a_denial_outside_a_quotation_is_no_quoted_denial():
    from dateline.nlp import load_nlp
    from dateline.events.actors import ActorContext
    from dateline.events.context import quoted_denial
    from dateline.model import Article, Source

    text = "The minister said the meeting never happened."
    doc = load_nlp()(text)
    ctx = ActorContext.build(doc, Article(text=text, source=Source("text")))
    assert not any(quoted_denial(t, ctx) for t in doc if t.lemma_ == "happen")


# ---------------------------------------------------------------- descriptions


def test_the_ministry_is_the_latest_ministry_named_with_its_country():
    got = _last_sentence_events(
        "The Indian foreign ministry summoned the Pakistani envoy in New Delhi on Monday.",
        "The ministry accused Islamabad of violating the ceasefire.")
    assert ("INDGOV", "112", "PAK") in got


def test_the_accused_is_the_private_person_named_last():
    got = _last_sentence_events(
        "German man Klaus Becker, 38, was charged with arson in Vienna, Austria.",
        "On Tuesday the accused criticised the Austrian police.")
    assert ("DEUCVL", "111", "AUTCOP") in got


def test_the_accused_is_not_an_office_holder_named_last():
    from dateline.events.context import SUSPECT_WORDS

    assert "accused" in SUSPECT_WORDS
    got = _last_sentence_events(
        "German man Klaus Becker was charged with arson. Austrian Justice Minister Eva Gruber spoke on Monday.",
        "On Tuesday the accused criticised the Austrian police.")
    assert not any(src == "AUTGOV" for src, _, _ in got)


def test_the_first_and_the_second_of_documents_act_for_who_passed_them():
    got = _last_sentence_events(
        "The Estonian parliament adopted two statements on Tuesday.",
        "The first condemned the Belarusian government, and the second criticised the Russian government.")
    assert ("ESTLEG", "111", "BLRGOV") in got
    assert ("ESTLEG", "111", "RUSGOV") in got


def test_them_as_an_object_is_the_group_just_named_not_the_clause_subject():
    got = _last_sentence_events("Peruvian police arrested three suspects in Lima on Friday.",
                                "Prosecutors charged them with kidnapping.")
    assert ("PERJUD", "1121", "PERCVL") in got
    assert ("PERJUD", "1121", "PERJUD") not in got


# ---------------------------------------------------------------- acts named by a noun


def test_the_shooting_points_at_the_shooter_when_the_shooting_was_not_coded():
    got = _last_sentence_events("A French police officer shot a teenage driver in Nanterre on Tuesday.",
                                'The French president called the shooting "unforgivable".')
    assert ("FRAGOV", "111", "FRACOP") in got


def test_the_investigation_points_at_who_investigated():
    got = _last_sentence_events(
        "The Brazilian Senate investigated the health minister's purchase of vaccines.",
        'The health minister called the investigation "a farce".')
    assert ("BRAGOV", "111", "BRALEG") in got


def test_the_move_points_at_the_nearest_deed_before():
    got = _last_sentence_events("The Malian junta expelled the French ambassador on Monday.",
                                "The European Union condemned the move.")
    assert ("IGOEUREEC", "111", "MLIMIL") in got or ("IGOEUREEC", "111", "MLIGOV") in got


def test_the_move_with_no_deed_before_has_no_target():
    got = _last_sentence_events("The weather in Geneva was cold on Friday.",
                                "The Swiss foreign minister welcomed the move.")
    assert got == set()


def test_a_named_investigation_does_not_take_the_verb_of_another_one():
    from dateline.events.context import act_doer

    got = _last_sentence_events(
        "Reporters asked the Ukrainian president to investigate a gas firm. The US House opened an impeachment inquiry.",
        'The president attacked the impeachment investigation as "a hoax".')
    assert not any(tgt == "UKRGOV" for _, _, tgt in got)
    assert callable(act_doer)


@pytest.mark.parametrize("noun,verb", [("stabbing", "stab"), ("riots", "riot"), ("inquiry", "investigate"),
                                        ("vote", "vote")])
def test_act_families_read_nouns_back_to_their_verbs(noun, verb):
    from dateline.events.context import ACT_FAMILIES

    assert verb in ACT_FAMILIES[noun]


def test_the_accused_tagged_as_a_verb_is_still_the_object_described():
    got = _last_sentence_events(
        "German man Klaus Becker, 38, was charged with arson in Vienna, Austria.",
        "An Austrian court sentenced the accused to six years in prison on Monday.")
    assert ("AUTJUD", "173", "DEUCVL") in got


def test_the_stabbing_after_an_agentless_passive_points_at_the_attacker_named():
    got = _last_sentence_events(
        "A Czech senator was stabbed at a rally in Brno on Sunday. The attacker is reported to have "
        "shouted at the crowd.",
        'The Czech prime minister called the stabbing "a cowardly act".')
    assert ("CZEGOV", "111", "CZECVL") in got


def test_the_stabbing_with_no_attacker_named_has_no_target():
    got = _last_sentence_events("A Czech senator was stabbed at a rally in Brno on Sunday.",
                                'The Czech prime minister called the stabbing "a cowardly act".')
    assert not any(code == "111" for _, code, _ in got)


# ---------------------------------------------------------------- pieces of a quotation


def test_a_quoted_verdict_in_a_later_piece_is_the_speakers_criticism_of_the_act_before():
    got = _last_sentence_events(
        'Belarus expelled two Lithuanian diplomats on Monday. Lithuanian Foreign Minister Tomas Jonaitis '
        'spoke in Vilnius. "We were not warned," he said.',
        '"This is an unacceptable provocation."')
    assert ("LTUGOV", "111", "BLR") in got


def test_a_quoted_obligation_in_a_later_piece_is_the_speakers_demand():
    got = _last_sentence_events(
        'Georgian President Nino Abashidze spoke in Tbilisi on Monday. "Our patience has limits," she said.',
        '"Russia must withdraw its troops from our territory."')
    assert any(src == "GEOGOV" and code[:2] == "10" and tgt == "RUS" for src, code, tgt in got)


def test_a_quoted_piece_that_praises_or_says_nothing_wrong_is_no_criticism():
    got = _last_sentence_events(
        'Georgian President Nino Abashidze spoke in Tbilisi on Monday. "Our patience has limits," she said.',
        '"The talks with Armenia were useful."')
    assert not any(code == "111" for _, code, _ in got)


# ---------------------------------------------------------------- "the two leaders", "both sides"


def test_the_two_leaders_are_the_pair_just_shown_meeting():
    got = _last_sentence_events(
        "Chilean President Ana Rojas met Argentine President Luis Soto in Santiago on Monday.",
        "The two leaders signed a border agreement.")
    assert {("CHLGOV", "057", "ARGGOV"), ("ARGGOV", "057", "CHLGOV")} <= got


def test_both_countries_are_the_coordinated_subjects_before():
    got = _last_sentence_events(
        "Ethiopia and Eritrea agreed to a truce on Saturday.",
        "Both countries accused each other of breaking it on Sunday.")
    assert {("ETH", "112", "ERI"), ("ERI", "112", "ETH")} <= got


def test_two_people_of_one_side_are_no_pair():
    got = _last_sentence_events("Belarusian police arrested two protesters in Minsk on Friday.",
                                "The two leaders of the protest criticised the Belarusian government.")
    assert not any(src == "BLRCOP" for src, _, _ in got)


def test_it_in_a_second_verdict_by_the_same_speaker_has_the_first_ones_target():
    got = _last_sentence_events(
        'Nigerian opposition leader Atiku Bello called the Nigerian government\'s fuel policy "a disaster".',
        'He described it as "reckless" on Tuesday.')
    assert ("NGAOPP", "111", "NGAGOV") in got


def test_it_after_another_speakers_verdict_has_no_borrowed_target():
    got = _last_sentence_events(
        'Nigerian opposition leader Atiku Bello called the Nigerian government\'s fuel policy "a disaster".',
        'The Nigerian finance minister described it as "necessary" on Tuesday.')
    assert not any(code == "111" and tgt == "NGAGOV" and src == "NGAGOV" for src, code, tgt in got)


# ---------------------------------------------------------------- "you" in a quotation


def test_you_in_a_quotation_is_whom_the_cue_verb_addresses():
    got = _last_sentence_events(
        "Protests continued in Caracas on Sunday.",
        'Venezuelan opposition leader Juan Rivas said to President Hugo Mora: "We urge you to free the prisoners."')
    assert ("VENOPP", "0253", "VENGOV") in got


def test_you_must_in_a_quotation_told_to_someone_is_a_demand_on_them():
    got = _last_sentence_events(
        "Kenyan opposition leader Ruth Wanjiku met President Daniel Kamau on Monday.",
        '"You must resign," Wanjiku told him.')
    assert any(src == "KENOPP" and code[:2] == "10" and tgt == "KENGOV" for src, code, tgt in got)


def test_you_with_no_addressee_is_generic():
    got = _last_sentence_events("The Kenyan finance minister spoke in Nairobi on Monday.",
                                '"You must pay your taxes," the minister said.')
    assert not any(code[:2] == "10" for _, code, _ in got)


def test_an_object_pronoun_is_not_its_own_clauses_subject():
    from dateline.api import load_pipeline
    from dateline.model import Article, Source
    from dateline.resolve.coref import resolve_references

    text = "Kenyan opposition leader Ruth Wanjiku met President Daniel Kamau on Monday. Wanjiku told him to resign."
    pipe = load_pipeline()
    doc = pipe.nlp(text)
    art = pipe.annotate(Article(text=text, source=Source("text")), doc)
    him = next(t for t in doc if t.lower_ == "him")
    got = resolve_references(doc, art).get(him.i)
    wanjiku = next(e.id for e in art.entities if "Wanjiku" in e.name)
    assert got != wanjiku


# ---------------------------------------------------------------- refusals of what was asked for


def test_refusing_what_was_subpoenaed_is_a_refusal_to_who_asked():
    got = _last_sentence_events(
        "The Brazilian Senate committee issued subpoenas for the contracts on Monday.",
        "The Brazilian defence minister refused to hand over the contracts.")
    assert ("BRAGOV", "120", "BRALEG") in got


def test_refusing_something_nobody_asked_for_has_no_target():
    got = _last_sentence_events(
        "The Brazilian Senate committee published the contracts on Monday.",
        "The Brazilian defence minister refused to sign the contracts.")
    assert not any(code[:2] == "12" and tgt == "BRALEG" for _, code, tgt in got)


# ---------------------------------------------------------------- "It / They" after a body


def test_it_as_a_main_subject_is_the_body_that_was_the_subject_before():
    got = _last_sentence_events("The Iranian foreign ministry summoned the British ambassador on Sunday.",
                                "It accused London of interfering in the election.")
    assert ("IRNGOV", "112", "GBR") in got


def test_they_after_coordinated_subjects_are_both():
    got = _last_sentence_events("Germany and France signed a defence agreement on Monday.",
                                "They also criticised Russia.")
    assert {("DEU", "111", "RUS"), ("FRA", "111", "RUS")} <= got


def test_it_is_never_a_person_and_they_never_a_thing():
    got = _last_sentence_events("Prime Minister Boris Johnson spoke in London on Monday.",
                                "It criticised the Russian government.")
    assert got == set()
    got = _last_sentence_events("Protesters' demands include new elections.",
                                "They accused the Hungarian government of corruption.")
    assert not any(src.endswith("GOV") for src, _, _ in got)


def test_a_quoted_you_needs_the_speakers_own_cue_verb():
    got = _last_sentence_events("Kenyan student Ann Njeri wrote about her exams.",
                                'I told my teacher I was tired, and she said "you must work harder".')
    assert not any(code[:2] == "10" for _, code, _ in got)


# ---------------------------------------------------------------- "the country", acts by family


def test_the_countrys_office_is_the_country_that_acted_before():
    got = _last_sentence_events("Nicaragua expelled the Mexican ambassador on Friday.",
                                "The country's foreign minister accused Mexico of plotting a coup.")
    assert ("NICGOV", "112", "MEX") in got


def test_the_country_after_a_person_subject_is_left_open():
    got = _last_sentence_events("The Greek prime minister visited Cyprus on Monday.",
                                "The country's president praised Greece.")
    assert not any(code == "051" for _, code, _ in got)


def test_the_incursion_points_at_whoever_entered():
    got = _last_sentence_events("Chinese warships entered Taiwanese waters on Sunday.",
                                'Taiwan\'s defence ministry said it "strongly condemns" the incursion.')
    assert ("TWNGOV", "111", "CHNMIL") in got


def test_your_in_a_quotation_owns_through_the_addressee():
    got = _last_sentence_events(
        "Kenyan opposition leader Ruth Wanjiku spoke in Nairobi on Monday.",
        'Wanjiku said to President Daniel Kamau: "We condemn your decision to close the border."')
    assert ("KENOPP", "111", "KENGOV") in got


def test_the_two_and_both_without_a_noun_are_the_pair_too():
    got = _last_sentence_events(
        "Peruvian President Ana Luna met Bolivian President Jorge Paz in Lima on Monday.",
        "The two signed a water agreement.")
    assert {("PERGOV", "057", "BOLGOV"), ("BOLGOV", "057", "PERGOV")} <= got
    got = _last_sentence_events(
        "Peruvian President Ana Luna met Bolivian President Jorge Paz in Lima on Monday.",
        "Both condemned the Chilean government.")
    assert {("PERGOV", "111", "CHLGOV"), ("BOLGOV", "111", "CHLGOV")} <= got
