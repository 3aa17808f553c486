"""roles18: actor-convention repairs found with the battery (tests/test_events_roles18_battery.py);
sentences written for these tests, in the style of wire news.

- a title's employer read from the organisation table whatever label the tagger gave the name
  ("the founder of Alibaba", "Gazprom's chief", "the leader of the group Hezbollah")
  (events/actors.py::_listed_employer);
- "X, who leads/heads/chairs Y," acts for Y (events/actors.py::_led_body);
- "a Libyan national" is a private person (events/actors.py::_person_noun_role);
- firms named by their trade: drugmaker, hotel, retailer, insurer (events/actors.py::ROLE_WORDS);
- "local" gives a role only as a head noun: "local officials" are officials
  (resolve/actor_roles.py::_modifier_only);
- an abbreviation's plural is its singular: "MPs" are LEG (resolve/actor_roles.py::words_of);
- kin are private persons: relatives, widow, family (data/actors/roles.tsv, ROLE_WORDS);
- "the man, later identified as a Tunisian national," gives the article's unnamed man his
  nationality (events/actors.py::_identified_nationality).
"""
from __future__ import annotations

from events_variety import coded_triples, resolved_codes

DATE = "2021-06-15"


# -- a title's listed employer ---------------------------------------------------------------


def test_founder_of_listed_firm_tagged_as_place_is_the_firm():
    got = coded_triples("Jack Ma, the founder of Alibaba, criticised Chinese regulators on Monday.", DATE)
    assert ("CHNBUS", "111", "CHNGOV") in got
    assert ("CHNCVL", "111", "CHNGOV") not in got


def test_head_of_listed_firm_takes_its_country():
    got = coded_triples("Alexei Miller, the head of Gazprom, criticised Ukraine on Monday.", DATE)
    assert ("RUSBUS", "111", "UKR") in got


def test_firm_name_before_title_word():
    assert resolved_codes("Alibaba founder Jack Ma criticised Chinese regulators.", "Ma", DATE) == ["CHNBUS"]


def test_chief_executive_of_untagged_firm():
    got = coded_triples("Mark Zuckerberg, the chief executive of Facebook, criticised the European Commission.", DATE)
    assert ("USABUS", "111", "IGOEUREEC") in got


def test_leader_of_kind_noun_with_named_group_in_apposition():
    got = coded_triples("The leader of the Lebanese group Hezbollah, Hassan Nasrallah, accused Israel of "
                        "provocations.", DATE)
    assert ("LBNREB", "112", "ISR") in got
    assert ("LBNGOV", "112", "ISR") not in got


def test_head_of_a_country_is_no_employer():
    # a country after "of" is the state, as before: the president of Colombia is GOV
    got = coded_triples("The president of Colombia accused Venezuela of sheltering rebels.", DATE)
    assert ("COLGOV", "112", "VEN") in got


# -- "X, who leads Y" ------------------------------------------------------------------------


def test_who_leads_the_opposition_party_is_opp():
    got = coded_triples("Maria Lopez, who leads the opposition Socialist Party in Spain, accused the government "
                        "of corruption.", DATE)
    assert ("ESPOPP", "1121", "ESPGOV") in got


def test_who_met_a_party_is_not_its_leader():
    # only verbs of leading: meeting a party does not make one its member
    got = coded_triples("Maria Lopez, who met the opposition Socialist Party in Spain, accused the government "
                        "of corruption.", DATE)
    assert not any(src == "ESPOPP" for src, _, _ in got)


# -- private persons -------------------------------------------------------------------------


def test_a_libyan_national_is_a_private_person():
    got = coded_triples("A Libyan national attacked a police officer in Manchester on Monday.", DATE)
    assert any(src == "LBYCVL" and tgt == "GBRCOP" for src, _, tgt in got)


def test_national_security_adviser_stays_an_official():
    got = coded_triples("US National Security Adviser Jake Sullivan criticised Russia on Monday.", DATE)
    assert ("USAGOV", "111", "RUS") in got


def test_national_assembly_stays_the_legislature():
    got = coded_triples("The Kenyan National Assembly criticised Uganda on Monday.", DATE)
    assert ("KENLEG", "111", "UGA") in got


def test_relatives_are_private_persons():
    got = coded_triples("Relatives of the victims accused the Nigerian army of murder.", DATE)
    assert ("NGACVL", "1121", "NGAMIL") in got


def test_identified_nationality_carries_to_the_man():
    text = ("A man attacked a policeman in Paris on Monday. The man, later identified as a Tunisian national, "
            "stabbed the officer.")
    got = coded_triples(text, DATE)
    assert any(src == "TUNCVL" and tgt == "FRACOP" for src, _, tgt in got)


def test_victim_does_not_take_the_identified_nationality():
    text = ("A man stabbed a victim in Paris on Monday. The man, later identified as a Tunisian national, "
            "was arrested. The victim accused the police of negligence.")
    got = coded_triples(text, DATE)
    assert not any(src == "TUNCVL" and code.startswith("112") for src, code, _ in got)


def test_nationality_of_the_man_himself_wins():
    text = ("A Belgian man attacked a policeman in Paris on Monday. His companion, later identified as a "
            "Tunisian national, fled.")
    got = coded_triples(text, DATE)
    assert not any(src == "TUNCVL" for src, _, _ in got)


# -- firms by trade, "local", plural abbreviations ---------------------------------------------


def test_drugmaker_is_a_firm():
    got = coded_triples("The Swiss drugmaker Novartis sued the US government on Monday.", DATE)
    assert ("CHEBUS", "115", "USAGOV") in got


