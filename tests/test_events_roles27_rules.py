"""roles27: role conventions that the role noun alone does not settle
(events/role_conventions.py, data/actors/ruling_parties.tsv; docs/evaluation/events-roles27.md).
Sentences written for these tests, in the style of wire news.

- a party that governs its country on the article's date is the government (GOV), one out of
  government stays OPP (the standard codes opposition parties OPP);
- "party" as a gathering ("a birthday party") is its guests (CVL), as a side of a deal
  ("interested parties") no political actor;
- a title owned by "its"/"their" ("Amnesty said its secretary general ...") is the speaking
  organisation's;
- a state's air, drone or missile strike as the actor is its armed forces (MIL);
- judicial officials are JUD, research institutes and think tanks NGO (data/actors/roles.tsv).
"""
from __future__ import annotations

from events_variety import coded_triples, resolved_codes

from dateline.events.role_conventions import governs


# -- parties in government on the article's date -----------------------------------------------


def test_ruling_party_on_the_date_is_the_government():
    got = coded_triples("The Greek socialist party criticised the conservative opposition on Monday.", "1996-09-05")
    assert ("GRCGOV", "111", "GRCOPP") in got
    assert ("GRCOPP", "111", "GRCOPP") not in got


def test_same_party_out_of_government_stays_opposition():
    got = coded_triples("The Greek socialist party criticised the conservative opposition on Monday.", "2006-09-05")
    assert ("GRCOPP", "111", "GRCOPP") in got
    assert not any(s == "GRCGOV" for s, _, _ in got)


def test_british_parties_swap_with_the_government():
    text = "The British Conservative party criticised the Labour party on Tuesday."
    assert ("GBRGOV", "111", "GBROPP") in coded_triples(text, "1996-09-05")
    assert ("GBROPP", "111", "GBRGOV") in coded_triples(text, "1999-09-05")


def test_opposition_word_keeps_a_ruling_partys_name_in_opposition():
    got = coded_triples("The opposition socialists in Greece criticised the government.", "1996-09-05")
    assert ("GRCOPP", "111", "GRCGOV") in got


def test_protesters_of_a_ruling_party_are_not_the_government():
    codes = resolved_codes("Thousands of Japanese Liberal Democratic protesters marched in Tokyo.", "protesters",
                           "2019-05-02")
    assert "JPNGOV" not in codes


def test_governs_reads_dated_spans():
    assert governs("JPN", "the liberal democratic party", "2019-05-02")
    assert not governs("JPN", "the liberal democratic party", "2010-05-02")
    assert not governs("GBR", "the liberal democratic party", "2019-05-02")
    assert not governs("JPN", "the liberal democratic party", None)


# -- "party" in its other senses ----------------------------------------------------------------


def test_birthday_party_is_its_guests():
    got = coded_triples("Chinese police raided a birthday party in Shanghai.", "1996-09-05")
    assert ("CHNCOP", "190", "CHNCVL") in got
    assert ("CHNCOP", "190", "CHNOPP") not in got


def test_interested_parties_to_a_deal_are_no_opposition():
    got = coded_triples("The company said it held talks with other interested parties.", "1987-04-02")
    assert not any(t and t.endswith("OPP") for _, _, t in got)


def test_political_party_word_still_opposition():
    got = coded_triples("Kenyan police attacked a small political party in Nairobi.", "1996-09-05")
    assert ("KENCOP", "190", "KENOPP") in got
    got = coded_triples("The Kenyan government accused other parties of inciting violence.", "1996-09-05")
    assert ("KENGOV", "112", "KENOPP") in got  # "other parties" alone is no deal's side


# -- titles owned by an organisation ------------------------------------------------------------


def test_its_secretary_general_is_the_ngo():
    got = coded_triples("Amnesty International said its secretary general Pierre Sane criticised the Turkish "
                        "government.", "1996-09-05")
    assert ("NGOAMN", "111", "TURGOV") in got
    assert ("TURGOV", "111", "TURGOV") not in got


def test_its_leader_in_a_groups_statement_is_the_group():
    got = coded_triples("A Mujahideen Khalq statement said its leader Massoud Rajavi met Kurdish rebels in Baghdad.",
                        "1996-09-05")
    assert any(s == "IRNREB" and c == "040" for s, c, _ in got)
    assert not any(s == "IRNGOV" for s, _, _ in got)


def test_a_countrys_own_ambassador_stays_the_government():
    got = coded_triples("Turkey said its ambassador had protested to the Greek government.", "1996-09-05")
    assert ("TURGOV", "114", "GRCGOV") in got


# -- military strikes as actors -----------------------------------------------------------------


def test_airstrike_of_a_state_is_its_military():
    got = coded_triples("The US airstrike killed Iranian general Qasem Soleimani at Baghdad airport.", "2020-01-08")
    assert ("USAMIL", "195", "IRNMIL") in got
    assert ("USA", "195", "IRNMIL") not in got


def test_drone_strike_of_a_state_is_its_military():
    got = coded_triples("A Turkish drone strike killed three Kurdish fighters.", "2019-10-12")
    assert any(s == "TURMIL" and t for s, _, t in got)


def test_labour_strike_is_not_military():
    got = coded_triples("A French strike by rail workers hit commuters.", "2019-12-10")
    assert not any(s.endswith("MIL") for s, _, _ in got if s)


# -- role-table conventions ---------------------------------------------------------------------


def test_judicial_official_is_the_judiciary():
    got = coded_triples("A top judicial official accused the Colombian government of indifference.", "1996-09-05")
    assert ("COLJUD", "112", "COLGOV") in got


def test_research_institutes_are_non_profits():
    got = coded_triples("Five leading German economic research institutes urged the government to cut taxes.",
                        "1987-04-02")
    assert ("DEUNGO", "020", "DEUGOV") in got
    assert ("DEU", "020", "DEUGOV") not in got


def test_think_tank_is_a_non_profit():
    got = coded_triples("A Washington think tank criticised the administration's trade policy.", "1996-09-05")
    assert ("USANGO", "111", "USAGOV") in got


def test_negated_criticism_by_ruling_party_is_not_coded():
    got = coded_triples("The Greek socialist party did not criticise the conservative opposition.", "1996-09-05")
    assert not any(c.startswith("11") for _, c, _ in got)


# -- goods named after a medium -----------------------------------------------------------------


def test_television_sets_are_goods_of_their_country():
    got = coded_triples("Washington imposed tariffs on Japanese television sets and personal computers.",
                        "1987-04-20")
    assert ("USA", "163", "JPN") in got
    assert ("USA", "163", "JPNMED") not in got


def test_television_network_stays_media():
    got = coded_triples("The Japanese television network criticised the government.", "1987-04-20")
    assert ("JPNMED", "111", "JPNGOV") in got


def test_ruling_party_against_the_government_stays_opposition():
    got = coded_triples("The Greek socialist party accused the government of rigging the vote.", "1996-09-05")
    assert not any(s == "GRCGOV" and c.startswith("112") for s, c, _ in got)


def test_judged_strike_stays_the_country():
    got = coded_triples("Iran condemned the US airstrike on Tuesday.", "2020-01-08")
    assert ("IRN", "111", "USA") in got
    assert ("IRN", "111", "USAMIL") not in got
