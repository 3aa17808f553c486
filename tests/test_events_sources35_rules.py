"""sources35: one side wrong or missing (docs/evaluation/events-sources35.md). Every sentence is
our own, in wire style.

- "X used the summit / a news conference / Twitter to <act>": X does the act (events/used_means.py),
  while "used the army to crush ..." keeps the army as the doer.
- The chief of a named non-state body is that body's: "the union's president", "the secretary
  general of the teachers' union", "trade union Secretary General" (events/body_chiefs.py).
- "A top judge and critic of President X" is one person with the judge's office, and "critic"
  is no second side (events/one_person.py).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "2024-03-14"


# --- the user of a means does the act ------------------------------------------------------------

def test_the_user_of_an_occasion_does_the_act():
    cases = {
        "LISBON, March 14 (Reuters) - Opposition leader Maria Costa used a rally in Lisbon to accuse "
        "the government of corruption.": ("PRTOPP", "1121", "PRTGOV"),
        "TOKYO, March 14 (Reuters) - Prime Minister Fumio Kishida used the summit to urge China to "
        "release the detained fishermen.": ("JPNGOV", "0253", "CHN"),
        "MOSCOW, March 14 (Reuters) - The Russian foreign minister used a news conference to condemn "
        "NATO.": ("RUSGOV", "111", "IGONAT"),
        "NAIROBI, March 14 (Reuters) - Kenya's foreign minister used a meeting with African envoys to "
        "accuse Sudan of arming rebels.": ("KENGOV", "112", "SDN"),
    }
    for text, triple in cases.items():
        assert triple in coded_triples(text, DAY), text


def test_a_named_forum_used_is_no_speaker():
    got = coded_triples("Israel used the United Nations debate to denounce Iran.", DAY)
    assert ("ISR", "111", "IRN") in got
    assert not any(src == "IGOUNO" for src, _, _ in got)


def test_seizing_the_occasion_is_no_seizure():
    got = coded_triples("BERLIN, March 14 (Reuters) - The chancellor seized the occasion to criticise "
                        "Russia's annexation of Crimea.", DAY)
    assert ("DEUGOV", "111", "RUS") in got
    assert not any(code.startswith("171") for _, code, _ in got)


def test_forces_used_keep_their_own_act():
    got = coded_triples("CAIRO, March 14 (Reuters) - The government used the army to crush the protests.", DAY)
    assert ("EGYMIL", "175", "EGYOPP") in got


def test_an_act_the_means_was_not_used_for_stays_uncoded():
    for text in ("KABUL, March 14 (Reuters) - The minister did not use the meeting to criticise Pakistan.",
                 "ISLAMABAD, March 14 (Reuters) - Pakistan would never use its territory to attack India, "
                 "the prime minister said."):
        assert not any(code[:2] in ("11", "19") for _, code, _ in coded_triples(text, DAY)), text


# --- the chief of a named body -------------------------------------------------------------------

def test_the_chief_of_a_union_is_a_unionist():
    for text in ("CARACAS, March 14 (Reuters) - The union's president, Jose Ruiz, criticised the government.",
                 "CARACAS, March 14 (Reuters) - Jose Ruiz, the union's general secretary, criticised the government.",
                 "CARACAS, March 14 (Reuters) - The general secretary of the teachers' union criticised the "
                 "government.",
                 "CARACAS, March 14 (Reuters) - Jose Ruiz, secretary general of the CTV union federation, "
                 "criticised the government."):
        got = coded_triples(text, DAY)
        assert ("VENLAB", "111", "VENGOV") in got, (text, got)


def test_a_secretary_general_of_a_union_is_no_army_general():
    got = coded_triples("CARACAS, March 14 (Reuters) - Maria Lopez, the union's secretary general, accused "
                        "the government of breaking its promises.", DAY)
    assert ("VENLAB", "112", "VENGOV") in got
    assert not any(src.endswith("MIL") for src, _, _ in got)


def test_a_compounded_union_before_a_capitalised_title():
    from dateline.api import load_pipeline
    from dateline.events.body_chiefs import body_of, title_of

    doc = load_pipeline().nlp("Luis Mora, Acme steel union Secretary General and member of the opposition "
                              "party, told reporters.")
    title = title_of(next(t for t in doc if t.text == "Mora"))
    assert title is not None and title.text == "General"
    assert body_of(title).text == "union"


def test_the_chief_of_a_party_is_the_party():
    got = coded_triples("CARACAS, March 14 (Reuters) - The secretary general of the opposition party accused "
                        "the government of fraud.", DAY)
    assert ("VENOPP", "1121", "VENGOV") in got


def test_state_chiefs_keep_the_state_reading():
    got = coded_triples("SEOUL, March 14 (Reuters) - The army's chief of staff accused North Korea of "
                        "violating the truce.", DAY)
    assert ("KORMIL", "112", "PRK") in got
    got = coded_triples("CARACAS, March 14 (Reuters) - Venezuela's secretary general criticised Colombia.", DAY)
    assert ("VENGOV", "111", "COL") in got


def test_a_news_agency_in_the_dateline_is_no_employer():
    got = coded_triples("MANILA, March 14 (Reuters) - The director of the human rights group accused the "
                        "police of killing suspects.", DAY)
    assert not any(src.endswith("MED") for src, _, _ in got)


# --- one person described twice --------------------------------------------------------------------

def test_a_judge_and_critic_is_one_judge():
    got = coded_triples("BOGOTA, March 14 (Reuters) - A top judge and critic of President Rafael Soto accused "
                        "the government of corruption.", DAY)
    assert got == {("COLJUD", "1121", "COLGOV")}


def test_the_first_description_is_read_as_a_whole_title():
    got = coded_triples("ISLAMABAD, March 14 (Reuters) - A senior police officer and outspoken critic of the prime "
                        "minister accused the government of interfering in the inquiry.", DAY)
    assert got == {("PAKCOP", "112", "PAKGOV")}
    got = coded_triples("BOGOTA, March 14 (Reuters) - A senior judicial official and critic of the interior "
                        "minister accused the police of obstructing the inquiry.", DAY)
    assert got == {("COLJUD", "112", "COLCOP")}


def test_a_lawmaker_and_ally_is_one_lawmaker():
    got = coded_triples("NAIROBI, March 14 (Reuters) - A prominent lawmaker and ally of the president "
                        "criticised the electoral commission.", DAY)
    assert {src for src, _, _ in got} == {"KENLEG"}


def test_two_people_with_their_own_articles_stay_two_sides():
    got = coded_triples("NAIROBI, March 14 (Reuters) - The president and the opposition leader criticised "
                        "the electoral commission.", DAY)
    assert {src for src, _, _ in got} == {"KENGOV", "KENOPP"}
    got = coded_triples("NAIROBI, March 14 (Reuters) - Judges and critics of the government accused the "
                        "police of abuses.", DAY)
    assert {src for src, _, _ in got} == {"KENJUD", "KENOPP"}


# --- a group's role from its modifiers -------------------------------------------------------------

def test_a_group_noun_takes_the_role_its_modifiers_name():
    cases = {
        "HONG KONG, March 14 (Reuters) - Religious and legal groups urged lawmakers to scrap the security law.":
            ("HKGNGO", "0242", "HKGLEG"),
        "DHAKA, March 14 (Reuters) - Civic groups urged the government to release the detained activists.":
            ("BGDNGO", "0253", "BGDGOV"),
        "JAKARTA, March 14 (Reuters) - Muslim groups condemned the government's decision to allow the concert.":
            ("IDNNGO", "111", "IDNGOV"),
        "MANILA, March 14 (Reuters) - Human rights organisations accused the police of killing suspects.":
            ("PHLHRI", "1122", "PHLCOP"),
        "SEOUL, March 14 (Reuters) - Farmers' groups protested against the government's trade deal.":
            ("KORAGR", "140", "KORGOV"),
    }
    for text, triple in cases.items():
        got = coded_triples(text, DAY)
        assert triple[0] in {src for src, _, _ in got}, (text, got)


def test_a_group_with_a_role_and_no_country_takes_the_home_country():
    got = coded_triples("NAIROBI, March 14 (Reuters) - Environmental groups criticised the government's plan "
                        "to build a coal plant.", DAY)
    assert ("KENNGO", "111", "KENGOV") in got


def test_groups_outside_the_country_and_other_groups_stay_as_they_were():
    got = coded_triples("GENEVA, March 14 (Reuters) - International rights groups criticised Myanmar's military.", DAY)
    assert not any(src[:3] == "CHE" for src, _, _ in got)
    assert not coded_triples("NAIROBI, March 14 (Reuters) - The group of experts praised the government.", DAY)
    assert not coded_triples("CAIRO, March 14 (Reuters) - Religious groups did not criticise the government's "
                             "decision.", DAY)


def test_modifier_role_reads_conjoined_adjectives_and_owners():
    from dateline.api import load_pipeline
    from dateline.events.group_roles import modifier_role

    nlp = load_pipeline().nlp
    doc = nlp("Religious and legal groups called for talks.")
    assert modifier_role(doc[3]) == "NGO"
    doc = nlp("The farmers' association called for talks.")
    assert modifier_role(next(t for t in doc if t.lower_ == "association")) == "AGR"
    doc = nlp("The group called for talks.")
    assert modifier_role(doc[1]) is None


# --- exiles ---------------------------------------------------------------------------------------

def test_exiles_are_the_opposition_abroad():
    for text, src in (("MIAMI, March 14 (Reuters) - A Cuban exile group based in Miami condemned the Cuban "
                       "government's crackdown.", "CUBOPP"),
                      ("BERLIN, March 14 (Reuters) - A Belarusian exile group in Warsaw urged the European Union "
                       "to impose sanctions on Minsk.", "BLROPP")):
        got = coded_triples(text, DAY)
        assert src in {s for s, _, _ in got}, (text, got)


# --- an occasion taken ------------------------------------------------------------------------------

def test_an_occasion_taken_is_the_act_done():
    cases = {
        "LONDON, March 14 (Reuters) - The prime minister took the opportunity to criticise Russia.":
            ("GBRGOV", "111", "RUS"),
        "PARIS, March 14 (Reuters) - The French president used the occasion to praise Germany's role in Europe.":
            ("FRAGOV", "051", "DEU"),
        "TOKYO, March 14 (Reuters) - Japan's foreign minister took the opportunity to urge North Korea to "
        "return to talks.": ("JPNGOV", "026", "PRK"),
    }
    for text, triple in cases.items():
        assert triple in coded_triples(text, DAY), text


def test_an_occasion_not_taken_is_no_act():
    for text in ("LONDON, March 14 (Reuters) - The prime minister did not take the opportunity to criticise Russia.",
                 "LONDON, March 14 (Reuters) - The prime minister missed the opportunity to criticise Russia.",
                 "LONDON, March 14 (Reuters) - The prime minister will have an opportunity to criticise Russia "
                 "at the summit."):
        assert not coded_triples(text, DAY), text


# --- the reporter owns what was struck --------------------------------------------------------------

def test_the_reporter_owns_the_positions_struck():
    cases = {
        "KABUL, March 14 (Reuters) - The Taliban-run radio said government forces had attacked its positions.":
            ("AFGMIL", "190", "AFGREB"),
        "COLOMBO, March 14 (Reuters) - The Tamil Tigers' radio said army troops had shelled its positions in "
        "the north.": ("LKAMIL", "194", "LKAREB"),
        "KABUL, March 14 (Reuters) - A Taliban spokesman said U.S. troops had raided their camps.":
            ("USAMIL", "190", "AFGREB"),
    }
    for text, triple in cases.items():
        assert triple in coded_triples(text, DAY), text


def test_the_reporter_beats_an_agency_named_before():
    got = coded_triples("TEHRAN, March 14 (Reuters) - Iran's official news agency IRNA reported heavy fighting "
                        "in northern Iraq on Thursday. The KDP-run radio said Iraqi artillery was pounding its "
                        "positions near Erbil.", DAY)
    assert ("IRQMIL", "194", "IRQREB") in got
    assert not any(tgt and tgt.endswith("MED") for _, _, tgt in got)


def test_a_named_reporter_or_a_peaceful_verb_is_not_the_owner():
    from dateline.api import load_pipeline
    from dateline.events.struck_owners import reporting_owner

    nlp = load_pipeline().nlp
    doc = nlp("The ministry said the army had strengthened its positions.")
    assert reporting_owner(next(t for t in doc if t.lower_ == "its")) is None
    got = coded_triples("KABUL, March 14 (Reuters) - Zabiullah Mujahid said U.S. troops had raided its compound.", DAY)
    assert not any(tgt for _, _, tgt in got)  # "its" is no person's
    doc = nlp("The radio said government forces had attacked its positions.")
    assert reporting_owner(next(t for t in doc if t.lower_ == "its")).lower_ == "radio"
