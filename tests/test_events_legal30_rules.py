"""legal30: courts, prosecutions and police as plain news states them (docs/evaluation/events-legal30.md).
Every sentence is our own, written in wire style.

- A court ordering a party to act, or blocking, halting or suspending its measure, rules against
  it (116); the ordered act is not coded as done. A conviction or sentence quashed, or an
  execution blocked, is a ruling for the person punished: no 116 toward them.
- A party doing what a court ordered it to yields to the court (080).
- An appeal lodged with a court, or a plea to a court, is a case brought before it (115).
- Bail refused keeps the accused detained (173); bail granted releases them (0841).
- A search of premises by police or prosecutors is a criminal inquiry (091) into their owner,
  or into the searching state's own people when no owner is named; a police raid on a home is
  such a search, not an attack (190); a manhunt for a suspect is one too. Rescuers searching
  houses inquire into nobody.
- People taken hostage are abducted (181): the captives are the people, not the word "hostage".
- An assassination is 186 whoever carries it out; a suicide or car bomber is a person (CVL),
  whose attack is the bombing (1831 / 1832), not a warplane's air strike (195).
- Unnamed people of no stated country whom a state jails or searches are that state's.
- An extradition requested "from" a state is asked of that state (0213).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "2024-03-14"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- courts: orders and blocks are rulings against the party --------------------------------

def test_a_court_ordering_a_party_to_act_rules_against_it():
    assert ("USAJUD", "116", "USAGOV") in coded_triples(
        "A judge in Washington ordered the administration to restore funding to the agency.", DAY)
    assert ("RUSJUD", "116", "USABUS") in coded_triples(
        "A Russian court ordered Google to pay a fine of 3 billion roubles.", DAY)
    assert ("PAKJUD", "116", "PAKGOV") in coded_triples(
        "ISLAMABAD - Pakistan's Supreme Court has ordered the government to hold elections within 90 days.", DAY)


def test_a_passive_court_order_rules_against_the_party_ordered():
    got = coded_triples("Facebook was ordered by a court to remove the post.", DAY)
    assert any(code == "116" and tgt == "USABUS" and src.endswith("JUD") for src, code, tgt in got)


def test_an_order_by_no_court_or_not_given_is_no_ruling():
    for text in ("The court did not order the government to change the law.",
                 "The court could order the company to pay damages.",
                 "The president ordered troops to withdraw from the border."):
        assert "116" not in _codes(coded_triples(text, DAY)), text


def test_a_court_blocking_or_halting_a_measure_rules_against_its_author():
    assert ("KENJUD", "116", "KENGOV") in coded_triples(
        "Kenya's High Court blocked the government's plan to send police officers to Haiti.", DAY)
    got = coded_triples("A federal judge temporarily halted the administration's plan to cut the program.", DAY)
    assert any(code == "116" and tgt.endswith("GOV") for _, code, tgt in got if tgt)
    got = coded_triples("A federal judge issued an injunction blocking the president's executive order.", DAY)
    assert any(code == "116" and tgt.endswith("GOV") for _, code, tgt in got if tgt)
    assert "144" not in _codes(got)


def test_others_blocking_keep_their_own_code():
    got = coded_triples("Protesters blocked the road to the airport.", DAY)
    assert "116" not in _codes(got)


def test_a_punishment_quashed_or_stopped_is_no_ruling_against_the_punished():
    for text in ("Pakistan's Supreme Court quashed the conviction of former prime minister Imran Khan.",
                 "A court in Tunis quashed the sentence of the opposition leader.",
                 "The Supreme Court blocked the execution of the prisoner."):
        assert "116" not in _codes(coded_triples(text, DAY)), text
    # a government's measure overturned stays a ruling against the government
    assert ("FRAJUD", "116", "FRAGOV") in coded_triples("An appeals court in Paris overturned the ban on the protest.", DAY)


def test_doing_what_a_court_ordered_yields_to_the_court():
    assert ("USABUS", "080", "AUTJUD") in coded_triples(
        "Facebook removed the video after a court in Vienna ordered it to do so.", DAY)


# --- appeals lodged with a court ----------------------------------------------------------------

def test_an_appeal_lodged_with_a_court_is_a_case_before_it():
    got = coded_triples("The ministry filed an appeal with the Constitutional Court on Monday.", DAY)
    assert any(code == "115" and src.endswith("GOV") and tgt.endswith("JUD") for src, code, tgt in got if tgt)
    got = coded_triples("The government appealed to the Supreme Court.", DAY)
    assert any(code == "115" and tgt.endswith("JUD") for _, code, tgt in got if tgt)
    assert "020" not in _codes(got)


def test_an_appeal_not_lodged_is_no_case():
    for text in ("Thailand's opposition leader said he would appeal against the verdict.",
                 "No lawsuit has been filed against the police."):
        assert "115" not in _codes(coded_triples(text, DAY)), text


# --- bail -----------------------------------------------------------------------------------------

def test_bail_refused_detains_and_bail_granted_releases():
    got = coded_triples("A court in Hong Kong denied bail to the media tycoon Jimmy Lai.", DAY)
    assert any(src == "HKGJUD" and code == "173" for src, code, _ in got)
    got = coded_triples("A judge granted bail to the opposition leader on Friday.", DAY)
    assert any(code == "0841" and src.endswith("JUD") and tgt.endswith("OPP") for src, code, tgt in got if tgt)


# --- searches, raids and manhunts --------------------------------------------------------------

def test_a_police_search_of_premises_is_an_inquiry_into_their_owner():
    assert ("PAKCOP", "091", "PAKMED") in coded_triples("Police searched the homes of three journalists in Islamabad.", DAY)
    got = coded_triples("Prosecutors raided the headquarters of the ruling party in Seoul.", DAY)
    assert any(code == "091" and src.endswith("JUD") for src, code, _ in got)


def test_unnamed_houses_searched_are_the_searching_states_people():
    assert ("BELCOP", "091", "BELCVL") in coded_triples("BRUSSELS - Belgian police searched two more houses on Sunday.", DAY)


def test_a_police_raid_on_a_home_is_a_search_not_an_attack():
    got = coded_triples("Police raided the home of the opposition leader early on Tuesday.", DAY)
    assert any(code == "091" and tgt.endswith("OPP") for _, code, tgt in got if tgt)
    assert "190" not in _codes(got)


def test_rescuers_searching_houses_inquire_into_nobody():
    for text in ("Rescue workers searched the houses for survivors after the earthquake.",
                 "Rescue workers searched the rubble for survivors."):
        assert "091" not in _codes(coded_triples(text, DAY)), text


def test_a_manhunt_for_a_suspect_is_a_criminal_inquiry():
    got = coded_triples("Police launched a manhunt for the escaped prisoner.", DAY)
    assert any(code == "091" and src.endswith("COP") and tgt.endswith("CVL") for src, code, tgt in got if tgt)
    assert coded_triples("A manhunt was launched for the suspects.", DAY) == set()


# --- hostages, assassinations, bombers ---------------------------------------------------------

def test_people_taken_hostage_are_the_captives():
    got = coded_triples("A gunman took two French tourists hostage in Niger.", DAY)  # unnamed48: not an unnamed band
    assert any(code == "181" and tgt == "FRACVL" for _, code, tgt in got)
    got = coded_triples("Hamas militants took more than 200 people hostage.", DAY)
    assert any(code == "181" and tgt and tgt.endswith("CVL") for _, code, tgt in got)


def test_an_assassination_is_186_whoever_the_assassins_are():
    got = coded_triples("Taliban gunmen assassinated the governor of Kandahar province on Thursday.", DAY)  # unnamed48
    assert any(code == "186" and tgt == "AFGGOV" for _, code, tgt in got)
    assert "182" not in _codes(got)


def test_a_suicide_bomber_is_a_person_and_the_attack_a_bombing():
    got = coded_triples("A suicide bomber killed 12 soldiers at a checkpoint in Somalia.", DAY)
    assert ("SOMCVL", "1831", "SOMMIL") in got
    assert not any(src.endswith("MIL") for src, _, _ in got)
    # a warplane bomber stays an air attack by the military
    assert ("RUSMIL", "195", "SYR") in coded_triples("Russian bombers struck targets in Syria.", DAY)


# --- countries of people held; extradition ---------------------------------------------------

def test_unnamed_people_of_no_country_held_by_a_state_are_its_own():
    assert ("TUR", "173", "TURMED") in coded_triples("Turkey jailed three journalists on terrorism charges.", DAY)
    # a nationality of their own is kept
    assert ("RUS", "173", "USAMED") in coded_triples("Russia detained an American journalist on spying charges.", DAY)


def test_an_extradition_requested_from_a_state_is_asked_of_it():
    assert ("ARG", "0213", "ESP") in coded_triples(
        "Argentina requested the extradition of the former president from Spain.", DAY)


# --- the crowd police force is used on ---------------------------------------------------------

def test_a_crowd_named_in_a_purpose_clause_is_the_protesters():
    assert ("KENCOP", "175", "KENOPP") in coded_triples("NAIROBI - Police fired tear gas to break up the rally.", DAY)
    got = coded_triples("Police used water cannon to disperse the crowd outside parliament in Tbilisi.", DAY)
    assert ("GEOCOP", "175", "GEOOPP") in got and not any(tgt == "GEOLEG" for _, _, tgt in got)


def test_police_opening_fire_on_a_crowd_repress_protesters():
    assert ("BGDCOP", "175", "BGDOPP") in coded_triples("DHAKA - Police opened fire on the crowd.", DAY)


def test_a_crowd_that_police_did_not_fire_on_is_no_target():
    got = coded_triples("DHAKA - Police did not open fire on the crowd.", DAY)
    assert "175" not in _codes(got)


# --- international courts rule too -------------------------------------------------------------

def test_an_international_court_finding_or_ordering_rules_against_a_state():
    assert ("IGOCOE", "116", "TUR") in coded_triples(
        "The European Court of Human Rights found that Turkey had violated the rights of the jailed politician.", DAY)
    assert ("IGOUNO", "116", "ISR") in coded_triples(
        "The International Court of Justice ordered Israel to prevent acts of genocide in Gaza.", DAY)


def test_a_finding_by_no_court_is_no_ruling():
    assert "116" not in _codes(coded_triples("The hospital found him positive for the virus.", DAY))


def test_a_bail_plea_rejected_keeps_the_accused_detained():
    assert ("INDJUD", "173", "INDGOV") in coded_triples("A court in Chennai rejected the bail plea of the minister.", DAY)
    assert ("INDJUD", "173", "INDGOV") in coded_triples(
        "A court in Chennai rejected the minister's application for bail.", DAY)
    # any other appeal rejected stays the court's ruling against the appellant
    got = coded_triples("The Supreme Court rejected the government's appeal on Tuesday.", DAY)
    assert "173" not in _codes(got)


# --- a measure declared unlawful -------------------------------------------------------------------

def test_a_measure_declared_unconstitutional_is_ruled_against_its_author():
    assert ("BRAJUD", "116", "BRAGOV") in coded_triples("Brazil's Supreme Court declared the decree unconstitutional on Thursday.", DAY)
    assert ("BRAJUD", "116", "BRAGOV") in coded_triples(
        "Brazil's Supreme Court declared the president's decree unconstitutional on Thursday.", DAY)


def test_a_declaration_by_no_court_is_no_ruling():
    assert "116" not in _codes(coded_triples("The president declared the protests illegal.", DAY))


# --- a court's finding told as speech -------------------------------------------------------------

def test_a_court_saying_an_act_was_unlawful_rules_against_its_author():
    got = coded_triples("LONDON - The court said the prime minister's advice to the king was unlawful.", DAY)
    assert ("GBRJUD", "116", "GBRGOV") in got and "111" not in _codes(got)
    assert ("GBRJUD", "116", "GBRGOV") in coded_triples("LONDON - The court held that the law was unconstitutional.", DAY)
    assert ("GBRJUD", "116", "GBRGOV") in coded_triples(
        "LONDON - The judges found that the prime minister had acted unlawfully.", DAY)


def test_a_court_finding_an_act_lawful_or_a_minister_calling_one_illegal_is_no_ruling():
    for text in ("LONDON - The court said the law was constitutional.",
                 "LONDON - The minister said the strike was illegal."):
        assert "116" not in _codes(coded_triples(text, DAY)), text


def test_state_forces_killing_protesters_repress_them():
    assert ("SDNMIL", "175", "SDNOPP") in coded_triples(
        "KHARTOUM - Security forces killed 20 protesters on Thursday, doctors said.", DAY)
    # suspects shot dead by police stay a killing, and so do protesters killed by rebels
    assert ("NGACOP", "1823", "NGACVL") in coded_triples("Nigerian police shot dead six robbery suspects.", DAY)
    assert "175" not in _codes(coded_triples("Rebels killed 20 protesters in the town.", DAY))
