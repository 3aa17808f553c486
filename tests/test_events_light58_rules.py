"""light58: acts carried by a light verb's object noun or by a second object, whose verb frame
the coder did not take (silent_words "verb, frame not taken").

- "granted the Chechen fighters an amnesty": the small model hangs the thing granted on the
  receiver as its own object; frames._second_object takes it as the verb's (as the apposition).
- verbs.txt light58 block: a licence issued to X (061); concessions made to X (080) or offered
  (035); a request or plea "for" something sent or made to X is an appeal (020, refined by what
  is asked), not the aid itself (070); parties named, branded or designated "as terrorists" are
  accused (112; frames.LABELLING_VERBS has designate and name); ties sealed (057).
- coop._aid_kind: "debt relief" is economic (0231), the modifier before the noun.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


# ---------------------------------------------------------------- the second object misparsed

def test_amnesty_granted_to_fighters_as_second_object() -> None:
    got = coded_triples(wire_story("MOSCOW", "1996-08-30",
                                   "President Boris Yeltsin granted the Chechen separatist fighters an amnesty, the Kremlin said."),
                        "1996-08-30")
    assert ("RUSGOV", "0841", "RUSREB") in got


def test_amnesty_granted_to_rebels_wire_1987() -> None:
    got = coded_triples(wire_story("MANILA", "1987-03-12",
                                   "President Corazon Aquino on Thursday granted 40 surrendered communist rebels a full amnesty."),
                        "1987-03-12")
    assert ("PHLGOV", "0841", "PHLREB") in got


def test_granted_that_is_no_release() -> None:
    got = coded_triples(wire_story("MOSCOW", "1996-08-30",
                                   "The Russian Prime Minister Viktor Chernomyrdin granted that mistakes had been made in Chechnya."),
                        "1996-08-30")
    assert not any(c.startswith("084") for _, c, _ in got)


# ---------------------------------------------------------------- licences issued

def test_banking_licence_issued_to_a_foreign_bank() -> None:
    got = coded_triples(wire_story("PEKING", "1987-04-02",
                                   "The Chinese government has issued a banking licence to Japan's Sanwa Bank Ltd, the first "
                                   "such licence for a foreign bank in Shanghai."), "1987-04-02")
    assert ("CHNGOV", "061", "JPNBUS") in got


def test_operating_licence_issued_to_a_firm() -> None:
    got = coded_triples(wire_story("NEW DELHI", "1996-05-14",
                                   "India issued an operating licence to U.S. firm Enron Corp for its power project in Maharashtra."),
                        "1996-05-14")
    assert ("IND", "061", "USABUS") in got


def test_issued_statement_is_no_licence() -> None:
    got = coded_triples(wire_story("NEW DELHI", "1996-05-14",
                                   "The Indian Finance Ministry issued a statement on Tuesday saying the budget would be "
                                   "presented next month."), "1996-05-14")
    assert not any(c == "061" for _, c, _ in got)


# ---------------------------------------------------------------- concessions

def test_concession_made_to_a_state() -> None:
    got = coded_triples(wire_story("BRUSSELS", "1987-03-12",
                                   "The European Community made a major concession to the United States on farm subsidies."),
                        "1987-03-12")
    assert ("IGOEUREEC", "080", "USA") in got


def test_concessions_made_to_rebels() -> None:
    got = coded_triples(wire_story("MOSCOW", "1996-08-30",
                                   "The Russian government made new concessions to the Chechen rebels on Friday."), "1996-08-30")
    assert ("RUSGOV", "080", "RUSREB") in got


def test_concessions_offered_are_an_intent() -> None:
    got = coded_triples("The British government offered concessions to the European Union over the Irish backstop.",
                        "2019-06-10")
    assert ("GBRGOV", "035", "IGOEUREEC") in got
    assert not any(c == "080" for _, c, _ in got)


def test_no_concessions_made() -> None:
    got = coded_triples(wire_story("MOSCOW", "1996-08-30",
                                   "The Russian government made no concessions to the Chechen rebels on Friday."), "1996-08-30")
    assert not any(c in ("080", "035") for _, c, _ in got)


# ---------------------------------------------------------------- requests and pleas

def test_request_for_aid_sent_to_congress_is_an_appeal() -> None:
    got = coded_triples(wire_story("WASHINGTON", "1987-03-12",
                                   "President Reagan sent to Congress a request for 105 mln dlrs in aid for the Nicaraguan rebels."),
                        "1987-03-12")
    assert any(s == "USAGOV" and c.startswith("02") and t == "USALEG" for s, c, t in got), got
    assert not any(c.startswith("07") for _, c, _ in got)


def test_plea_for_debt_relief_is_economic() -> None:
    got = coded_triples(wire_story("LIMA", "1987-03-12",
                                   "Peru made a strong plea for debt relief to the International Monetary Fund."), "1987-03-12")
    assert ("PER", "0231", "IGOIMF") in got


# ---------------------------------------------------------------- terrorist labels

def test_named_as_terrorists() -> None:
    got = coded_triples(wire_story("ANKARA", "1987-03-12",
                                   "Turkish Prime Minister Turgut Ozal named the Kurdish rebels as terrorists."), "1987-03-12")
    assert ("TURGOV", "112", "TURREB") in got


def test_named_as_terrorist_organisation() -> None:
    got = coded_triples("Turkish President Recep Tayyip Erdogan named the PKK as a terrorist organisation.", "2019-10-10")
    assert ("TURGOV", "112", "TURREB") in got


def test_designated_a_terrorist_organisation() -> None:
    got = coded_triples("The Trump administration designated Iran's Revolutionary Guard a terrorist organisation.",
                        "2019-10-10")
    assert any(s == "USAGOV" and c == "112" and t.startswith("IRN") for s, c, t in got), got


def test_named_new_manager_is_no_accusation() -> None:
    for text in ("Manchester United named Ole Gunnar Solskjaer as their new manager.",
                 "The club named Frank Lampard its new manager on Thursday."):
        got = coded_triples(text, "2019-10-10")
        assert not any(c.startswith("11") for _, c, _ in got), (text, got)


def test_named_candidate_wire_is_no_accusation() -> None:
    got = coded_triples(wire_story("LONDON", "1987-03-12",
                                   "The Labour Party named Neil Kinnock as its candidate for the post."), "1987-03-12")
    assert not any(c.startswith("11") for _, c, _ in got)


def test_designation_that_might_come_is_not_coded() -> None:
    got = coded_triples("Trump said he might designate the group a terrorist organisation.", "2019-10-10")
    assert not any(c == "112" for _, c, _ in got)


# ---------------------------------------------------------------- ties sealed

def test_closer_ties_sealed_by_two_premiers() -> None:
    got = coded_triples(wire_story("KIEV", "1996-08-30",
                                   "Russian Prime Minister Viktor Chernomyrdin and Ukrainian Prime Minister Pavlo Lazarenko "
                                   "sealed closer ties during talks in Kiev."), "1996-08-30")
    assert ("RUSGOV", "057", "UKRGOV") in got and ("UKRGOV", "057", "RUSGOV") in got


def test_closer_links_sealed_with_a_government() -> None:
    got = coded_triples("China's government sealed closer links with Pakistan's government on Monday.", "2019-10-10")
    assert ("CHNGOV", "057", "PAKGOV") in got


# ---------------------------------------------------------------- the thing given under the receiver (granted_things)

def test_pardon_after_the_receivers_description() -> None:
    got = coded_triples("President Donald Trump granted Conrad Black, the former newspaper publisher, a full pardon.",
                        "2019-06-10")
    assert any(s == "USAGOV" and c == "0841" and t is not None for s, c, t in got), got


def test_amnesty_after_a_former_office() -> None:
    got = coded_triples(wire_story("MOSCOW", "1996-08-30",
                                   "The State Duma granted Alexander Rutskoi, formerly Russia's vice-president, an amnesty."),
                        "1996-08-30")
    assert any(s == "RUSLEG" and c == "0841" and t is not None and t.startswith("RUS") for s, c, t in got), got


def test_pardon_read_as_adverbial_noun() -> None:
    got = coded_triples(wire_story("MOSCOW", "1987-03-12",
                                   "Mikhail Gorbachev granted 140 jailed dissidents a pardon, Tass said."), "1987-03-12")
    assert ("RUSGOV", "0841", "RUSOPP") in got


def test_formerly_makes_an_office_former() -> None:
    got = coded_triples("Trump granted David Hossein Safavian, formerly the General Services Administration's chief of "
                        "staff, a full and unconditional pardon.", "2020-02-19")
    assert ("USAGOV", "0841", "USAELI") in got


def test_description_alone_gives_nothing() -> None:
    for text in ("Trump granted Conrad Black, the former newspaper publisher.",
                 "The committee gave Smith, a former aide, a hearing on Tuesday."):
        got = coded_triples(text, "2019-06-10")
        assert not any(c.startswith("08") for _, c, _ in got), (text, got)


def test_commutation_given() -> None:
    got = coded_triples("Trump gave former Illinois governor Rod Blagojevich a commutation of his sentence.", "2020-02-19")
    assert ("USAGOV", "0841", "USAELI") in got


# ---------------------------------------------------------------- the indirect object before a nested "to"

def test_protest_handed_to_ambassador_not_to_taiwan() -> None:
    got = coded_triples(wire_story("BEIJING", "2019-06-10",
                                   "China handed the U.S. ambassador a formal protest over the arms sale to Taiwan."),
                        "2019-06-10")
    assert ("CHN", "114", "USAGOV") in got
    assert not any(t == "TWN" for _, _, t in got)


# ---------------------------------------------------------------- what an appeal asks for, on the light verb

def test_request_to_the_imf_for_a_loan() -> None:
    got = coded_triples("South Africa's government made a formal request to the International Monetary Fund for a loan.",
                        "2019-06-10")
    assert ("ZAFGOV", "0231", "IGOIMF") in got


def test_request_for_credits_wire() -> None:
    got = coded_triples(wire_story("MANILA", "1987-03-12",
                                   "The Philippine government made an urgent request to the International Monetary Fund "
                                   "for new credits."), "1987-03-12")
    assert ("PHLGOV", "0231", "IGOIMF") in got


# ---------------------------------------------------------------- offers made of aid, talks, mediation, a truce

def test_offer_of_economic_help() -> None:
    got = coded_triples(wire_story("LONDON", "1996-08-30",
                                   "British Prime Minister John Major made an offer of economic help to Ireland on Friday."),
                        "1996-08-30")
    assert ("GBRGOV", "0331", "IRL") in got


def test_offer_of_talks_renewed() -> None:
    got = coded_triples(wire_story("KABUL", "1987-03-12",
                                   "The Afghan government renewed its offer of talks to the Moslem guerrillas on Thursday."),
                        "1987-03-12")
    assert ("AFGGOV", "036", "AFGREB") in got


def test_offer_of_mediation_and_of_a_truce() -> None:
    assert ("NOR", "039", "VENGOV") in coded_triples("Norway made an offer of mediation to the Venezuelan government.",
                                                     "2019-06-10")
    got = coded_triples(wire_story("MOSCOW", "1996-08-30",
                                   "Russian Prime Minister Viktor Chernomyrdin made an offer of a truce to the Chechen separatists."),
                        "1996-08-30")
    assert ("RUSGOV", "0356", "RUSREB") in got


def test_money_offer_for_a_company_and_no_offer_made() -> None:
    assert not any(c.startswith("03") for _, c, _ in coded_triples(
        "Apple made an offer of 20 billion dollars for the company.", "2019-06-10"))
    got = coded_triples(wire_story("MOSCOW", "1996-08-30", "The government did not make any offer of talks to the rebels."),
                        "1996-08-30")
    assert not any(c == "036" for _, c, _ in got)


# ---------------------------------------------------------------- trade routed through a neighbour, stopped

def test_exports_through_a_neighbour_stopped_is_a_boycott() -> None:
    got = coded_triples(wire_story("HARARE", "1987-03-12",
                                   "Zimbabwe has stopped shipping its tobacco exports through South Africa, the Herald "
                                   "newspaper said."), "1987-03-12")
    assert ("ZWE", "163", "ZAF") in got


def test_goods_through_a_neighbour_halted() -> None:
    got = coded_triples(wire_story("MINSK", "1996-08-30",
                                   "Belarus halted sending its goods through Lithuania after the border dispute."), "1996-08-30")
    assert ("BLR", "163", "LTU") in got


def test_exports_through_a_neighbour_begun() -> None:
    got = coded_triples(wire_story("LUSAKA", "1987-03-12",
                                   "Zambia began sending its copper exports through Tanzania last month."), "1987-03-12")
    assert ("ZMB", "061", "TZA") in got


def test_not_stopped_and_letters_through_the_post() -> None:
    got = coded_triples(wire_story("LUSAKA", "1987-03-12",
                                   "Zambia did not stop sending its copper exports through South Africa."), "1987-03-12")
    assert not any(c == "163" for _, c, _ in got)
    assert not any(c in ("061", "163") for _, c, _ in coded_triples("The company stopped sending letters through the post.",
                                                                  "2019-06-10"))


def test_licence_awarded_with_the_name_between_two_objects() -> None:
    got = coded_triples(wire_story("ALMATY", "1996-08-30",
                                   "Kazakhstan's government awarded the U.S. oil company Chevron a new exploration licence."),
                        "1996-08-30")
    assert ("KAZGOV", "061", "USABUS") in got
    assert not any(c == "051" for _, c, _ in got)


def test_contract_awarded_after_the_firms_description() -> None:
    got = coded_triples(wire_story("PEKING", "1987-03-12",
                                   "China awarded Occidental Petroleum, the Los Angeles oil company, a contract to develop "
                                   "a coal mine."), "1987-03-12")
    assert ("CHN", "061", "USABUS") in got


def test_call_given_after_a_description_is_no_act_of_giving() -> None:
    got = coded_triples("The president gave Johnson, his former adviser, a call on Friday.", "2019-06-10")
    assert not any(c[:2] in ("06", "07", "08") for _, c, _ in got)


# ---------------------------------------------------------------- an act labelled terrorist accuses no party (terror_labels)

def test_act_described_as_terrorist_accuses_no_party() -> None:
    got = coded_triples(wire_story("KHARTOUM", "1996-08-30",
                                   "Iraq's ambassador condemned the hijacking and described it as a terrorist act."),
                        "1996-08-30")
    assert not any(c == "112" for _, c, _ in got)
    assert not any(c == "112" for _, c, _ in coded_triples("Erdogan described the bombing as a terrorist attack.",
                                                          "2019-10-10"))
