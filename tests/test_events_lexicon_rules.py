"""lexicon7 (issue #4): news expressions the dictionary and the readers did not know.

Every sentence here was written for this project (none is taken from a gold set); each case
names the triple the Wikinews conventions give it. Dictionary lines are in the lexicon7 block of
src/dateline/data/cameo/verbs.txt; constructions are read in events/general.py (lexicon7 section)
and events/conflict.py ("referred to Y as", "came under scrutiny from").
"""
from __future__ import annotations

import pytest

from test_events_coder import triples

CASES = [
    # 01 sympathy, denials
    ("The Spanish king prayed for the Moroccan people after the earthquake.", ("ESPGOV", "018", "MARCVL")),
    ("The Japanese prime minister offered his prayers to the Turkish president.", ("JPNGOV", "018", "TURGOV")),
    ('"Chile, we are with you," the Argentine president tweeted after the fire.', ("ARGGOV", "018", "CHL")),
    ('"Our prayers are with the people of Nepal," the Indian prime minister said.', ("INDGOV", "018", "NPLCVL")),
    ("The Kenyan government called the Ugandan accusation baseless.", ("KENGOV", "016", "UGA")),
    ("The Ghanaian ministry described the report by the Togolese government as false.", ("GHAGOV", "016", "TGOGOV")),
    # 02 appeals
    ("The Swiss health minister advised Swiss citizens to leave Lebanon.", ("CHEGOV", "020", "CHECVL")),
    ("The governor of Texas requested that the US president declare a disaster.", ("USAGOV", "020", "USAGOV")),
    ("The Thai opposition pushed for early elections.", ("THAOPP", "0244", "THAGOV")),
    # 03 / 05: intent to cooperate, endorsement
    ("The Austrian chancellor expressed a wish to cooperate with the Slovenian government.", ("AUTGOV", "030", "SVNGOV")),
    ("The Estonian president announced her support for the Latvian prime minister.", ("ESTGOV", "051", "LVAGOV")),
    ("The Danish government reiterated its backing for the Greenland government.", ("DNKGOV", "051", "GRLGOV")),
    # 11 disapproval
    ("The Bulgarian opposition expressed opposition to the Romanian government's plan.", ("BGROPP", "111", "ROMGOV")),
    ("The Serbian president took a shot at the Croatian prime minister during the rally.", ("SRBGOV", "111", "HRVGOV")),
    ("The Slovak prime minister referred to the Czech president as a coward.", ("SVKGOV", "111", "CZEGOV")),
    ("The Maltese government came under scrutiny from the European Commission.", ("IGOEUREEC", "111", "MLTGOV")),
    ("The Cypriot president warned that Turkey's exercises threaten peace in the region.", ("CYPGOV", "111", "TUR")),
    # formal accusations: charges, impeachment, lawsuits
    ("US prosecutors unsealed an indictment against a Russian citizen.", ("USAJUD", "1121", "RUSCVL")),
    ("Brazilian prosecutors filed charges against the former Peruvian president.", ("BRAJUD", "1121", "PERELI")),
    ("The Ecuadorian Congress approved articles of impeachment against the president.", ("ECULEG", "1121", "ECUGOV")),
    ("Italian prosecutors charged a Libyan man with abuse of office.", ("ITAJUD", "1121", "LBYCVL")),
    ("The Austrian opposition filed a lawsuit challenging the government's new surveillance law.", ("AUTOPP", "115", "AUTGOV")),
    # 12 reject
    ("The Nepali government declined the proposal from the Chinese government.", ("NPLGOV", "120", "CHNGOV")),
    ("The Cuban president refused the arrangement offered by the Mexican president.", ("CUBGOV", "120", "MEXGOV")),
    # 17 public restrictions, police
    ("The Greek government imposed a lockdown on Athens.", ("GRCGOV", "172", "GRCCVL")),
    ("The Irish health minister announced that face coverings would become mandatory on buses.", ("IRLGOV", "172", "IRLCVL")),
    ("Police in Bogota cleared protesters from the square.", ("COLCOP", "175", "COLOPP")),
    ("The Kenyan president sent police officers to guard the parliament against protesters.", ("KENGOV", "153", "KENOPP")),
    # 03 an announced withdrawal is the announcing state's intention
    ("The French president announced that French troops would leave Mali.", ("FRAGOV", "0356", "MLI")),
    # 09, 19
    ("Spanish police are investigating the stabbing as terrorism.", None),
    ("Turkish soldiers opened fire on Syrian troops near the border.", ("TURMIL", "190", "SYRMIL")),  # conflict15: armed on armed is 190 (193 is in no annotation)
]


