"""lexcoop8: the ways news writes a cooperative act (CAMEO roots 01-09) that the dictionary
learnt in the fifth session: light-verb phrases ("exchanged views with", "played host to",
"opened negotiations with"), phrasal verbs ("set free", "team up with", "bail out"), British
forms ("rang", "agreed a deal", "came to the defence of") and the appeal subcode mirrored
from the act asked for ("a plea to Y to send troops": 0234).

Every sentence here was written for this test; each checks the line codes the act and finds
its target (data/cameo/verbs.txt, the "lexcoop8" blocks of roots 01-09).
"""
from __future__ import annotations

import re
from importlib import resources

import pytest

from test_events_coder import triples

CASES = [
    # 01 statements
    ("The Italian president sent a letter of condolence to the Greek prime minister after the ferry fire.",
     ("ITAGOV", "018", "GRCGOV")),
    ("The Nepalese prime minister conveyed a message of sympathy to the Indian government.", ("NPLGOV", "018", "INDGOV")),
    # 02 appeals
    ("The Sudanese government issued an appeal to the European Union for humanitarian aid.", ("SDNGOV", "0233", "IGOEUREEC")),
    ("Pakistan's finance minister asked the International Monetary Fund for a bailout.", ("PAKGOV", "0231", "IGOIMF")),
    ("The Somali president made a plea to the African Union to deploy more peacekeepers.", ("SOMGOV", "0234", "IGOOAU")),
    ("The Chilean foreign minister made a plea to the Bolivian government on Monday.", ("CHLGOV", "020", "BOLGOV")),
    ("The Moldovan government sought the assistance of Romania after the floods.", ("MDAGOV", "023", "ROM")),
    # 03 intent
    ("Iran signalled its readiness to negotiate with the European Union.", ("IRN", "036", "IGOEUREEC")),
    ("Seoul offered to resume rice shipments and food aid to Pyongyang.", ("KOR", "0333", "PRK")),
    ("Vietnam vowed to deepen economic ties with South Korea.", ("VNM", "0311", "KOR")),
    ("Portugal pledged support for Mozambique after the cyclone.", ("PRT", "032", "MOZ")),
    # 04 consult
    ("The Spanish foreign minister exchanged views with his Moroccan counterpart in Madrid.", ("ESPGOV", "040", "MARGOV")),
    ("The Afghan government opened negotiations with the Taliban in Doha.", ("AFGGOV", "046", "AFGREB")),
    ("The British prime minister held a fresh round of talks with the Irish prime minister.", ("GBRGOV", "040", "IRLGOV")),
    ("The Irish prime minister rang the British prime minister on Friday evening.", ("IRLGOV", "041", "GBRGOV")),
    ("The Pakistani army chief flew into Kabul on Tuesday.", ("PAKMIL", "042", "AFG")),
    ("The Japanese trade minister led a delegation to Seoul on Monday.", ("JPNGOV", "042", "KOR")),
    ("Seoul sent a senior envoy to Tokyo to discuss the export dispute.", ("KOR", "042", "JPN")),
    ("The Indian prime minister announced a visit to Bhutan.", ("INDGOV", "036", "BTN")),
    ("The Emir of Qatar played host to the Turkish president in Doha.", ("QATGOV", "043", "TURGOV")),
    ("The Spanish prime minister welcomed the Italian premier to Madrid on Friday.", ("ESPGOV", "043", "ITAGOV")),
    ("The Chilean president gave the Argentine president a warm welcome in Santiago.", ("CHLGOV", "043", "ARGGOV")),
    ("The Malian president paid a courtesy call on the Senegalese president.", ("MLIGOV", "042", "SENGOV")),
    ("Bahrain reopened its embassy in Syria after a decade.", ("BHR", "050", "SYR")),
    ("Norway acted as mediator between the Colombian government and the rebels.", ("NOR", "045", "COLGOV")),
    # 05 diplomatic cooperation
    ("The German chancellor heaped praise on the Dutch prime minister.", ("DEUGOV", "051", "NLDGOV")),
    ("The French president came to the defence of the Belgian government.", ("FRAGOV", "052", "BELGOV")),
    ("The Indonesian government came out in support of the Malaysian prime minister.", ("IDNGOV", "051", "MYSGOV")),
    ("Canada mended ties with India after a year of tension.", ("CAN", "050", "IND")),
    ("The Greek government clinched a deal with the Egyptian government on maritime borders.", ("GRCGOV", "057", "EGYGOV")),
    ("The British government agreed a deal with the Swiss government on financial services.", ("GBRGOV", "057", "CHEGOV")),
    # 06 material cooperation
    ("Poland teamed up with Lithuania to build a gas pipeline.", ("POL", "060", "LTU")),
    ("The Indian navy carried out joint exercises with the French navy.", ("INDMIL", "062", "FRAMIL")),
    ("Dutch police turned over a wanted smuggler to the Belgian authorities.", ("NLDCOP", "063", "BELGOV")),
    # 07 aid
    ("Qatar airlifted food and medicine to Afghanistan.", ("QAT", "073", "AFG")),
    ("The World Bank approved a $500 million loan for Kenya.", ("IGOWBK", "071", "KEN")),
    ("The European Union bailed out Portugal in May.", ("IGOEUREEC", "071", "PRT")),
    ("Sweden gave 40 million euros to Ethiopia.", ("SWE", "071", "ETH")),
    ("The Turkish government gave refuge to the Syrian opposition leader.", ("TURGOV", "075", "SYROPP")),
    # 08 yield
    ("The Thai government gave way to the students and withdrew the decree.", ("THAGOV", "080", "THAEDU")),
    ("Japan lifted its import curbs on Chinese seafood.", ("JPN", "085", "CHN")),
    ("The Malaysian government eased restrictions on Indonesian workers.", ("MYSGOV", "081", "IDNLAB")),
    ("A Ugandan court granted bail to the jailed opposition politician.", ("UGAJUD", "0841", "UGAOPP")),
    ("The Turkish government eased its blockade on the Armenian border.", ("TURGOV", "0872", "ARM")),
    ("The Paris Club agreed to reschedule Peru's debt over twelve years.", ("IGOPRC", "0331", "PER")),
    ("The Dutch government returned the looted bronze statues to Benin.", ("NLDGOV", "0842", "BEN")),
    # 09 investigate
    ("Spanish prosecutors opened a corruption inquiry into the former king.", ("ESPJUD", "091", "ESPELI")),
    ("The UN set up an inquiry into torture by Syrian security forces.", ("IGOUNO", "092", "SYRMIL")),
]


