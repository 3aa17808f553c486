"""Sixteenth session (integ29): gaps found on clean news sentences written for these tests.

- A truce is also written "a cessation of hostilities" or "an armistice": agreed, declared or
  signed, it is the ceasefire code (0871); called for, an appeal to de-escalate (0256).
- Regions in the news and their people name their state ("Tigrayan rebels" ETHREB), as the
  project's place supplement lists them; a region two states share stays out of it.
- The wire forms of the two Congos resolve ("the Democratic Republic of Congo" COD).
"""
from __future__ import annotations

from events_variety import coded_triples


def test_agreed_cessation_of_hostilities_is_a_ceasefire_between_the_sides():
    got = coded_triples("Ethiopia's government and Tigrayan rebels agreed to a permanent cessation of "
                        "hostilities on Wednesday after talks in Pretoria.", "2022-11-02")
    assert ("ETHGOV", "0871", "ETHREB") in got
    assert ("ETHREB", "0871", "ETHGOV") in got


def test_signed_armistice_is_a_ceasefire():
    got = coded_triples("Armenia signed an armistice with Azerbaijan on Tuesday.", "2020-11-10")
    assert ("ARM", "0871", "AZE") in got


def test_call_for_a_cessation_of_hostilities_is_a_de_escalation_appeal():
    got = coded_triples("The African Union called on Sudan's army to agree a cessation of hostilities.",
                        "2023-05-02")
    assert any(s == "IGOOAU" and c.startswith("025") for s, c, _ in got), got


def test_no_cessation_agreed_gives_no_truce():
    got = coded_triples("Ethiopia's government and Tigrayan rebels did not agree to a cessation of "
                        "hostilities.", "2022-11-02")
    assert not any(c == "0871" for _, c, _ in got), got


def test_a_region_people_name_their_state():
    got = coded_triples("Tigrayan rebels accused Eritrea of sending troops across the border.", "2021-03-01")
    assert ("ETHREB", "112", "ERI") in got or ("ETHREB", "1123", "ERI") in got, got


def test_the_democratic_republic_of_congo_in_wire_form():
    got = coded_triples("The Democratic Republic of Congo accused Rwanda of backing the rebels.", "2023-06-01")
    assert ("COD", "112", "RWA") in got


# The small model hangs a side named by a common noun on the other side's head ("the Colombian
# government and FARC rebels": government -nmod-> rebels), and a possessive country on the head.

def test_government_and_rebels_resume_talks_with_each_other():
    got = coded_triples("The Philippine government and communist rebels resumed peace talks on Monday.",
                        "2016-08-22")
    assert ("PHLGOV", "046", "PHLREB") in got
    assert ("PHLREB", "046", "PHLGOV") in got


def test_the_possessive_country_qualifies_the_first_side():
    got = coded_triples("Colombia's government and FARC rebels resumed peace talks in Havana.", "2013-01-14")
    assert ("COLGOV", "046", "COLREB") in got
    assert not any(s.startswith("CUB") or (t or "").startswith("CUB") for s, _, t in got), got


def test_one_side_named_twice_is_no_pair():
    got = coded_triples("Ghana's army and navy commanders resumed talks with the rebels on Monday.",
                        "2013-01-14")
    assert not any(s == t for s, _, t in got), got


def test_a_common_noun_the_parser_makes_a_gerund_subject_is_the_preposition_object():
    # "to Russian dissidents fleeing ...": the model hangs "fleeing" on "to", "dissidents" as its subject
    got = coded_triples("Germany offered asylum to Russian dissidents fleeing the crackdown.", "2022-03-10")
    assert ("DEU", "075", "RUSOPP") in got


def test_traded_accusations_are_accusations_each_way_not_trade():
    got = coded_triples("Pakistan and Afghanistan's Taliban government traded accusations over the border "
                        "closure on Monday.", "2023-09-11")
    assert {("PAK", "112", "AFGGOV"), ("AFGGOV", "112", "PAK")} <= {(s, c[:3], t) for s, c, t in got}, got
    assert not any(c == "061" for _, c, _ in got)