# the codebook root by root: common news verbs, nouns and light-verb phrases that were missing
ROOT_BY_ROOT = [
    ("The Belgian king extended his condolences to the Dutch prime minister.", ("BELGOV", "018", "NLDGOV")),
    ("The Japanese foreign minister issued an apology to the South Korean government.", ("JPNGOV", "055", "KORGOV")),
    ("The Canadian government recommended that Canadian citizens leave Haiti.", ("CANGOV", "020", "CANCVL")),
    ("The Mongolian president extended an invitation to the Kazakh president.", ("MNGGOV", "026", "KAZGOV")),
    ("The Omani sultan convened a meeting with the Yemeni president.", ("OMNGOV", "040", "YEMGOV")),
    ("The Indian prime minister landed in Tokyo on Monday.", ("INDGOV", "042", "JPN")),
    ("The Moroccan government resumed ties with the Israeli government.", ("MARGOV", "050", "ISRGOV")),
    ("The Emirati government opened an embassy in Israel.", ("AREGOV", "050", "ISR")),
    ("The Saudi government funded the Pakistani army.", ("SAUGOV", "071", "PAKMIL")),
    ("The Irish opposition hammered the British government for its handling of the border.", ("IRLOPP", "111", "GBRGOV")),
    ("Several Republican senators broke with the president over the troop withdrawal.", ("USALEG", "110", "USAGOV")),
    ("The Malian government shunned the French ambassador.", ("MLIGOV", "120", "FRAGOV")),
    ("The Chinese government issued a warning to the Taiwanese government.", ("CHNGOV", "130", "TWNGOV")),
    ("Students in Bangkok staged a sit-in against the Thai government.", ("THAEDU", "141", "THAGOV")),
    ("The Canadian government closed its embassy in Iran.", ("CANGOV", "161", "IRN")),
    ("The Polish government declared the Belarusian ambassador persona non grata.", ("POLGOV", "161", "BLRGOV")),
    ("The Bahraini government stripped the opposition leader of his citizenship.", ("BHRGOV", "172", "BHROPP")),
    ("A French man rammed his car into a group of soldiers in Paris.", ("FRACVL", "182", "FRAMIL")),
    ("Iraqi troops recaptured the town from Islamic State fighters.", ("IRQMIL", "192", "IMGREB")),
    ("Syrian rebels repelled Turkish troops near the border.", ("SYRREB", "190", "TURMIL")),
    ("The Nigerian army launched a crackdown on separatist protesters.", ("NGAMIL", "175", "NGAOPP")),
]


@pytest.mark.parametrize("text,triple", [c for c in CASES + ROOT_BY_ROOT if c[1] is not None])
def test_news_expression_is_coded(text, triple):
    assert triple in triples(text)


def test_investigating_an_attack_as_terrorism_is_091_not_093():
    got = triples("A Syrian man stabbed two tourists in Madrid. Spanish police are investigating the stabbing as terrorism.")
    assert ("ESPCOP", "091", "SYRCVL") in got
    assert not any(code == "093" for _, code, _ in got)


def test_not_guilty_plea_is_a_denial_toward_the_victim_or_the_pleader():
    assert ("NGACVL", "016", "NGACVL") in triples("A Nigerian man pleaded not guilty to fraud in a Lagos court.")
    assert not any(code == "015" for _, code, _ in triples("The Dutch suspect pleaded not guilty to murder."))
    assert any(code == "015" for _, code, _ in triples("The Dutch suspect pleaded guilty to the murder of a Belgian tourist."))


def test_expressed_desire_to_work_with_is_intent_not_cooperation():
    got = triples("The Ghanaian president expressed a desire to work with the Togolese president.")
    assert ("GHAGOV", "030", "TGOGOV") in got
    assert not any(code == "060" for _, code, _ in got)


def test_sending_police_to_protect_is_not_protection_aid():
    got = triples("The Chilean president sent police officers to protect government buildings from protesters.")
    assert ("CHLGOV", "153", "CHLOPP") in got
    assert not any(code == "074" for _, code, _ in got)


def test_naming_a_threat_replaces_the_warning_threat():
    got = triples("The Cypriot president warned that Turkey's exercises threaten peace in the region.")
    assert not any(code[:2] == "13" for _, code, _ in got)


