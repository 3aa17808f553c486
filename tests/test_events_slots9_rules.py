"""The slots9 rules (events/frames.py and the slot-picking helpers of events/coder.py), each on
sentences we wrote in 1996 wire style: who acts and on whom when the small parser hides the
party a reader sees (a headline that drops the reported clause's subject, "it" after a named
state in a participle clause, coordinated nationalities on one plural noun, a verb joined to
a reported clause instead of to the saying verb).
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "1996-08-20") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _doc(text: str):
    from dateline.nlp import load_nlp

    return load_nlp()(text)


# ---------------------------------------------------------------- headlines: "X says killed ..."


def test_a_headline_report_without_a_subject_is_the_speakers_act():
    got = _events("Rebel group says attacked army post near capital.")
    assert any(code == "190" and src.endswith("REB") for src, code, _ in got)


def test_the_elided_subject_is_the_saying_verbs_subject():
    from dateline.events.frames import subjects

    doc = _doc("Turkey says killed 17 Kurd rebels in clashes.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert [t.text for t in subjects(killed)] == ["Turkey"]


def test_a_reported_clause_with_its_own_subject_keeps_it():
    from dateline.events.frames import subjects

    doc = _doc("Turkey says the rebels killed 17 soldiers in clashes.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert [t.text for t in subjects(killed)] == ["rebels"]


def test_a_past_tense_said_is_no_headline():
    from dateline.events.frames import _elided_report_subject

    doc = _doc("The minister said attacked villages would be rebuilt.")
    assert not any(_elided_report_subject(t) for t in doc)


# ---------------------------------------------------------------- "it" after a named state


def test_it_in_a_participle_clause_is_the_named_state_acted_on():
    got = _events("Kenya closed its border with Uganda on Monday, accusing it of arming rebels.")
    assert ("KEN", "112", "UGA") in got
    assert ("KEN", "112", "KEN") not in got


def test_it_is_the_object_of_the_main_verb():
    got = _events("Ethiopia expelled Sudan's ambassador on Tuesday and accused it of sheltering gunmen.")
    assert not any(src == tgt for src, code, tgt in got if code.startswith("112"))


def test_it_is_left_alone_with_two_named_states():
    from dateline.events.frames import object_pronoun_antecedent

    doc = _doc("Egypt signed accords with Libya and Sudan, praising it for its help.")
    it = next(t for t in doc if t.lower_ == "it")
    assert object_pronoun_antecedent(it) is None


def test_it_is_left_alone_when_the_clause_has_its_own_subject():
    from dateline.events.frames import object_pronoun_antecedent

    doc = _doc("Greece protested to Turkey after Ankara said it would hold naval exercises.")
    it = next(t for t in doc if t.lower_ == "it")
    assert object_pronoun_antecedent(it) is None


# ---------------------------------------------------------------- "the U.S. and Colombian governments"


def test_coordinated_nationalities_name_one_actor_each():
    got = _events("The U.S. and Mexican governments signed an agreement on border crossings on Friday.")
    assert ("USAGOV", "057", "MEXGOV") in got
    assert ("MEXGOV", "057", "USAGOV") in got


def test_coordinated_nationalities_as_a_target():
    got = _events("The Iranian president criticised the U.S. and British governments on Tuesday.")
    assert ("IRNGOV", "111", "USAGOV") in got
    assert ("IRNGOV", "111", "GBRGOV") in got


def test_a_single_nationality_is_one_actor():
    from dateline.events.coder import _coordinated_nationalities

    doc = _doc("The Greek government signed a border agreement with Bulgaria.")
    gov = next(t for t in doc if t.lower_ == "government")
    assert _coordinated_nationalities(gov) == []


# ---------------------------------------------------------------- "said Y did Z and warned Y"


def test_a_verb_joined_to_the_reported_clause_that_acts_on_its_own_subject_is_the_speakers():
    got = _events("The Pakistani foreign ministry said India had massed troops along the border "
                  "and warned New Delhi against any adventure in Kashmir.")
    assert any(src == "PAKGOV" and tgt == "IND" and code[:2] in ("11", "13") for src, code, tgt in got)


def test_a_verb_joined_to_the_reported_clause_keeps_its_subject_otherwise():
    got = _events("Iran said Britain had seized the tanker and taken its crew to Gibraltar.")
    assert not any(src == "IRN" and code.startswith("17") for src, code, _ in got)


# ---------------------------------------------------------------- a denied report is the press's


def test_a_denied_report_is_aimed_at_the_press_of_the_country_that_names_it():
    got = _events("A Greek diplomat on Monday denied a Greek newspaper report that Athens had recalled its envoy.")
    assert ("GRCGOV", "016", "GRCMED") in got


def test_a_denied_report_without_a_named_country_is_the_deniers_press():
    got = _events("The Kremlin on Tuesday denied a report that Russian troops had crossed into Georgia.")
    assert ("RUSGOV", "016", "RUSMED") in got


def test_a_report_that_is_neither_confirmed_nor_denied_is_no_denial():
    got = _events("The Turkish foreign ministry would neither confirm nor deny the report on Monday.")
    assert not any(code == "016" for _, code, _ in got)
    got = _events("A Turkish foreign ministry spokesman said he could not confirm or deny the report.")
    assert not any(code == "016" for _, code, _ in got)


# ---------------------------------------------------------------- "a Kabul government statement"


def test_a_statement_owned_by_a_body_named_as_a_modifier_is_that_bodys():
    got = _events("Afghan rebels on Sunday denied a Kabul government statement that a ceasefire had been agreed.")
    assert ("AFGREB", "016", "AFGGOV") in got


def test_the_owning_body_is_a_role_noun_modifier_only():
    from dateline.events.coder import _owning_bodies

    doc = _doc("The rebels rejected the peace plan and the army proposal.")
    plan = next(t for t in doc if t.lower_ == "plan")
    proposal = next(t for t in doc if t.lower_ == "proposal")
    assert _owning_bodies([plan]) == []
    assert [t.text for t in _owning_bodies([proposal])] == ["army"]


# ---------------------------------------------------------------- "<body> said it ..."


def test_it_in_a_reported_clause_is_the_reporting_body():
    got = _events("Washington welcomed the truce on Wednesday. The Kurdish Democratic Party said on Thursday "
                  "it had repelled an attack by Iranian troops near the border.")
    assert not any(src == "USA" and code.startswith("19") for src, code, _ in got)


def test_reporting_self_binds_it_and_they_by_number():
    from dateline.events.frames import reporting_self

    doc = _doc("The Iraqi army said it had shelled the town. Turkish police said they had arrested two men.")
    it = next(t for t in doc if t.lower_ == "it")
    they = next(t for t in doc if t.lower_ == "they")
    assert reporting_self(it).lower_ == "army"
    assert reporting_self(they).lower_ == "police"


def test_reporting_self_never_binds_it_to_a_person():
    from dateline.events.frames import reporting_self

    doc = _doc("Prime Minister Tansu Ciller said it had been a difficult week for Turkey.")
    it = next(t for t in doc if t.lower_ == "it")
    assert reporting_self(it) is None



# ---------------------------------------------------------------- "the two sides", "both countries"


def test_the_two_sides_are_the_parties_of_the_last_coded_pair():
    got = _events("Azerbaijani and Armenian envoys held talks in Moscow on Monday. "
                  "The two sides agreed to exchange prisoners of war.")
    assert any(code.startswith("03") for _, code, _ in got)


def test_both_countries_as_a_target_are_both_parties():
    got = _events("Greece and Turkey signed a trade protocol on Monday. "
                  "The United States urged both countries to resume talks on Cyprus.")
    assert ("USA", "026", "GRC") in got and ("USA", "026", "TUR") in got


def test_the_two_sides_without_an_earlier_pair_name_no_one():
    got = _events("The two sides will meet again in Geneva on Friday.")
    assert got == set()


def test_both_sides_of_something_are_no_pair_of_parties():
    from dateline.events.coder import _two_sides

    doc = _doc("The senator drew criticism from both sides of the aisle.")
    sides = next(t for t in doc if t.lower_ == "sides")
    assert _two_sides([sides], []) == []
