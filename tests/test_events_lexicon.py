"""Dictionary breadth: common news verbs for each CAMEO root, one sentence of our own per line.

The lines were written from the CAMEO code descriptions (codebook names), not from any gold
sentence; each case checks the pattern codes the act and finds its target.
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

CASES = [
    # 01 statements
    ("The Chilean government sent condolences to the Peruvian president.", ("CHLGOV", "018", "PERGOV")),
    ("The French president voiced support for the Lebanese government.", ("FRAGOV", "051", "LBNGOV")),  # coop14: CAMEO 051 "express support for"
    # 02 appeals
    ("The German chancellor pressed the Russian government to release the detained journalists.",
     ("DEUGOV", "0253", "RUSGOV")),
    ("The Canadian foreign minister pressed the Chinese president to step down.", ("CANGOV", "0241", "CHNGOV")),
    ("The Swedish government encouraged the Turkish government to resume talks with the Greek government.",
     ("SWEGOV", "026", "TURGOV")),
    # 03 intent, 04 consult
    ("The Japanese prime minister expressed willingness to meet the North Korean leader.",
     ("JPNGOV", "036", "PRKGOV")),
    ("The Indian prime minister spoke by phone with the Australian prime minister.", ("INDGOV", "041", "AUSGOV")),
    # 05 diplomatic cooperation
    ("The Egyptian president paid tribute to the Sudanese army.", ("EGYGOV", "051", "SDNMIL")),
    ("The Brazilian government welcomed the Argentine government's decision.", ("BRAGOV", "051", "ARGGOV")),
    ("The Polish president granted a pardon to the Lithuanian activist.", ("POLGOV", "0841", "LTUOPP")),  # pardons release persons (WIKINEWS_EXTRA.md)
    # 08 yield
    ("The Malian government heeded the demand of the Algerian government.", ("MLIGOV", "080", "DZAGOV")),
    # 11 disapprove
    ("The Thai opposition took issue with the Cambodian government.", ("THAOPP", "110", "KHMGOV")),
    ("The Italian government challenged the French government's decision.", ("ITAGOV", "110", "FRAGOV")),
    ("The Dutch foreign minister assailed the Hungarian government over the new law.", ("NLDGOV", "111", "HUNGOV")),
    ("The Irish prime minister expressed outrage at the British government's decision.", ("IRLGOV", "111", "GBRGOV")),
    ("The Senegalese president faulted the Gambian government for the delay.", ("SENGOV", "111", "GMBGOV")),
    ("The Nigerian army blamed the Chadian rebels for the killing of ten villagers.", ("NGAMIL", "1123", "TCDREB")),
    ("The Ukrainian president held the Russian government responsible for the attack.",
     ("UKRGOV", "1123", "RUSGOV")),
    # 12 reject
    ("The Colombian government denied the Venezuelan government's request.", ("COLGOV", "120", "VENGOV")),
    # 14 protest, 17 coerce, 19 fight
    ("Protesters in Chile pelted the police with stones.", ("CHLOPP", "145", "CHLCOP")),
    ("Police fired teargas at the students.", ("---COP", "175", "---EDU")),
    ("The Spanish court remanded the Moroccan suspect.", ("ESPJUD", "173", "MARCVL")),
    ("Israeli jets targeted Hamas positions in Gaza.", ("ISRMIL", "190", "PSEREB")),
]


@pytest.mark.parametrize("text,triple", CASES)
def test_news_verb_is_coded(text, triple):
    assert triple in triples(text)


def test_decline_to_answer_is_declining_comment():
    got = triples("The Kenyan president declined to answer questions from reporters about the Ugandan government.")
    assert {t[1] for t in got} == {"011"}


MORE_CASES = [
    ("Germany expelled two Russian diplomats over the killing.", ("DEU", "161", "RUSGOV")),
    ("The Egyptian government released the activist after two years in detention.", ("EGYGOV", "0841", "EGYOPP")),
    ("Demonstrators set fire to the parliament building in Baghdad.", ("IRQOPP", "145", "IRQLEG")),
    ("The Taliban attacked a police checkpoint in Kunduz, killing seven officers.", ("AFGREB", "1823", "AFGCOP")),
    ("The Georgian court overturned the government's decision.", ("GEOJUD", "116", "GEOGOV")),
]


@pytest.mark.parametrize("text,triple", MORE_CASES)
def test_more_news_verbs(text, triple):
    assert triple in triples(text)


def test_pardons_subpoenas_and_committees():
    got = triples("The American president pardoned the jailed Mexican activist.")
    assert ("USAGOV", "0841", "MEXOPP") in got
    assert ("USALEG", "100", "USAGOV") in triples("The House committee subpoenaed the American attorney general.")
    from dateline.resolve.actor_roles import role_code

    assert role_code("House Intelligence Committee") == "LEG"
    assert role_code("White House spokesman") == "GOV"


def test_protest_rallies_and_killings():
    assert ("THAEDU", "141", "THAGOV") in triples("Tens of thousands of Thai students rallied against the government in Bangkok.")
    assert ("INDAGR", "140", "INDGOV") in triples("Indian farmers blocked highways into New Delhi to protest the new farm laws.")
    assert ("AFGMIL", "1823", "USAMIL") in triples("An Afghan soldier shot dead two American troops in Paktia province.")


def test_congratulations_invitations_and_mediation():
    assert ("CHNGOV", "051", "IRNGOV") in triples(
        "The Chinese president sent a congratulatory message to the new Iranian president.")
    got = triples("The South Korean president invited the North Korean leader to visit Seoul.")
    assert ("KORGOV", "026", "PRKGOV") in got
    assert not any(code == "042" for _, code, _ in got)  # the visit is only asked for
    assert {("BRA", "039", "VEN"), ("BRA", "039", "COL")} <= triples(
        "Brazil offered to mediate between Venezuela and Colombia.")
    assert ("INDGOV", "043", "BGDGOV") in triples(
        "The Indian prime minister received the Bangladeshi prime minister in New Delhi.")
