"""lexconf8 (issue #4): the CAMEO codebook's conflictual codes (roots 10-20) gone through one
by one for the verbs, phrasal verbs, light-verb phrases and event nouns news writes that the
dictionary did not know.

Every sentence here was written for this project (none is taken from a gold set or an article);
each case names the triple the Wikinews conventions give it. The lines are in the lexconf8 block
of src/dateline/data/cameo/verbs.txt; "storm" joins the fighting verbs of events/general.py.
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

ROOT_BY_ROOT = [
    # 11 disapprove
    ("The Indian foreign ministry called out Pakistan for its support of militant groups.", ("INDGOV", "111", "PAK")),
    ("The Slovak senator called out the Slovak president over his remarks.", ("SVKLEG", "111", "SVKGOV")),
    ("The Dutch prime minister singled out Hungary for criticism at the summit.", ("NLDGOV", "111", "HUN")),
    ("The Irish opposition tore into the British government over the border plan.", ("IRLOPP", "111", "GBRGOV")),
    ("The Austrian chancellor expressed dismay at the Italian government's decision.", ("AUTGOV", "111", "ITAGOV")),
    ("The Ukrainian opposition dragged the Ukrainian government to court over the gas deal.", ("UKROPP", "115", "UKRGOV")),
    # 12 reject
    ("The Georgian government brushed aside the Russian call for a referendum.", ("GEOGOV", "120", "RUS")),
    ("The Chilean president shot down the Bolivian proposal for a land corridor.", ("CHLGOV", "120", "BOL")),
    ("The Egyptian government called off its talks with the Ethiopian government.", ("EGYGOV", "125", "ETHGOV")),
    ("The Turkish government slammed the door on negotiations with the Kurdish rebels.", ("TURGOV", "125", "TURREB")),
    # 13 threaten
    ("The Russian defence ministry warned Finland of serious consequences.", ("RUSGOV", "130", "FIN")),
    ("The Iranian president threatened military action against Israel.", ("IRNGOV", "138", "ISR")),
    # 14 protest
    ("Thousands of Armenian students joined a protest against the Armenian prime minister.", ("ARMEDU", "141", "ARMGOV")),
    ("The Venezuelan opposition organised a rally against the Venezuelan president.", ("VENOPP", "141", "VENGOV")),
    ("Hundreds of Kenyan students took part in a demonstration against the Kenyan government.", ("KENEDU", "141", "KENGOV")),
    # 15 force posture
    ("The Russian navy held exercises near Norway last week.", ("RUSMIL", "150", "NOR")),
    ("Turkey massed and stationed tanks along the Syrian border.", ("TUR", "150", "SYR")),
    ("South Korea scrambled jets to intercept a North Korean drone.", ("KOR", "150", "PRK")),
    # 16 reduce relations, sanctions
    ("The Moroccan government froze its relations with the German embassy.", ("MARGOV", "160", "DEUGOV")),
    ("The Somali government broke ties with Kenya.", ("SOMGOV", "161", "KEN")),
    ("The Colombian government ordered two Venezuelan diplomats to leave the country.", ("COLGOV", "161", "VENGOV")),
    ("The United States levied tariffs on Mexican steel.", ("USA", "163", "MEX")),
    ("The British government extended its sanctions against Syria.", ("GBRGOV", "163", "SYR")),
    ("The Canadian government hit Iranian officials with new sanctions.", ("CANGOV", "163", "IRNGOV")),
    # 17 coerce
    ("Greek authorities impounded a Russian tanker off the island.", ("GRCGOV", "1711", "RUS")),  # codes27: impounded property is confiscated (1711)
    ("Police in Minsk hauled away dozens of Belarusian protesters.", ("BLRCOP", "173", "BLROPP")),
    ("The Egyptian government threw the opposition leader into prison.", ("EGYGOV", "173", "EGYOPP")),
    ("Chilean police broke up a protest by Chilean students.", ("CHLCOP", "175", "CHLEDU")),
    # 18 assault
    ("A Danish man roughed up a Swedish journalist in Copenhagen.", ("DNKCVL", "182", "SWEMED")),
    # 19 fight
    ("Turkish troops launched an incursion into Iraq.", ("TURMIL", "190", "IRQ")),
    ("Armenian soldiers traded fire with Azerbaijani troops along the border.", ("ARMMIL", "190", "AZEMIL")),
    ("Ethiopian troops laid siege to the Eritrean army base.", ("ETHMIL", "191", "ERIMIL")),
    ("Egypt imposed a blockade on Libya.", ("EGY", "191", "LBY")),
    ("Israeli troops stormed a Palestinian refugee camp.", ("ISRMIL", "190", "PSEREF")),
    ("Sudanese rebels took over the town from Sudanese troops.", ("SDNREB", "192", "SDNMIL")),
    ("Azerbaijani troops lobbed mortar shells at Armenian soldiers.", ("AZEMIL", "194", "ARMMIL")),
    ("Russian forces rained missiles on Ukrainian troops.", ("RUSMIL", "195", "UKRMIL")),
    ("Syrian rebels downed a Russian helicopter near the town.", ("SYRREB", "195", "RUS")),
]


# the second pass over the codebook
SECOND_PASS = [
    ("The Turkish foreign ministry called in the Dutch ambassador on Monday.", ("TURGOV", "114", "NLDGOV")),
    ("The Ghanaian opposition charged that the government rigged the vote.", ("GHAOPP", "1121", "GHAGOV")),
    ("The Serbian president pinned the blame on the Kosovar government.", ("SRBGOV", "112", "XKXGOV")),
    ("The Greek government balked at the Turkish proposal.", ("GRCGOV", "120", "TUR")),
    ("The Russian government issued a threat against Lithuania.", ("RUSGOV", "130", "LTU")),
    ("China flew bombers near Taiwan on Sunday.", ("CHN", "150", "TWN")),
    ("Saudi Arabia closed its airspace to Qatari flights.", ("SAU", "163", "QAT")),
    ("The African Union suspended Mali's membership.", ("IGOOAU", "160", "MLI")),
    ("The American president abandoned the nuclear deal with Iran.", ("USAGOV", "160", "IRN")),  # codes29: a deal quit is 160, not 166 (personnel)
    ("The Israeli military bulldozed the Palestinian homes.", ("ISRMIL", "1712", "PSE")),  # codes27: bulldozed homes are destroyed property (1712), as the tune gold codes "bulldozed it"
    ("Syrian government troops hammered rebel positions near the town.", ("SYRMIL", "194", "SYRREB")),
    ("Russian warplanes dropped bombs on Syrian rebels.", ("RUSMIL", "195", "SYRREB")),
    ("Nigerian troops battled Boko Haram militants in the north.", ("NGAMIL", "190", "NGAREB")),
    ("Chinese troops battled with Indian soldiers.", ("CHNMIL", "190", "INDMIL")),
    ("Heavy fighting between Sudanese troops and Sudanese rebels broke out on Monday.", ("SDNREB", "190", "SDNMIL")),
    ("The US Commerce Department added Huawei to its entity list.", ("USAGOV", "163", "CHNBUS")),
    ("The American government put the Chinese firms on a trade blacklist.", ("USAGOV", "163", "CHNBUS")),
    ("Kenyan police booked the Somali suspect on charges of terrorism.", ("KENCOP", "173", "SOMCVL")),
    ("Al-Shabaab militants carried out a suicide bombing against Somali troops.", ("SOMREB", "183", "SOMMIL")),
    ("Boko Haram fighters perpetrated an attack on Nigerian troops.", ("NGAREB", "190", "NGAMIL")),
    ("Kazakhstan closed its border to Chinese citizens.", ("KAZ", "191", "CHNCVL")),
    ("The opposition called a general strike against the Bangladeshi government.", ("BGDOPP", "143", "BGDGOV")),
    ("Sweden halted all trade with South Africa.", ("SWE", "163", "ZAF")),
    ("The Ethiopian government imposed an internet blackout on the Tigray region.", ("ETHGOV", "1721", "ETHCVL")),
    ("Riot police used pepper spray against Hong Kong protesters.", ("HKGCOP", "175", "HKGOPP")),
    ("The Belarusian government forced the opposition leader into exile.", ("BLRGOV", "174", "BLROPP")),
    ("The Philippine president ordered the arrest of the opposition senator.", ("PHLGOV", "173", "PHLLEG")),
    ("A Turkish court ordered the detention of the German journalist.", ("TURJUD", "173", "DEUMED")),
    ("The Czech government ordered the expulsion of two Russian diplomats.", ("CZEGOV", "161", "RUSGOV")),
]


# wire phrasings (1987 Reuters style) found among sentences with two actors and no event
WIRE = [
    ("The Ghanaian government made a formal protest to the British government about the new rules.", ("GHAGOV", "114", "GBRGOV")),
    ("The Mexican finance minister sounded a warning to the American banks.", ("MEXGOV", "130", "USABUS")),
    ("Washington put 300 million dollars in tariffs on Japanese imports.", ("USA", "163", "JPN")),
    ("The French union put similar demands to the French prime minister.", ("FRALAB", "100", "FRAGOV")),
    ("The Brazilian government laid the blame on the US for the breakdown of the talks.", ("BRAGOV", "112", "USA")),
    # police force against crowds written as a compound verb
    ("Police in Bogota teargassed protesters on Monday.", ("COLCOP", "175", "COLOPP")),
]


@pytest.mark.parametrize("text,triple", ROOT_BY_ROOT + SECOND_PASS + WIRE)
def test_conflictual_expression_is_coded(text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text,wrong", [
    # "held drills with Y" is joint military cooperation, never a show of force against Y
    ("The Indian navy held exercises with the French navy.", "150"),
    # shooting down a proposal is a rejection, not an air strike
    ("The Chilean president shot down the Bolivian proposal for a land corridor.", "195"),
    # "called off the talks" is no appeal
    ("The Egyptian government called off its talks with the Ethiopian government.", "020"),
    # protesters storming a building riot (145); only armed forces' storming is a fight
    ("Protesters stormed the Iraqi parliament building.", "190"),
    # "warned of consequences for the economy" names no party threatened
    ("The Kenyan central bank warned of serious consequences for the economy.", "130"),
    # hammering a government is criticism; only positions and towns are shelled
    ("The Irish opposition hammered the British government for its handling of the border.", "194"),
    ("The Swiss runner battled injuries all season.", "190"),
    # a heritage list is no blacklist
    ("UNESCO added the Indian temple to its World Heritage list.", "163"),
    # markets: stocks lead rallies, firms push into markets, central banks threaten intervention
    ("Japanese exporters led a rally in Tokyo shares on Monday.", "141"),
    ("The Korean carmaker launched a push into the Indian market.", "190"),
    ("The Japanese central bank threatened intervention in the currency market.", "138"),
    # pushing a plan promotes it
    ("The Greek government pushed the European Union's plan for a migrant quota.", "120"),
    # a vehicle tearing into a crowd is no criticism
    ("A Dutch man tore into a crowd of Belgian fans with his car.", "111"),
    # calling out troops mobilises them (154); it criticises no one
    ("The Minnesota governor called out the National Guard to quell the riots.", "111"),
    # found by the precision audit on 1987 wire text
    ("The Bolivian government called the miners' strike a political stunt.", "143"),
    ("South Korea will open its market to help cut its trade surplus with the United States.", "163"),
    ("The union leader said there is deep hostility between the company and the union.", "190"),
    ("The Texan airline took over the Miami-based carrier last year.", "192"),
    # business prose: firms move jobs, expand their presence, fly jets into airports
    ("The carmaker moved thousands of jobs to Mexico.", "150"),
    ("The Japanese bank expanded its presence in India.", "150"),
    ("The British airline flew its new jets into Heathrow.", "150"),
    ("The Canadian utility imposed rolling blackouts on its customers.", "1721"),
    ("The two candidates traded blows with each other in the debate.", "190"),
    ("The steelmakers battled market forces for a decade.", "190"),
])
def test_conflictual_expression_is_not_misread(text, wrong):
    assert not any(code == wrong for _, code, _ in triples(text))


@pytest.mark.parametrize("text", [
    "The Bulgarian government did not freeze its relations with Russia.",
    "The Spanish government may impose a blockade on the port.",
    "The Lithuanian government has not expelled any Russian diplomats.",
    "Experts said Turkey could launch an incursion into Syria if talks failed.",
])
def test_negated_or_hypothetical_conflict_is_no_event(text):
    assert not any(code[:2] in ("15", "16", "19") for _, code, _ in triples(text))


def test_phrasal_heads_stand_alone_on_their_lines():
    """The parser splits a head at its first "_" ("call_off|scrap" would read as "call" with the
    particle "off|scrap"): a phrasal verb may not share a line with alternatives."""
    from importlib import resources

    text = resources.files("dateline").joinpath("data/cameo/verbs.txt").read_text(encoding="utf-8")
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].split()
        if len(line) > 1 and line[0][0].isdigit():
            assert not ("_" in line[1] and "|" in line[1]), f"verbs.txt line {n}: {raw.strip()}"



def test_sabotage_and_despatched_troops_are_coded_without_a_named_party():
    """Property damage (171) and troops sent (154) keep their agent when the object is no actor."""
    from test_events_coder import code

    _, evs = code("The Brazilian government despatched troops to the ports.")
    assert [(e.source.code, e.code) for e in evs] == [("BRAGOV", "154")]
    _, evs = code("Colombian rebels sabotaged the pipeline.")
    assert ("COLREB", "171") in {(e.source.code, e.code) for e in evs}


def test_gassing_crowds_is_police_force_and_gassing_villagers_stays_a_chemical_attack():
    from test_events_coder import code

    _, evs = code("Chilean police gassed the student protesters in Santiago.")
    assert {e.code for e in evs} == {"175"}
    assert ("IRQMIL", "2041", "IRQCVL") in triples("Iraqi forces gassed Kurdish villagers in Halabja.")


def test_internet_cut_off_is_a_restriction_of_expression():
    from test_events_coder import code

    _, evs = code("The Iranian government cut off internet access across the country.")
    assert ("IRNGOV", "1721") in {(e.source.code, e.code) for e in evs}


@pytest.mark.parametrize("text,triple", [
    ("The Dutch government was furious with the Turkish government.", ("NLDGOV", "111", "TURGOV")),
    ("The Mexican president was scathing about the American wall.", ("MEXGOV", "111", "USA")),
    ("The Iranian foreign minister was dismissive of the American offer.", ("IRNGOV", "120", "USA")),
])
def test_a_verdict_written_as_an_adjective_is_coded(text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text", [
    "The Dutch government is furious with the Turkish government.",  # a standing attitude
    "The Italian prime minister was angry about the delay.",          # no party named
    "The Dutch government was not angry with the Turkish government.",
])
def test_a_verdict_adjective_without_a_voiced_target_is_no_event(text):
    assert not any(code in ("111", "120") for _, code, _ in triples(text))