@pytest.mark.parametrize("text", [
    "The Dutch prime minister did not express support for the Belgian government.",
    "The Brazilian president might impose a lockdown on Rio de Janeiro.",
    "The Slovak prime minister referred to the Czech president as a friend.",
    "The Kenyan government did not call the Ugandan accusation baseless.",
    "The Finnish minister said the Swedish plan does not threaten anyone.",
    "The Latvian minister referred to the agreement as a framework.",
    "The Irish health minister announced that face coverings would no longer be mandatory.",
    "The Austrian opposition may file a lawsuit challenging the government's new law.",
])
def test_negated_hypothetical_and_neutral_forms_are_not_coded(text):
    got = triples(text)
    assert not any(code in ("051", "172", "111", "016", "115") for _, code, _ in got), got


def test_raped_lemmatised_as_rap_is_no_criticism():
    # the small model lemmatises "raped" as "rap": "rap" (criticise) is left out of the dictionary
    got = triples("The woman said she was raped by a French police officer.")
    assert not any(code[:2] == "11" for _, code, _ in got)


@pytest.mark.parametrize("text,triple", [
    # written after the second variety batch was scored (docs/evaluation/events-lexicon.md)
    ("The Croatian president voiced his backing for the Slovenian prime minister.", ("HRVGOV", "051", "SVNGOV")),
    ("The Georgian government described the Russian claims as fabrications.", ("GEOGOV", "016", "RUS")),
    ("The Indian government lifted its ban on Chinese apps.", ("INDGOV", "085", "CHN")),
    ("The Dutch government halted weapons sales to Turkey.", ("NLDGOV", "163", "TUR")),
    ("Russian jets struck Syrian rebel targets in Idlib.", ("RUSMIL", "195", "SYRREB")),
])
def test_second_batch_expressions(text, triple):
    assert triple in triples(text)


def test_describing_claims_as_lies_is_a_denial_not_criticism():
    got = triples("The Georgian government described the Russian claims as fabrications.")
    assert not any(code[:2] in ("11", "12") for _, code, _ in got)


def test_dismissing_claims_as_baseless_stays_a_rejection():
    # the conflict variety set codes "dismissed the accusations as baseless" as 120
    got = triples("The Georgian government dismissed the Russian claims as baseless.")
    assert ("GEOGOV", "120", "RUS") in got


def test_a_domestic_ban_lifted_stays_081():
    got = triples("The Thai government lifted its ban on public gatherings.")
    assert not any(code == "085" for _, code, _ in got)


def test_object_infinitive_hung_as_adverbial_clause_is_the_appeal_content():
    # "advised residents ... to leave": the small model makes "to leave" an adverbial clause
    assert ("AUSGOV", "020", "AUSCVL") in triples(
        "The mayor of Sydney, Clover Moore, advised residents of her city to stay indoors during the fires.")


def test_let_us_pray_is_the_writers_sympathy():
    assert ("CANGOV", "018", "FRACVL") in triples(
        'The Canadian prime minister wrote "Let us all pray for the people of France."')


def test_we_are_with_you_reads_the_speaker_from_the_next_sentence():
    got = triples('"Haiti, we are with you." The message was posted by the Dominican president on Sunday.')
    assert not any(code == "018" and src == "HTI" for src, code, _ in got)


def test_plea_names_the_victim_and_the_charge_is_no_fact():
    got = triples("The Dutch suspect pleaded not guilty to murdering a Belgian tourist.")
    assert ("NLDCVL", "016", "BELCVL") in got
    assert not any(code == "1823" for _, code, _ in got)


def test_a_warning_that_something_is_a_threat_is_no_threat():
    got = triples("The French president warned that the delay could be a threat to national security.")
    assert not any(code[:2] == "13" for _, code, _ in got)


@pytest.mark.parametrize("text,triple", [
    ("A Dutch judge ordered the Turkish suspect to remain in detention.", ("NLDJUD", "173", "TURCVL")),
    ("A Kenyan court ordered the British man remain in custody until the trial.", ("KENJUD", "173", "GBRCVL")),
])
def test_ordered_to_remain_in_custody_is_an_arrest_code(text, triple):
    assert triple in triples(text)


def test_ordered_to_remain_at_home_is_no_custody():
    got = triples("A Kenyan court ordered the British man to remain in Nairobi.")
    assert not any(code == "173" for _, code, _ in got)


def test_recommended_withdrawal_is_an_appeal_to_de_escalate():
    assert ("IRQGOV", "0256", "USAMIL") in triples("The Iraqi prime minister recommended that American troops withdraw from Iraq.")