@pytest.mark.parametrize("text,triple", CASES)
def test_cooperative_phrasing_is_coded(text, triple):
    got = triples(text)
    assert triple in got, got


NOT_EVENTS = [
    # a modal is no act, and an economist's forecast names no actor pair
    "The two leaders could agree a deal on fishing rights next year.",
    "Analysts expect the central bank to ease controls on lending.",
    # "came out for the first time" endorses no one
    "The singer came out for the first time in an interview.",
    # a phrasal verb's particle is not optional: "set" alone is no release
    "The Kenyan government set a date for the election.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_a_cooperative_event(text):
    assert triples(text) == set()


def test_hosting_talks_between_others_stays_a_host_and_their_talks():
    got = triples("The Egyptian president hosted talks between the Sudanese and Ethiopian leaders in Cairo.")
    assert not any(code == "045" for _, code, _ in got)


def test_appeal_code_mirrors_the_act_asked_for():
    from dateline.events.coop import APPEAL_FOR_ACT
    from dateline.events.codebook import info, is_code

    for act, appeal in APPEAL_FOR_ACT.items():
        assert is_code(act) and is_code(appeal) and appeal[:2] == "02"
        assert info(act).root in ("04", "06", "07", "08")  # appeal14: 021x mirrors 06x


def test_particle_verbs_stand_alone_in_a_head_list():
    """ "carry_out|stage" would read as head "carry", particle "out|stage": a phrasal verb must
    be its own line (the grammar takes one particle for the whole head list)."""
    text = resources.files("dateline").joinpath("data/cameo/verbs.txt").read_text(encoding="utf-8")
    bad = [line for line in text.splitlines()
           if re.match(r"^\d{2,4}\s+\S*_\S*\|", line.split("#", 1)[0]) or re.match(r"^\d{2,4}\s+\S*\|\S*_", line)]
    assert bad == []


def test_a_conditional_offer_is_still_an_intention():
    """ "is willing to <act> if ...": an offer with a condition (CAMEO 03x); "would / will be
    (more) willing to ... if ..." stays a hypothetical stance (test_events_coop_rules)."""
    got = triples("Brazil is willing to cut its tariffs on Argentine wheat if Argentina lifts its quotas, the minister said.")
    assert ("BRA", "0354", "ARG") in got
    hedged = triples("Brazil would be willing to cut its tariffs on Argentine wheat if Argentina lifted its quotas.")
    assert not any(code.startswith("03") for _, code, _ in hedged)


def test_joint_drills_near_a_border_are_cooperation():
    """Drills near a state are force posture (150, lexconf8); "joint" drills of two named sides
    near their border are military cooperation between them (062, both ways)."""
    got = triples("The Kenyan army and Ugandan troops held joint exercises near their shared border.")
    assert {("KENMIL", "062", "UGAMIL"), ("UGAMIL", "062", "KENMIL")} <= got
    assert not any(code == "150" for _, code, _ in got)


@pytest.mark.parametrize("text,triple", [
    ("The Secretary-General of the United Nations called on Armenia and Azerbaijan to agree to a ceasefire.",
     ("IGOUNO", "0256", "ARM")),
    ("The Somali government asked Kenya to send more troops.", ("SOMGOV", "0234", "KEN")),
    ("The Red Cross urged Ethiopia to allow aid convoys into the region.", ("NGOIRC", "0255", "ETH")),
])
def test_an_appeal_takes_the_subcode_of_the_act_asked_for(text, triple):
    """general._appeal_for_asked_act: a plain 020 whose "to"-act the dictionary codes."""
    got = triples(text)
    assert triple in got, got


def test_an_appeal_for_an_act_with_no_mirror_stays_plain():
    got = triples("The Brazilian president asked the Senate to vote on the pension bill before June.")
    assert ("BRAGOV", "020", "BRALEG") in got
    # appeal14: a measure asked to be passed is a policy change, as "urged passage of the bill" (0242)
    assert ("BRAGOV", "0242", "BRALEG") in triples("The Brazilian president asked the Senate to pass the pension bill.")


@pytest.mark.parametrize("text,triple", [
    ("Ecuador received a 700 million dollar loan from the International Monetary Fund.", ("IGOIMF", "071", "ECU")),
    ("Japan will extend 300 mln dlrs in credits to Indonesia, officials said.", ("JPN", "0331", "IDN")),
])
def test_loans_received_and_credits_extended(text, triple):
    """A loan received is the lender's economic aid (coop.RECEIVED_ACTS); wire "extend X dlrs in
    credits to Y" is a loan extended (a future one: the intention, 0331)."""
    got = triples(text)
    assert triple in got, got


def test_a_purpose_after_the_thing_asked_for_is_not_the_act_asked():
    """ "asked Y for the use of its warships to protect ...": the appeal names its content with
    "for"; the "to"-clause is that content's purpose, so no 0234 mirror."""
    got = triples("Qatar asked Turkey for the use of its warships to protect Qatari tankers.")
    assert ("QAT", "020", "TUR") in got
    assert not any(code == "0234" for _, code, _ in got)


def test_readiness_to_resume_fighting_is_no_intent_to_meet():
    """The 036 lines name meeting verbs only: "readiness to resume" may be fighting or aid."""
    got = triples("The Sudanese rebels signalled their readiness to resume fighting against the army.")
    assert not any(code == "036" for _, code, _ in got)