def test_traded_insults_are_criticism_and_traded_goods_stay_trade():
    assert ("IND", "111", "PAK") in coded_triples("India traded insults with Pakistan at the United Nations.",
                                                   "2023-09-22")
    assert ("JPN", "061", "GBR") in coded_triples("Japan traded cars with Britain.", "2023-09-22")


def test_people_counted_by_a_noun_of_number_are_private_persons():
    got = coded_triples("Chinese authorities detained hundreds of Uighurs in Xinjiang last year.", "2019-05-02")
    assert ("CHNGOV", "173", "CHNCVL") in got
    # an uncounted people name with no number stays what it was: no CVL made up for it
    assert not any(t == "CHNCVL" for _, _, t in coded_triples("The Uighurs rejected the claims.", "2019-05-02"))


def test_lower_case_plurals_are_no_counted_people():
    got = coded_triples("Reagan called for continued treatment for Romanian exports to the United States.",
                        "1987-05-20")
    assert not any((t or "").endswith("CVL") for _, _, t in got), got


def test_kurdish_forces_since_the_syrian_war_are_rebels_not_an_army():
    got = coded_triples("Turkish troops launched an offensive against Kurdish forces in northeast Syria.",
                        "2019-10-09")
    assert ("TURMIL", "190", "SYRREB") in got


def test_kurdish_officials_since_the_syrian_war_keep_their_role():
    got = coded_triples("Kurdish officials in Erbil met the Iraqi prime minister on Monday.", "2019-10-09")
    assert not any(s.endswith("REB") for s, _, _ in got), got


# A call for someone's release is aimed at their holder (the training annotations' reading).

def test_a_demand_for_prisoners_release_at_home_is_aimed_at_their_government():
    got = coded_triples("Students clashed with riot police in Seoul, demanding the release of political "
                        "prisoners.", "1987-06-10")
    assert ("KOREDU", "1053", "KORGOV") in got


def test_a_named_holder_is_the_target():
    assert ("GBR", "1053", "IRN") in coded_triples(
        "Britain demanded the release of the detained journalists from Iran.", "2023-01-10")
    got = coded_triples("The United Nations called for the release of two aid workers held by rebels in Sudan.",
                        "2023-01-10")
    assert ("IGOUNO", "0253", "SDNREB") in got


def test_a_state_asking_for_its_own_citizen_does_not_ask_itself():
    got = coded_triples("The United States called for the release of Evan Gershkovich.", "2023-04-01")
    assert not any(s == "USA" and t == "USAGOV" for s, _, t in got), got


def test_the_junta_in_a_country_the_model_mislabels_is_that_country_s():
    got = coded_triples("The junta in Niger ordered the French ambassador to leave the country.", "2023-08-25")
    assert any(s == "NERGOV" and t == "FRAGOV" for s, _, t in got), got


def test_controls_imposed_are_restrictions_sanction_abroad_and_penalty_at_home():
    assert ("JPN", "163", "KOR") in coded_triples("Japan imposed export controls on South Korea last July.",
                                                  "2019-08-02")
    assert ("CHN", "172", "CHNCVL") in coded_triples("China imposed strict controls on its citizens' travel.",
                                                     "2020-02-02")


def test_the_of_phrase_of_a_siege_is_the_besieged_not_the_besieger():
    got = coded_triples("The siege of Mariupol by Russian forces lasted nearly three months.", "2022-06-01")
    assert ("RUSMIL", "191", "UKR") in got
    got = coded_triples("Israel's defence minister ordered a complete siege of Gaza.", "2023-10-09")
    assert not any(s.startswith("PSE") for s, _, _ in got), got


def test_a_mission_mandate_extended_is_no_penalty():
    got = coded_triples("The UN Security Council extended the mandate of its peacekeeping mission in Lebanon.",
                        "2023-08-31")
    assert not any(c == "172" for _, c, _ in got), got
    assert ("USAGOV", "172", "USACVL") in coded_triples("The governor imposed a mask mandate in New York.",
                                                        "2020-07-01")


def test_an_agreement_revoked_or_scrapped_is_left():
    got = coded_triples("Niger's junta revoked a military cooperation agreement with the United States.", "2024-03-17")
    assert ("NERGOV", "160", "USA") in got
    assert not any(c == "160" for _, c, _ in coded_triples(
        "Iran did not cancel the agreement with the IAEA.", "2024-03-17"))