def test_hotel_is_a_firm():
    got = coded_triples("British tourists accused a Spanish hotel of fraud.", DATE)
    assert ("GBRCVL", "1121", "ESPBUS") in got


def test_local_officials_are_officials():
    got = coded_triples("Local officials in Xinjiang accused foreign media of lying.", DATE)
    assert any(src == "CHNGOV" for src, _, _ in got)
    assert not any(src == "CHNCVL" for src, _, _ in got)


def test_locals_are_still_private_persons():
    from dateline.resolve.actor_roles import role_code

    assert role_code("locals") == "CVL"
    assert role_code("local officials") == "GOV"


def test_opposition_mps_are_legislators():
    got = coded_triples("Opposition MPs in Kenya accused the government of corruption.", DATE)
    assert ("KENLEG", "1121", "KENGOV") in got
    assert ("KENOPP", "1121", "KENGOV") not in got


def test_negated_accusation_by_relatives_stays_uncoded():
    got = coded_triples("Relatives of the victims did not accuse the Nigerian army of murder.", DATE)
    assert not any(code.startswith("112") for _, code, _ in got)


# -- the role lexicon's head rules (resolve/actor_roles.py) --------------------------------------


def test_ruling_party_lawmaker_is_a_legislator():
    from dateline.resolve.actor_roles import role_code

    assert role_code("ruling party lawmaker") == "LEG"
    assert role_code("ruling party leader") == "GOV"  # a generic head still takes the party's role
    assert role_code("army chief of staff") == "MIL"  # a head inside an "of" phrase keeps its modifier


def test_chief_of_a_non_state_body_takes_its_role():
    from dateline.resolve.actor_roles import head_role, role_code

    assert role_code("bank president") == "BUS"
    assert head_role("union president") == "LAB"
    assert role_code("university president") == "EDU"
    assert role_code("Iranian president") == "GOV"
    assert role_code("central bank governor") == "GOV"


def test_parliamentary_leader_and_firm_officers():
    from dateline.resolve.actor_roles import role_code

    assert role_code("parliamentary leader") == "LEG"
    assert role_code("congressional leaders") == "LEG"
    assert role_code("chief financial officer") == "BUS"
    assert role_code("police officer") == "COP"
    assert role_code("royal family") == "GOV"


def test_bank_president_in_a_sentence():
    got = coded_triples("Bank president Hans Weber, a German banker, criticised the European Commission on Monday.",
                        DATE)
    assert ("DEUBUS", "111", "IGOEUREEC") in got


def test_ruling_party_lawmaker_in_a_sentence():
    got = coded_triples("Japanese ruling party lawmaker Kenji Sato criticised China on Monday.", DATE)
    assert ("JPNLEG", "111", "CHN") in got
    assert ("JPNGOV", "111", "CHN") not in got


# -- a former-word speaks of its own conjunct ----------------------------------------------------


def test_current_office_and_a_former_one_is_current():
    got = coded_triples("Jose Silva, Brazil's justice minister and a former judge, accused the opposition of "
                        "spreading lies.", "2019-06-15")
    assert ("BRAGOV", "112", "BRAOPP") in got
    assert ("BRAELI", "112", "BRAOPP") not in got


def test_former_before_both_titles_covers_both():
    got = coded_triples("Jose Silva, a former Brazilian justice minister and judge, accused the opposition of "
                        "spreading lies.", "2019-06-15")
    assert ("BRAELI", "112", "BRAOPP") in got


def test_former_conjunct_in_the_role_lexicon():
    from dateline.resolve.actor_roles import role_code

    assert role_code("justice minister and a former judge") == "GOV"
    assert role_code("former chairman and chief executive") == "ELI"
    assert role_code("former minister of trade and industry") == "ELI"


# -- an office stated in a relative clause -------------------------------------------------------


def test_who_now_serves_as_minister_is_the_office():
    got = coded_triples("Ahmed Hassan, a former army officer who now serves as Egypt's deputy interior minister, "
                        "accused Sudan of harbouring militants on Tuesday.", "2019-06-15")
    assert ("EGYGOV", "112", "SDN") in got
    assert ("EGYELI", "112", "SDN") not in got


def test_who_is_also_minister_is_the_office():
    got = coded_triples("Ahmed Hassan, who is also Egypt's deputy interior minister, accused Sudan of harbouring "
                        "militants on Tuesday.", "2019-06-15")
    assert ("EGYGOV", "112", "SDN") in got


def test_who_is_not_minister_is_no_office():
    got = coded_triples("Ahmed Hassan, who is not Egypt's deputy interior minister, accused Sudan of harbouring "
                        "militants on Tuesday.", "2019-06-15")
    assert any(tgt == "SDN" for _, _, tgt in got)  # the accusation is still coded
    assert ("EGYGOV", "112", "SDN") not in got


def test_who_was_minister_is_no_current_office():
    got = coded_triples("Ahmed Hassan, who was Egypt's deputy interior minister, accused Sudan of harbouring "
                        "militants on Tuesday.", "2019-06-15")
    assert any(tgt == "SDN" for _, _, tgt in got)  # the accusation is still coded
    assert ("EGYGOV", "112", "SDN") not in got


def test_who_led_the_party_long_ago_does_not_act_for_it():
    got = coded_triples("Maria Lopez, who led the opposition Socialist Party in Spain until 2010, accused the "
                        "government of corruption.", DATE)
    assert any(tgt == "ESPGOV" for _, _, tgt in got)  # the accusation is still coded
    assert not any(src == "ESPOPP" for src, _, _ in got)
