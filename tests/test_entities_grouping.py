"""Canonical entities: grouping, names, ids, countries and roles, on hand-written sentences."""
from __future__ import annotations

from entity_helpers import annotate, entity


def test_surname_joins_full_name_written_first():
    art, _ = annotate("Foreign Minister Pedro Alves met reporters in Lisbon. Alves said the plan would work.")
    alves = entity(art, "Pedro Alves")
    assert [m.text for m in alves.mentions] == ["Pedro Alves", "Alves"]
    assert [e.name for e in art.entities if e.label == "PERSON"] == ["Pedro Alves"]


def test_family_name_first_joins_korean_and_chinese_names():
    art, _ = annotate("Pak Song Chol met Li Wenhua in Beijing on Monday. Pak told reporters the talks were useful.")
    assert "Pak" in [m.text for m in entity(art, "Pak Song Chol").mentions]


def test_country_variants_are_one_entity():
    art, _ = annotate("The United States imposed new tariffs. U.S. officials said the US would not back down.")
    usa = [e for e in art.entities if e.country == "USA" and e.label == "GPE"]
    assert len(usa) == 1
    assert usa[0].name == "United States"
    assert {m.text for m in usa[0].mentions} == {"United States", "U.S.", "US"}


def test_possessive_and_leading_the_are_not_part_of_the_mention():
    art, _ = annotate("Chile's president spoke in the Netherlands on Friday.")
    assert "Chile" in [m.text for e in art.entities for m in e.mentions]
    assert entity(art, "Netherlands").mentions[0].text == "Netherlands"


def test_ids_follow_first_mention():
    art, _ = annotate("Angela Brandt flew to Madrid. In Madrid, Brandt met Spanish officials.")
    assert [e.id for e in art.entities] == [f"e{k + 1}" for k in range(len(art.entities))]
    assert [e.mentions[0].start for e in art.entities] == sorted(e.mentions[0].start for e in art.entities)


def test_places_and_peoples_get_countries():
    art, _ = annotate("Iranian diplomats arrived in Damascus from Tehran on Sunday.")
    assert entity(art, "Iranian").country == "IRN"
    assert entity(art, "Damascus").country == "SYR"


def test_org_country_from_leading_demonym():
    art, _ = annotate("The Egyptian Foreign Ministry said on Monday that talks would resume.")
    assert entity(art, "Egyptian Foreign Ministry").country == "EGY"


def test_role_and_country_from_premodifier():
    art, _ = annotate("Talks between Canadian Trade Minister Marie Dubois and Japanese officials ended on Friday.")
    dubois = entity(art, "Marie Dubois")
    assert (dubois.country, dubois.role) == ("CAN", "trade minister")


def test_role_and_country_from_apposition_after_the_name():
    art, _ = annotate("Pedro Alves, Brazil's finance minister, spoke in Lisbon on Monday.")
    alves = entity(art, "Pedro Alves")
    assert (alves.country, alves.role) == ("BRA", "finance minister")


def test_role_and_country_from_apposition_before_the_name():
    art, _ = annotate("The foreign minister of Chile, Carla Soto, met her counterpart on Monday.")
    soto = entity(art, "Carla Soto")
    assert (soto.country, soto.role) == ("CHL", "foreign minister")


def test_title_inside_the_model_span_becomes_the_role():
    art, _ = annotate("Spokeswoman Ana Ruiz met reporters in Madrid on Monday.")
    ruiz = entity(art, "Ana Ruiz")
    assert ruiz.role == "spokeswoman"


def test_role_and_country_from_a_description_in_the_lede():
    art, _ = annotate(
        "Canada's trade minister arrived in Tokyo on Friday for talks on tariffs.\n\n"
        "Marie Dubois held talks with Japanese officials on Saturday."
    )
    dubois = entity(art, "Marie Dubois")
    assert (dubois.country, dubois.role) == ("CAN", "trade minister")


def test_host_country_for_a_head_of_state_met_on_a_visit():
    art, _ = annotate(
        "The Kenyan leader made a state visit to Ghana last week for talks with President Kofi Mensah."
    )
    assert entity(art, "Kofi Mensah").country == "GHA"


def test_no_country_without_evidence():
    art, _ = annotate("President Kofi Mensah said on Monday that the economy was growing.")
    assert entity(art, "Kofi Mensah").country is None


def test_particle_names_join_their_full_name():
    art, _ = annotate("Supporters of Assad rallied in Homs. President Bashar al-Assad spoke later.")
    assert [m.text for m in entity(art, "Bashar al-Assad").mentions] == ["Assad", "Bashar al-Assad"]


def test_hyphenated_title_and_employer_kept_apart():
    art, _ = annotate("NATO Secretary-General Jens Stoltenberg wrote a letter. UN Secretary General Ana Lima replied.")
    assert entity(art, "Jens Stoltenberg").role == "secretary-general"
    assert entity(art, "Ana Lima").role == "secretary general"


def test_organisation_title_inside_a_role():
    art, _ = annotate("Russian Security Council Secretary Nikolai Patrushev met envoys on Monday.")
    p = entity(art, "Nikolai Patrushev")
    assert (p.role, p.country) == ("security council secretary", "RUS")


def test_accented_and_plain_spellings_are_one_person():
    art, _ = annotate("President Recep Tayyip Erdoğan spoke in Ankara. Erdogan said the vote was fair.")
    assert "Erdogan" in [m.text for m in entity(art, "Recep Tayyip Erdoğan").mentions]


def test_title_with_of_the_country_before_the_name():
    art, _ = annotate("The deal was signed by the President of the United States Walter Henley on Monday.")
    henley = entity(art, "Walter Henley")
    assert (henley.role, henley.country) == ("president", "USA")


def test_secretary_of_state_is_one_title():
    art, _ = annotate("US Secretary of State Laura Benn met envoys on Monday.")
    benn = entity(art, "Laura Benn")
    assert (benn.role, benn.country) == ("secretary of state", "USA")
