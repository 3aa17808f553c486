"""roles18: a battery of actor-convention sentences (written for these tests, in the style of
wire news), one per position a role word takes: titles before and after names, apposition,
"of" phrases, possessives, former officials, deputies, spokespeople, ambassadors, mayors,
governors, legislators, party leaders in and out of government, judges and prosecutors, police
and army units, unions, firms with and without a country, executives of a named firm, private
persons described by nationality, suspects and victims.

Each case asserts one triple coded by /work/shared/data/events/WIKINEWS_EVENTS.md "Actor codes".
Where the standard is silent the training gold's habit decides (noted at the case): former
officials are ELI (tune gold: "former president F.W. de Klerk" ZAFELI, "former Philippine
President Ferdinand Marcos" PHLELI).
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

DATE = "2021-06-15"

# (class, text, expected triple)
CASES: list[tuple[str, str, tuple[str, str, str]]] = [
    # -- titles before the name
    ("title_before", "French Foreign Minister Jean-Yves Le Drian criticised Russia on Tuesday.", ("FRAGOV", "111", "RUS")),
    ("title_before", "Kenyan President Uhuru Kenyatta met Ugandan President Yoweri Museveni in Nairobi on Monday.", ("KENGOV", "040", "UGAGOV")),
    ("title_before", "Defence Minister Ben Wallace of Britain accused Russia of cyber attacks.", ("GBRGOV", "112", "RUS")),
    ("title_before", "Brazilian Health Minister Marcelo Queiroga praised China on Thursday.", ("BRAGOV", "051", "CHN")),
    ("title_before", "Indian Interior Minister Amit Shah accused Pakistan of sheltering militants.", ("INDGOV", "112", "PAK")),
    # -- titles after the name, in apposition
    ("apposition", "Marise Payne, Australia's foreign minister, criticised China on Monday.", ("AUSGOV", "111", "CHN")),
    ("apposition", "Sergei Lavrov, the Russian foreign minister, accused the United States of meddling.", ("RUSGOV", "112", "USA")),
    ("apposition", "Ali Khamenei, Iran's supreme leader, criticised the United States on Friday.", ("IRNGOV", "111", "USA")),
    ("apposition", "Pedro Castillo, a Peruvian congressman, accused the government of fraud.", ("PERLEG", "1121", "PERGOV")),
    ("apposition", "Kim Yo-jong, the sister of North Korea's leader, criticised South Korea on Tuesday.", ("PRKGOV", "111", "KOR")),
    # -- "of" phrases
    ("of_phrase", "The foreign minister of Egypt criticised Ethiopia over the dam on Sunday.", ("EGYGOV", "111", "ETH")),
    ("of_phrase", "The president of Colombia accused Venezuela of sheltering rebels.", ("COLGOV", "112", "VEN")),
    ("of_phrase", "The mayor of Kyiv criticised Russia on Monday.", ("UKRGOV", "111", "RUS")),
    ("of_phrase", "The prime minister of Armenia accused Azerbaijan of shelling villages.", ("ARMGOV", "112", "AZE")),
    ("of_phrase", "The defence minister of Israel met the US secretary of state on Monday.", ("ISRGOV", "040", "USAGOV")),
    # -- possessives
    ("possessive", "Japan's foreign minister criticised China on Wednesday.", ("JPNGOV", "111", "CHN")),
    ("possessive", "Germany's finance minister praised France on Friday.", ("DEUGOV", "051", "FRA")),
    ("possessive", "Nigeria's army accused Boko Haram of killing farmers.", ("NGAMIL", "112", "NGAREB")),
    ("possessive", "Turkey's parliament condemned Greece on Tuesday.", ("TURLEG", "111", "GRC")),
    ("possessive", "Mexico's president criticised the United States on Monday.", ("MEXGOV", "111", "USA")),
    # -- former officials (tune gold: ELI)
    ("former", "Former US president Donald Trump criticised China on Monday.", ("USAELI", "111", "CHN")),
    ("former", "Former Brazilian president Luiz Inacio Lula da Silva criticised the government of Jair Bolsonaro.", ("BRAELI", "111", "BRAGOV")),
    ("former", "Jacob Zuma, a former South African president, accused the courts of bias.", ("ZAFELI", "112", "ZAFJUD")),
    # -- deputies
    ("deputy", "Russian Deputy Foreign Minister Sergei Ryabkov criticised the United States on Monday.", ("RUSGOV", "111", "USA")),
    ("deputy", "Chinese Vice Premier Liu He met US Treasury Secretary Janet Yellen on Friday.", ("CHNGOV", "040", "USAGOV")),
    ("deputy", "Iran's deputy foreign minister accused Britain of piracy.", ("IRNGOV", "112", "GBR")),
    ("deputy", "The deputy prime minister of Poland criticised Germany on Tuesday.", ("POLGOV", "111", "DEU")),
    # -- spokespeople
    ("spokes", "A spokesman for the Chinese foreign ministry criticised Australia on Monday.", ("CHNGOV", "111", "AUS")),
    ("spokes", "Kremlin spokesman Dmitry Peskov accused Ukraine of provocations.", ("RUSGOV", "112", "UKR")),
    ("spokes", "White House spokeswoman Jen Psaki criticised Russia on Tuesday.", ("USAGOV", "111", "RUS")),
    ("spokes", "A Pentagon spokesman accused Iran of harassing ships.", ("USAMIL", "112", "IRN")),
    # -- ambassadors
    ("ambassador", "The US ambassador to the United Nations criticised Russia on Monday.", ("USAGOV", "111", "RUS")),
    ("ambassador", "China's ambassador to Britain accused the BBC of bias.", ("CHNGOV", "112", "GBRMED")),
    ("ambassador", "Russian Ambassador Anatoly Antonov criticised the United States on Sunday.", ("RUSGOV", "111", "USA")),
    # -- mayors, governors, state officials
    ("local", "Texas Governor Greg Abbott criticised Mexico on Tuesday.", ("USAGOV", "111", "MEX")),
    ("local", "London Mayor Sadiq Khan criticised the British government on Monday.", ("GBRGOV", "111", "GBRGOV")),
    ("local", "The governor of Lagos State accused police of killing protesters.", ("NGAGOV", "112", "NGACOP")),
    ("local", "Bill de Blasio, the mayor of New York, criticised the police on Friday.", ("USAGOV", "111", "USACOP")),
    ("local", "New York's attorney general sued Amazon on Tuesday.", ("USAGOV", "115", "USABUS")),
    # (a state attorney general is a state-level official, USAGOV by the standard, though a
    # district attorney is JUD)
    # -- legislators and party leaders
    ("legislator", "Senator Bernie Sanders criticised Amazon on Monday.", ("USALEG", "111", "USABUS")),
    ("legislator", "Conservative MP Tom Tugendhat criticised China on Tuesday.", ("GBRLEG", "111", "CHN")),
    ("legislator", "US lawmakers accused China of genocide on Wednesday.", ("USALEG", "1122", "CHN")),
    ("legislator", "Nancy Pelosi, the Speaker of the House, criticised Donald Trump on Friday.", ("USALEG", "111", "USAELI")),
    # (Trump was a former president on the test date: ELI)
    ("party", "Labour leader Keir Starmer criticised the government on Wednesday.", ("GBROPP", "111", "GBRGOV")),
    ("party", "Opposition leader Alexei Navalny accused Vladimir Putin of corruption.", ("RUSOPP", "1121", "RUSGOV")),
    ("party", "The opposition Democratic Party accused the Japanese government of lying.", ("JPNOPP", "112", "JPNGOV")),
    ("party", "Belarusian opposition leader Sviatlana Tsikhanouskaya met Angela Merkel on Monday.", ("BLROPP", "040", "DEUGOV")),
    # -- judges and prosecutors
    ("judicial", "A federal judge in Texas ruled against the Biden administration on Friday.", ("USAJUD", "116", "USAGOV")),
    ("judicial", "Prosecutors in Paris charged a Syrian man with war crimes.", ("FRAJUD", "", "SYRCVL")),
    ("judicial", "Brazil's Supreme Court ruled against President Jair Bolsonaro on Monday.", ("BRAJUD", "116", "BRAGOV")),
    ("judicial", "A South Korean prosecutor accused Samsung of fraud.", ("KORJUD", "1121", "KORBUS")),
    # -- police and army units
    ("security", "Nigerian police arrested a British journalist in Abuja.", ("NGACOP", "173", "GBRMED")),
    ("security", "Myanmar's military detained dozens of protesters in Yangon on Monday.", ("MMRMIL", "173", "MMROPP")),
    ("security", "Israeli troops killed a Palestinian man in the West Bank.", ("ISRMIL", "", "PSECVL")),
    ("security", "Riot police fired tear gas at protesters in Bangkok.", ("THACOP", "175", "THAOPP")),
    ("security", "Turkish soldiers clashed with Kurdish rebels on Monday.", ("TURMIL", "", "TURREB")),
    # -- unions
    ("union", "The Korean Confederation of Trade Unions criticised the South Korean government.", ("KORLAB", "111", "KORGOV")),
    ("union", "French unions accused the government of ignoring workers.", ("FRALAB", "112", "FRAGOV")),
    # -- firms
    ("firm", "Toyota criticised the Japanese government on Tuesday.", ("JPNBUS", "111", "JPNGOV")),
    ("firm", "Huawei accused the United States of bullying.", ("CHNBUS", "112", "USA")),
    ("firm", "The Swiss drugmaker Novartis sued the US government on Monday.", ("CHEBUS", "115", "USAGOV")),
    ("firm", "A Chinese state oil company signed an agreement with Iraq on Friday.", ("CHNBUS", "057", "IRQ")),
    # -- executives of a named firm
    ("executive", "Senior Citibank executive John Smith criticised the Federal Reserve.", ("USABUS", "111", "USAGOV")),
    ("executive", "Tesla chief executive Elon Musk criticised the US government on Monday.", ("USABUS", "111", "USAGOV")),
    ("executive", "Jack Ma, the founder of Alibaba, criticised Chinese regulators.", ("CHNBUS", "111", "CHNGOV")),
    # -- private persons, suspects and victims
    ("private", "A Libyan national attacked a police officer in Manchester on Monday.", ("LBYCVL", "", "GBRCOP")),
    ("private", "British tourists accused a Spanish hotel of fraud.", ("GBRCVL", "1121", "ESPBUS")),
    ("private", "Chinese students criticised the Australian government on Monday.", ("CHNEDU", "111", "AUSGOV")),
    ("private", "Police in Kenya arrested a suspect in the killing of a journalist.", ("KENCOP", "173", "KENCVL")),
    ("private", "Ugandan police beat a journalist in Kampala on Monday.", ("UGACOP", "", "UGAMED")),
    # -- description later in the article
    ("context", "A man attacked a policeman in Paris on Monday. The man, later identified as a Tunisian national, "
     "stabbed the officer.", ("TUNCVL", "", "FRACOP")),
    ("context", "The Mexican interior minister met protesters on Monday. The minister criticised the police.",
     ("MEXGOV", "111", "MEXCOP")),
    ("context", "Kenyan President Uhuru Kenyatta visited Ethiopia on Monday. The president criticised Somalia.",
     ("KENGOV", "111", "SOM")),
    # -- media, IGOs, NGOs
    ("media", "The BBC accused the Chinese government of censorship.", ("GBRMED", "112", "CHNGOV")),
    ("media", "A Russian journalist criticised the Kremlin on Monday.", ("RUSMED", "111", "RUSGOV")),
    ("igo", "The UN secretary-general criticised Israel on Monday.", ("IGOUNO", "111", "ISR")),
    ("igo", "Amnesty International accused Saudi Arabia of torture.", ("NGOAMN", "1122", "SAU")),
    ("igo", "The European Commission criticised Poland on Wednesday.", ("IGOEUREEC", "111", "POL")),
    # -- harder positions (second batch, written after the first run)
    ("executive", "Jack Ma, Alibaba's founder, criticised Chinese regulators.", ("CHNBUS", "111", "CHNGOV")),
    ("executive", "Alibaba founder Jack Ma criticised Chinese regulators.", ("CHNBUS", "111", "CHNGOV")),
    ("executive", "Alexei Miller, the head of Gazprom, criticised Ukraine on Monday.", ("RUSBUS", "111", "UKR")),
    ("executive", "Mark Zuckerberg, the chief executive of Facebook, criticised the European Commission.",
     ("USABUS", "111", "IGOEUREEC")),
    ("executive", "Tim Cook, Apple's chief executive, criticised the Chinese government.", ("USABUS", "111", "CHNGOV")),
    ("firm", "The German carmaker BMW criticised the European Commission.", ("DEUBUS", "111", "IGOEUREEC")),
    ("group", "The leader of the Lebanese group Hezbollah, Hassan Nasrallah, accused Israel of provocations.",
     ("LBNREB", "112", "ISR")),
    ("group", "A spokesman for the Taliban accused the United States of killing civilians.", ("AFGREB", "112", "USA")),
    ("group", "Hamas spokesman Fawzi Barhoum accused Israel of killing children.", ("PSEREB", "112", "ISR")),
    ("party", "Maria Lopez, who leads the opposition Socialist Party in Spain, accused the government of corruption.",
     ("ESPOPP", "112", "ESPGOV")),
    ("party", "The ruling party in Zimbabwe accused the opposition of violence.", ("ZWEGOV", "112", "ZWEOPP")),
    ("legislator", "Opposition MPs in Kenya accused the government of corruption.", ("KENLEG", "112", "KENGOV")),
    ("legislator", "The speaker of Iran's parliament criticised the United States.", ("IRNLEG", "111", "USA")),
    ("local", "Local officials in Xinjiang accused foreign media of lying.", ("CHNGOV", "112", "---MED")),
    ("private", "Relatives of the victims accused the Nigerian army of murder.", ("NGACVL", "112", "NGAMIL")),
    ("private", "Residents of Mosul accused Iraqi troops of looting.", ("IRQCVL", "112", "IRQMIL")),
    ("private", "The suspect, a 32-year-old French citizen, attacked police officers.", ("FRACVL", "182", "FRACOP")),
    ("former", "Ex-president Evo Morales of Bolivia accused the United States of plotting a coup.", ("BOLELI", "112", "USA")),
    ("former", "The former defence minister of Peru accused the army of corruption.", ("PERELI", "112", "PERMIL")),
    ("title_before", "Caretaker Prime Minister Hassan Diab of Lebanon accused Israel of violating its airspace.",
     ("LBNGOV", "112", "ISR")),
    ("security", "Pakistan's army chief criticised India on Monday.", ("PAKMIL", "111", "IND")),
    ("security", "The Indian Navy accused China of harassing its ships.", ("INDMIL", "112", "CHN")),
    ("media", "Iran's state news agency IRNA accused Israel of sabotage.", ("IRNMED", "112", "ISR")),
    ("spokes", "Chinese foreign ministry spokesman Zhao Lijian criticised Australia.", ("CHNGOV", "111", "AUS")),
    ("local", "Hong Kong leader Carrie Lam criticised the United States.", ("HKGGOV", "111", "USA")),
    ("judicial", "The Chief Justice of Pakistan criticised the government.", ("PAKJUD", "111", "PAKGOV")),
]


def _matches(got: set, want: tuple[str, str, str]) -> bool:
    """The battery probes actors: the event code need only share its root (112 for the 112x
    subcodes), and an empty expected code accepts any event."""
    src, code, tgt = want
    return any(g[0] == src and g[2] == tgt and g[1][:3] == code[:3] for g in got if g[1]) if code else \
        any(g[0] == src and g[2] == tgt for g in got)


#: Cases that still fail, keyed by how their text starts, with the reason.
XFAIL: dict[str, str] = {
    "Conservative MP Tom Tugendhat criticised": "no country in the text: a one-sentence article's only "
    "country (the target's) becomes the home country, so the MP reads CHNLEG; a reader knows him British",
    "Caretaker Prime Minister Hassan Diab of L": "the tagger reads sentence-initial 'Caretaker' as an ORG "
    "and no event is coded (the NER layer, not the title tables)",
}


@pytest.mark.parametrize("cls,text,want", CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_battery(cls: str, text: str, want: tuple[str, str, str]) -> None:
    reason = next((why for start, why in XFAIL.items() if text.startswith(start)), None)
    if reason:
        pytest.xfail(reason)
    assert _matches(coded_triples(text, DATE), want)