@pytest.mark.parametrize("text", [
    "The singer, who had battled cancer for years, died on Sunday.",
    "Analysts say it will be difficult for the president to retake control of the Senate.",
])
def test_battles_with_illness_and_political_control_are_no_force(text):
    assert not any(code[:2] in ("18", "19") for _, code, _ in triples(text))


def test_treating_the_attack_as_terrorism_targets_the_doer_of_the_act_just_reported():
    got = triples("A Moroccan man stabbed three tourists in Brussels on Friday. "
                  "Belgian police said they were treating the stabbing as a terrorist incident.")
    assert ("BELCOP", "091", "MARCVL") in got


@pytest.mark.parametrize("text", [
    "The climber said the crossing required much endurance.",
    "The company said holders will be required to surrender their shares.",
    "The minister said the strike was illegal.",
    "The singer recommended his friend to be his replacement.",
    "The Kenyan president recommended the Ugandan minister to be the next envoy.",
])
def test_requirements_verdicts_and_recommended_people_are_no_restriction_or_appeal(text):
    assert not any(code in ("172", "020") for _, code, _ in triples(text))


def test_a_shooting_with_deaths_in_its_clause_is_a_killing():
    got = triples("A gunman shot worshippers at a mosque in Christchurch, New Zealand, with the death toll rising to 50.")
    assert ("NZLCVL", "1823", "NZLCVL") in got


def test_a_shooting_without_deaths_stays_an_assault():
    got = triples("A gunman shot two worshippers at a mosque in Christchurch, New Zealand, injuring them.")
    assert not any(code == "1823" for _, code, _ in got)


@pytest.mark.parametrize("text,triple", [
    ("Ethiopian troops clashed with Eritrean soldiers near the border.", ("ETHMIL", "190", "ERIMIL")),
    ("Taliban fighters clashed with Afghan soldiers in Kunduz.", ("AFGREB", "190", "AFGMIL")),
    ("Protesters clashed with police in Nairobi.", ("KENOPP", "145", "KENCOP")),
])
def test_armed_forces_that_clash_fight_and_crowds_riot(text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text,triple", [
    ("The Finnish president made a phone call to the Russian president.", ("FINGOV", "041", "RUSGOV")),
    ("Somali militants carried out an attack on Kenyan troops.", ("SOMREB", "190", "KENMIL")),
    ("The US government raised tariffs on Chinese steel.", ("USAGOV", "163", "CHN")),
    ("The US government froze aid to the Palestinian government.", ("USAGOV", "162", "PSEGOV")),
    ("A US senator ripped the Mexican president for his handling of the crisis.", ("USALEG", "111", "MEXGOV")),
    ("The Brazilian president insulted the French president.", ("BRAGOV", "111", "FRAGOV")),
    ("Somali militants mounted an attack on Kenyan troops.", ("SOMREB", "190", "KENMIL")),
])
def test_light_verb_phrases_and_news_verbs_of_the_last_pass(text, triple):
    assert triple in triples(text)


def test_no_dictionary_head_list_mixes_a_particle_verb_with_plain_verbs():
    # "carry_out|mount" would be read as head "carry" with particle "out|mount": a particle verb
    # gets a line of its own
    from pathlib import Path
    import re

    path = Path(__file__).resolve().parent.parent / "src" / "dateline" / "data" / "cameo" / "verbs.txt"
    bad = [line for line in path.read_text(encoding="utf-8").splitlines()
           if re.match(r"^\d+\s+\S*\|\S*", line) and "_" in line.split()[1]]
    assert not bad, bad


def test_transnational_jihadist_groups_are_rebels_of_no_one_country():
    # CAMEO's International Militarized Group, whatever country the full name mentions
    text = ("The Islamic State of Iraq and the Levant claimed responsibility for the attack on "
            "Jordanian soldiers, the group said in a statement on Sunday.")
    assert ("IMGREB", "015", "JORMIL") in triples(text)
    # and no home country is guessed for them
    got = triples("Al Qaeda threatened to strike the United States and Israel, a Saudi weekly reported.")
    assert got and all(src == "IMGREB" for src, _, _ in got)


def test_armed_groups_of_recent_news_have_their_home_country():
    assert ("PAKREB", "190", "PAKCOP") in triples("The Pakistani Taliban attacked a police station in Peshawar.")
    assert ("ISRMIL", "195", "PSEREB") in triples("Israeli aircraft struck Islamic Jihad positions in Gaza on Tuesday.")
