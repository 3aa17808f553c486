"""codes29: acts that plain news sentences state and the coder missed or miscoded
(docs/evaluation/events-codes29.md). Every sentence is our own, written in wire style.

- Joining an alliance or an international organisation is accession to its treaty (057 toward
  the organisation); leaving one, or withdrawing from an agreement, reduces relations (160 toward
  the organisation or the agreement's "with" partner). A union or league at home joined or left
  is no membership, a vote to leave is a vote result, and a treaty's own name holds no party.
- An agreement restored or revived is entered into again (057; agreed to: 030).
- Weapons named by their system are military aid when sent (072 / 0332) and asked for (0232).
- A threat reads its 13x off the threatened act: supplies cut off are an embargo (1312), ties cut
  a break of relations (1313).
- A ceasefire appealed for is asked de-escalation (0256), as a ceasefire called for is.
- An attack told as the circumstance of a harm ("was killed in a US raid in Syria") hits the one
  harmed, not the place; when the verb of harm took the attack noun ("killed in an Israeli
  airstrike") the noun's owner is the attacker.
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "2024-03-14"


def _codes(triples, source):
    return {code for src, code, _ in triples if src == source}


# --- joining and leaving organisations and treaties -------------------------------------------

def test_a_state_joining_an_alliance_or_organisation_enters_its_treaty():
    assert ("FIN", "057", "IGONAT") in coded_triples("Finland joined NATO on Tuesday.", DAY)
    assert ("SWE", "057", "IGOEUREEC") in coded_triples("Sweden formally joined the European Union on Monday.", DAY)
    assert ("CHN", "057", "IGOWTO") in coded_triples("China acceded to the World Trade Organization on Tuesday.", DAY)


def test_a_state_leaving_an_organisation_reduces_relations_with_it():
    assert ("GBR", "160", "IGOEUREEC") in coded_triples("Britain left the European Union on Friday.", DAY)
    got = coded_triples("The United States pulled out of the World Health Organization.", DAY)
    assert ("USA", "160", "IGOUNO") in got and not any(code == "087" for _, code, _ in got)


def test_withdrawing_from_a_deal_reduces_relations_with_its_partner():
    assert ("RUS", "160", "UKR") in coded_triples("Russia withdrew from the Black Sea grain deal with Ukraine.", DAY)
    assert ("USA", "160", "IRN") in coded_triples("The United States withdrew from the nuclear deal with Iran.", DAY)


def test_a_treaty_named_after_forces_has_no_party_in_its_name():
    got = coded_triples("Russia withdrew from the Treaty on Conventional Armed Forces in Europe.", DAY)
    assert not any(tgt == "RUSMIL" for _, _, tgt in got)


def test_a_union_or_league_at_home_is_no_membership():
    for text in ("Workers joined the union on Monday.", "Workers pulled out of the union on Monday.",
                 "The Labour mayor quit the party's youth league."):
        got = coded_triples(text, DAY)
        assert not any(code in ("057", "160") for _, code, _ in got), text


def test_a_vote_to_leave_is_a_vote_result():
    got = coded_triples("The United Kingdom voted to leave the European Union in a referendum.", DAY)
    assert not any(code == "160" for _, code, _ in got)


def test_a_negated_accession_is_not_coded():
    got = coded_triples("Finland did not join NATO on Tuesday.", DAY)
    assert not any(code == "057" for _, code, _ in got)


# --- agreements restored --------------------------------------------------------------------

def test_a_pact_restored_is_an_agreement_and_agreeing_to_restore_it_an_intent():
    assert {("JPN", "057", "KOR"), ("KOR", "057", "JPN")} <= coded_triples(
        "Japan and South Korea restored their intelligence-sharing pact.", DAY)
    assert {("JPN", "030", "KOR"), ("KOR", "030", "JPN")} <= coded_triples(
        "Japan and South Korea agreed to restore their intelligence-sharing pact.", DAY)


# --- weapons named by their system ----------------------------------------------------------

def test_air_defence_systems_sent_or_asked_for_are_military_aid():
    assert ("DEU", "0332", "UKR") in coded_triples("Germany will send Patriot air defence systems to Ukraine.", DAY)
    assert ("UKR", "0232", "DEU") in coded_triples("Ukraine asked Germany for more air defence systems on Monday.", DAY)


def test_a_defence_minister_sent_is_no_weapon():
    got = coded_triples("Germany sent its defence minister to Ukraine on Monday.", DAY)
    assert not any(code in ("072", "0332") for _, code, _ in got)


# --- threats read off the threatened act ----------------------------------------------------

def test_a_threat_to_cut_off_supplies_is_an_embargo_threat_and_to_cut_ties_a_break():
    assert ("RUS", "1312", "MDA") in coded_triples("Russia threatened to cut off gas supplies to Moldova.", DAY)
    assert ("IRN", "1313", "AZE") in coded_triples("Iran threatened to cut ties with Azerbaijan.", DAY)


# --- appeals --------------------------------------------------------------------------------

def test_a_ceasefire_appealed_for_is_asked_de_escalation():
    got = coded_triples("Qatar appealed to Israel for a ceasefire on Sunday.", DAY)
    assert ("QAT", "0256", "ISR") in got


# --- the victim of an attack told by its harm -----------------------------------------------

def test_the_one_killed_in_a_raid_is_its_target_not_the_place():
    got = coded_triples("The ISIS leader was killed in a US raid in Syria.", DAY)
    assert ("USA", "190", "SYR") not in got
    assert any(src == "USA" and code == "190" and tgt and tgt.endswith(("REB", "ISI")) for src, code, tgt in got)


def test_killed_in_an_airstrike_names_the_owner_as_attacker():
    assert ("ISR", "195", "PSEREB") in coded_triples(
        "A senior Hamas commander was killed in an Israeli airstrike in Gaza on Tuesday.", DAY)
    assert ("ISR", "195", "LBNREB") in coded_triples(
        "A Hezbollah commander died in an Israeli drone strike in southern Lebanon.", DAY)


def test_wounded_in_an_attack_is_one_event():
    got = coded_triples("Two Afghan soldiers were wounded in a Taliban attack in Kandahar.", DAY)
    assert ("AFGREB", "190", "AFGMIL") in got and len(got) == 1


def test_unnamed_victims_do_not_take_the_attackers_country():
    got = coded_triples("Two civilians were killed in the Iraqi bombing on Tuesday.", DAY)
    assert not any(tgt == "IRQCVL" for _, _, tgt in got)


def test_an_accident_is_no_attack():
    assert not any(code[:2] in ("18", "19") for _, code, _ in coded_triples("A man was killed in a car accident in Kenya.", DAY))


# --- aid, training, sanctions and suspensions -----------------------------------------------

def test_money_in_aid_is_coded_by_the_kind_of_aid():
    assert ("USA", "072", "UKR") in coded_triples("The United States gave Ukraine $300 million in military aid.", DAY)
    assert ("JPN", "073", "SYR") in coded_triples("Japan sent $2 million in humanitarian aid to Syria.", DAY)
    assert ("IGOEUREEC", "071", "UKR") in coded_triples("The European Union approved 50 billion euros in aid for Ukraine.", DAY)


def test_pilots_offered_training_is_intended_military_cooperation():
    got = coded_triples("Germany offered to train Ukrainian pilots.", DAY)
    assert any(src == "DEU" and code == "0312" and (tgt or "").startswith("UKR") for src, code, tgt in got)


def test_assets_frozen_abroad_are_a_sanction_and_at_home_a_seizure():
    assert ("USA", "163", "RUSBUS") in coded_triples("The United States froze the assets of three Russian banks.", DAY)
    got = coded_triples("Kenyan police froze the bank accounts of the suspect.", DAY)
    assert ("KENCOP", "1711", "KENCVL") in got and not any(code == "163" for _, code, _ in got)


def test_an_organisation_suspending_a_member_state_reduces_relations():
    got = coded_triples("The African Union suspended Niger after the coup.", DAY)
    assert any(code == "160" and src.startswith("IGO") and tgt == "NER" for src, code, tgt in got)


def test_a_party_suspending_its_senator_is_no_membership_reduction():
    got = coded_triples("The party suspended the senator over the remarks.", DAY)
    assert not any(code == "160" for _, code, _ in got)


def test_a_vessel_detained_is_property_seized_and_people_detained_are_arrested():
    assert ("VNM", "1711", "CHN") in coded_triples("Vietnam detained three Chinese fishing boats.", DAY)
    got = coded_triples("Police detained three men in Nairobi.", DAY)
    assert any(code == "173" for _, code, _ in got) and not any(code == "1711" for _, code, _ in got)


# --- a trip's destination is no addressee ---------------------------------------------------

def test_a_protest_against_a_visit_goes_to_the_visitor_not_the_visits_destination():
    got = coded_triples("The Chinese government protested against the visit of the Taiwanese president "
                        "to the United States.", DAY)
    assert ("CHNGOV", "114", "TWNGOV") in got
    assert not any(src == "CHNGOV" and tgt == "USA" for src, _, tgt in got)


def test_a_protest_lodged_with_a_state_keeps_its_addressee():
    assert ("CHN", "114", "JPN") in coded_triples(
        "China lodged a protest with Japan over the visit of its defence minister to Taiwan.", DAY)


def test_soldiers_trained_are_the_army_trained():
    assert ("GBR", "062", "UKRMIL") in coded_triples("Britain trained Ukrainian soldiers.", DAY)


# --- wire-copy shapes the parser misreads ---------------------------------------------------

def test_an_accusation_summed_up_as_a_charge_someone_denied_is_still_made():
    got = coded_triples("Russia accused Ukraine of attacking a power plant, a charge Kyiv denied.", DAY)
    assert {("RUS", "1123", "UKR"), ("UKR", "016", "RUS")} <= got
    got = coded_triples("China accused the Philippines of provoking the incident, an allegation Manila rejected.", DAY)
    assert ("CHN", "112", "PHL") in got


def test_an_accusation_denied_in_a_that_clause_stays_denied():
    got = coded_triples("Kyiv denied that Russia accused it of attacking the plant.", DAY)
    assert not any(code.startswith("112") for _, code, _ in got)


def test_a_wire_dateline_is_no_agent():
    got = coded_triples("NAIROBI, March 14 (Reuters) - Kenya's president met the visiting Ugandan leader on Thursday.", DAY)
    assert ("KENGOV", "040", "UGAGOV") in got and not any(src == "KEN" for src, _, _ in got)


# --- speech forms: announced harm, refused and backed applications ---------------------------

def test_a_harsh_response_announced_is_a_threat_and_a_plain_response_none():
    assert ("IRNGOV", "130", "ISR") in coded_triples(
        "Iran's supreme leader warned that Israel would face a harsh response.", DAY)
    got = coded_triples("The minister said the union would face a response from the ministry.", DAY)
    assert not any(code.startswith("13") for _, code, _ in got)


def test_a_membership_bid_not_approved_is_rejected_and_one_backed_endorsed():
    assert ("TUR", "120", "SWE") in coded_triples("Turkey said it would not approve Sweden's membership of NATO.", DAY)
    assert ("HUN", "120", "UKR") in coded_triples("Hungary will not approve Ukraine's bid to join the European Union.", DAY)
    assert ("TUR", "051", "SWE") in coded_triples("Turkey approved Sweden's membership of NATO.", DAY)
    assert ("DEU", "051", "UKR") in coded_triples("Germany backed Ukraine's bid to join the European Union.", DAY)
