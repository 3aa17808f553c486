"""integ33: Wikinews-style probes of 2005-2020 news (docs/evaluation/events-integ33.md).
Every sentence is our own, written for these tests.

- An accident that kills ("a jet crashed, killing 157 people") names no killer: no event.
- A list after the verb that the parser hangs on the subject ("police arrested activists on
  Friday, including X") lists the object's members, not more agents.
- A force act's own noun owned by a pronoun ("carried out its first air strikes in Syria") is
  the attacker's, so the place stays the target.
- "said the plan was a mistake and criticised Germany": the second verb is the speaker's.
- "said his government was breaking ties": the speaker's own side accuses no one.
- A verb's "on Monday" does not hide its object's "tariffs of 80 percent on X".
- Sanctions authorised or ordered are imposed (163).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "2019-06-14"


# --- accidents that kill ---------------------------------------------------------------------------

def test_a_crash_or_capsizing_that_kills_codes_no_killer():
    for text in ("An Ethiopian Airlines jet crashed shortly after take-off from Addis Ababa on Sunday, killing 157 people.",
                 "A passenger jet crashed in eastern Ukraine on Thursday, killing all 298 people on board.",
                 "A ferry capsized off the coast of Senegal on Monday, killing 40 passengers.",
                 "An overcrowded bus plunged into a ravine in northern Peru, killing 24 people."):
        assert not [t for t in coded_triples(text, DAY) if t[1].startswith(("18", "19"))], text


def test_an_attack_that_kills_keeps_its_killer():
    got = coded_triples("Rebels attacked a police station in northern Mali on Monday, killing three officers.", DAY)
    assert any(src.endswith("REB") and code == "1823" for src, code, _ in got), got
    got = coded_triples("A suicide bomber blew himself up at a police checkpoint in Kabul, killing five officers.", DAY)
    assert any(code == "1823" and tgt.endswith("COP") for _, code, tgt in got), got


# --- "including X" after the verb -------------------------------------------------------------------

def test_a_listed_member_after_the_verb_is_no_second_agent():
    got = coded_triples("Hong Kong police arrested several prominent pro-democracy activists on Friday, "
                        "including Joshua Wong.", "2019-08-31")
    assert ("HKGCOP", "173", "HKGOPP") in got
    assert not [t for t in got if t[0] != "HKGCOP"], got


def test_a_listed_member_before_the_verb_still_acts():
    got = coded_triples("Several countries, including France and Germany, condemned Iran on Monday.", DAY)
    assert {("FRA", "111", "IRN"), ("DEU", "111", "IRN")} <= got


# --- an attacker's own strikes -----------------------------------------------------------------------

def test_a_strike_owned_by_its_attacker_keeps_the_place_as_target():
    for text in ("Russia carried out its first air strikes in Syria on Wednesday.",
                 "Russia carried out its air strikes in Syria on Wednesday."):
        assert ("RUS", "195", "SYR") in coded_triples(text, "2015-09-30"), text


def test_a_victim_owned_by_a_pronoun_still_drops_the_place():
    got = coded_triples("Rebels ambushed their patrol in northern Chad on Monday.", DAY)
    assert not [t for t in got if t[2] == "TCD"], got


# --- the speaker's second verb -----------------------------------------------------------------------

def test_a_verb_joined_to_a_reported_copula_is_the_speakers():
    got = coded_triples("The French minister said the plan was a mistake and criticised Germany.", DAY)
    assert ("FRAGOV", "111", "DEU") in got
    got = coded_triples("A spokesman for the ministry said on Monday that the protests were the work of "
                        "foreigners, and criticised the United States.", DAY)
    assert not [t for t in got if t[0].endswith("OPP")], got


def test_a_verb_with_its_own_auxiliary_or_an_agent_subject_keeps_its_clause():
    got = coded_triples("The French minister said the rebels were ready and attacked the capital.", DAY)
    assert not [t for t in got if t[0] == "FRAGOV" and t[1].startswith("19")], got
    got = coded_triples("The French minister said the plan was a mistake and would fail.", DAY)
    assert not [t for t in got if t[0] == "FRAGOV"], got


# --- the speaker's own side --------------------------------------------------------------------------

def test_the_speakers_own_government_in_a_reported_clause_is_no_accusation():
    got = coded_triples("Venezuelan President Nicolas Maduro said on Saturday his government was breaking "
                        "diplomatic relations with Colombia.", "2019-02-23")
    assert ("VENGOV", "161", "COL") in got
    assert not [t for t in got if t[1].startswith("112")], got


def test_another_government_in_a_reported_clause_is_accused():
    got = coded_triples("The Venezuelan president said the Colombian government had violated the border agreement.",
                        "2019-02-23")
    assert ("VENGOV", "112", "COLGOV") in got


# --- "on Monday" and the object's "on X" ----------------------------------------------------------------

def test_tariffs_of_a_rate_on_goods_aim_at_their_country():
    got = coded_triples("China imposed tariffs of 80 percent on Australian barley on Monday.", "2020-05-20")
    assert ("CHN", "163", "AUS") in got


def test_a_date_alone_is_still_no_target():
    got = coded_triples("China imposed tariffs on Monday.", "2020-05-20")
    assert not [t for t in got if t[2]], got


# --- sanctions authorised --------------------------------------------------------------------------------

def test_sanctions_authorised_or_ordered_are_imposed():
    assert any(code == "163" and tgt == "IGOICC" for _, code, tgt in coded_triples(
        "The president authorised sanctions on Wednesday against International Criminal Court officials.",
        "2020-06-11"))
    assert ("USA", "163", "IRN") in coded_triples("The United States ordered new sanctions against Iran on Friday.", DAY)


def test_sanctions_not_authorised_are_not_imposed():
    got = coded_triples("The president did not authorise sanctions against Iran.", DAY)
    assert not [t for t in got if t[1] == "163"], got


# --- "X said Y was to blame" -----------------------------------------------------------------------------

def test_a_speaker_saying_a_party_is_to_blame_accuses_it():
    got = coded_triples("President Reagan said on Monday that Iraq was to blame for the attack on the frigate.",
                        "1987-05-19")
    assert ("USAGOV", "1123", "IRQ") in got
    assert not [t for t in got if t[0] == "IRQ"], got
    assert ("FRAGOV", "112", "IRN") in coded_triples("The French minister said Iran was to blame.", DAY)


def test_not_to_blame_or_no_speaker_accuses_no_one():
    got = coded_triples("The French minister said Iran was not to blame for the attack.", DAY)
    assert not [t for t in got if t[1].startswith("112")], got
    got = coded_triples("Iran was to blame for the attack.", DAY)
    assert not [t for t in got if t[1].startswith("112")], got


# --- victims of an attack on a country ------------------------------------------------------------------

def test_victims_named_by_a_participle_belong_to_the_country_attacked():
    got = coded_triples("North Korea fired artillery shells at a South Korean island on Tuesday, killing two marines.",
                        "2010-11-23")
    assert ("PRK", "194", "KOR") in got
    assert any(code == "190" and tgt == "KORMIL" for _, code, tgt in got), got
    assert not [t for t in got if t[2] == "PRKMIL"], got


def test_victims_with_a_stated_country_keep_it():
    got = coded_triples("Israeli jets bombed a house in Gaza on Monday, killing a Hamas commander.", DAY)
    assert any(tgt == "PSEREB" for _, _, tgt in got), got
    got = coded_triples("Iraqi troops shelled Iranian positions on Monday, killing 20 Iraqi soldiers.", "1987-03-03")
    assert not [t for t in got if t[2] == "IRNMIL"], got


# --- a place that houses the party attacked ------------------------------------------------------------

def test_a_base_housing_foreign_troops_makes_them_the_target():
    got = coded_triples("Iran fired more than a dozen ballistic missiles at two Iraqi bases housing US troops "
                        "on Wednesday.", "2020-01-08")
    assert ("IRN", "195", "USAMIL") in got
    assert not [t for t in got if t[2] == "IRQ"], got


def test_a_base_with_no_party_housed_stays_the_host_country():
    assert ("IRN", "195", "IRQ") in coded_triples("Iran fired missiles at two Iraqi bases on Wednesday.", "2020-01-08")


# --- armed forces entering a place; storming abroad ------------------------------------------------------

def test_troops_entering_a_country_make_an_incursion():
    assert ("ISRMIL", "190", "PSE") in coded_triples(
        "Israeli ground forces entered the Gaza Strip on Saturday evening after a week of air strikes.", "2009-01-03")
    assert ("TURMIL", "190", "IRQ") in coded_triples(
        "Turkish troops entered northern Iraq in pursuit of Kurdish rebels.", "2008-02-22")


def test_anyone_else_entering_a_place_or_talks_is_no_incursion():
    assert not coded_triples("Thousands of fans entered the stadium in Lagos on Sunday.", DAY)
    got = coded_triples("The rebels entered negotiations with the government on Monday.", DAY)
    assert not [t for t in got if t[1] == "190"], got


def test_troops_storming_another_states_ship_attack_it():
    got = coded_triples("Israeli commandos stormed a Turkish ship carrying aid to Gaza on Monday.", "2010-05-31")
    assert ("ISRMIL", "190", "TUR") in got


def test_police_storming_at_home_is_still_no_riot():
    got = coded_triples("Police stormed the opposition party's headquarters in Ankara on Monday.", DAY)
    assert not [t for t in got if t[1] in ("145", "190")], got


def test_troops_entering_a_place_the_gazetteer_reads_as_a_person_make_no_event():
    got = coded_triples("The Syrian army entered Tell Kharab and Ain Dara on Monday, state media said.", DAY)
    assert not [t for t in got if t[1] == "190" and t[2]], got


# --- a house is a building ---------------------------------------------------------------------------------

def test_a_house_in_lower_case_is_a_building_not_a_legislature():
    got = coded_triples("Israeli jets bombed a house in Gaza on Monday, killing a Hamas commander.", DAY)
    assert not [t for t in got if t[2].endswith("LEG")], got
    got = coded_triples("The detective said the suspect entered the house and told the girls to leave.", DAY)
    assert not [t for t in got if t[2] and t[2].endswith("LEG")], got


def test_the_house_as_a_chamber_keeps_its_role():
    got = coded_triples("The House of Representatives impeached President Trump on Wednesday.", "2019-12-18")
    assert ("USALEG", "1121", "USAGOV") in got
    got = coded_triples("The Russian prime minister criticised the lower house on Monday.", DAY)
    assert any(tgt.endswith("LEG") for _, _, tgt in got), got


# --- an armed group's hyphenated name before a role noun -------------------------------------------------

def test_a_split_hyphenated_group_name_keeps_its_code_over_the_place():
    got = coded_triples("The White House condemned the attack by al-Shabaab militants on a shopping mall in Nairobi.",
                        "2013-09-21")
    assert ("USAGOV", "111", "SOMREB") in got
    got = coded_triples("The army said al-Shabaab fighters attacked a base in Kenya.", "2019-01-15")
    assert any(src == "SOMREB" and code == "190" for src, code, _ in got), got


def test_militants_with_no_group_name_still_take_the_place():
    got = coded_triples("The White House condemned the attack by militants on a shopping mall in Nairobi.", "2013-09-21")
    assert not [t for t in got if t[2] == "SOMREB"], got


# --- an act anaphor names all its coordinated doers -------------------------------------------------------

def test_condemning_an_act_of_three_states_aims_at_all_three():
    got = coded_triples("The United States, Britain and France launched air strikes on Syria early on Saturday. "
                        "Russia's ambassador to Washington condemned the strikes.", "2018-04-14")
    assert {("RUSGOV", "111", "USA"), ("RUSGOV", "111", "GBR"), ("RUSGOV", "111", "FRA")} <= got


def test_condemning_an_act_of_one_state_aims_at_it_alone():
    got = coded_triples("Israel bombed a school in Gaza on Monday. Turkey condemned the attack.", "2014-07-30")
    assert [t for t in got if t[1] == "111"] == [("TUR", "111", "ISR")], got


# --- "his ministers": the person's own officials -------------------------------------------------------------

def test_officials_owned_by_his_are_the_persons_countrys():
    got = coded_triples("Erdogan called the Netherlands a fascist country on Sunday after Dutch authorities barred "
                        "his ministers from holding rallies.", "2017-03-12")
    assert any(src == "NLDGOV" and tgt == "TURGOV" for src, _, tgt in got), got
    assert not [t for t in got if t[0] == "NLDGOV" and t[2] == "NLDGOV"], got


def test_a_plural_subject_is_not_whom_his_points_to():
    got = coded_triples("Police in Nairobi arrested the opposition leader and his supporters on Monday.", "2017-03-12")
    assert ("KENCOP", "173", "KENOPP") in got


# --- people "in" a place ------------------------------------------------------------------------------------

def test_rebels_in_a_country_are_its_own_when_no_nationality_is_stated():
    got = coded_triples("French warplanes struck Islamist rebels in central Mali on Friday.", "2013-01-11")
    assert ("FRAMIL", "195", "MLIREB") in got
    got = coded_triples("US warplanes bombed Islamist militants in northern Iraq.", "2014-08-08")
    assert any(tgt == "IRQREB" for _, _, tgt in got), got


def test_a_stated_nationality_beats_the_place():
    got = coded_triples("French warplanes struck Chadian rebels in central Mali on Friday.", "2013-01-11")
    assert not [t for t in got if t[2] == "MLIREB"], got


# --- listed figures the model tags as organisations -----------------------------------------------------------

def test_a_listed_figure_tagged_an_organisation_is_a_person_he_refers_to():
    got = coded_triples("Trump said on Friday that the United States would end its special relationship with "
                        "Hong Kong. He accused China of breaking its promises to the territory.", "2020-05-29")
    assert ("USAGOV", "112", "CHN") in got


def test_a_listed_name_inside_a_longer_organisation_name_stays_an_organisation():
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    text = "Trump Tower and the Trump Organization said on Monday that they would cooperate with the inquiry."
    art = pipe.annotate(Article(text=text, source=Source("text"), published="2019-03-04"), pipe.nlp(text))
    labels = {e.name: e.label for e in art.entities}
    assert labels.get("the Trump Organization", labels.get("Trump Organization")) == "ORG", labels


# --- "told Y to ... or face ...": a threat ------------------------------------------------------------------

def test_told_to_act_or_face_harm_is_a_threat():
    got = coded_triples("The British trade minister told Japan to open its telecommunications market or face "
                        "an abrupt deterioration in trade relations.", "1987-03-30")
    assert ("GBRGOV", "130", "JPN") in got
    assert not [t for t in got if t[1].startswith("10")], got


def test_told_to_act_alone_stays_a_demand():
    got = coded_triples("President Clinton told Saddam Hussein to comply with the resolutions.", "1998-02-03")
    assert any(code.startswith("10") and tgt.startswith("IRQ") for _, code, tgt in got), got
