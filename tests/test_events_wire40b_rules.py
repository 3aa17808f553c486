"""wire40b: whole Reuters-style stories of late 1996 on the Middle East, Africa and western
Europe (docs/evaluation/events-wire40b.md). Every story is our own, a dateline paragraph first,
one sentence a paragraph as the CoNLL rebuild has it."""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- a denial joined by "and" to a second act toward the same accuser (events/joint_denials.py)

def test_denial_and_recall_of_the_ambassador_both_stand():
    got = _story("ASMARA 1996-10-24", "Eritrea accused Sudan of spying.",
                 "Sudan denied the charge and recalled its ambassador from Asmara.")
    assert ("SDN", "016", "ERI") in got
    assert ("SDN", "161", "ERI") in got


def test_denial_and_counter_accusation_both_stand():
    got = _story("BAGHDAD 1996-11-20", "Ekeus accused Iraq of hiding missiles.",
                 "Iraq denied the charge and accused Ekeus of lying.")
    assert ("IRQ", "016", "IGOUNO") in got
    assert ("IRQ", "1121", "IGOUNO") in got


def test_denial_with_a_labelling_participle_keeps_one_triple():
    got = _story("BAGHDAD 1996-11-20", "Ekeus accused Iraq of hiding missiles.",
                 "Iraq denied the charge, calling it a lie.")
    assert ("IRQ", "016", "IGOUNO") in got


def test_a_plain_comment_joined_to_a_criticism_is_still_subsumed():
    got = _story("ATHENS 1996-10-03", "Greece commented on the Turkish plan and criticised Ankara.")
    assert ("GRC", "111", "TUR") in got
    assert ("GRC", "010", "TUR") not in got


# --- "X and Y fought" with no target named: each fought the other (coder.RECIPROCAL_VERBS)

def test_police_and_troops_fighting_gun_battles():
    got = _story("JERUSALEM 1996-09-26",
                 "Palestinian police and Israeli troops fought gun battles in the West Bank on Thursday.")
    assert ("PSECOP", "190", "ISRMIL") in got
    assert ("ISRMIL", "190", "PSECOP") in got


def test_plain_fought_between_two_named_sides():
    got = _story("JERUSALEM 1996-09-26",
                 "Palestinian police and Israeli troops fought in the West Bank on Thursday.")
    assert ("PSECOP", "190", "ISRMIL") in got
    assert ("ISRMIL", "190", "PSECOP") in got


def test_fighting_a_named_enemy_keeps_that_target():
    got = _story("ANKARA 1996-10-05",
                 "Turkish troops fought Kurdish rebels in northern Iraq on Saturday.")
    assert not any(s == "TURMIL" and c == "190" and t == "TURMIL" for s, c, t in got)


def test_fighting_without_a_second_side_codes_no_pair():
    got = _story("ALGIERS 1996-11-28", "Algerian troops fought in the mountains near Medea.")
    assert not any(c == "190" and t is not None and s != t and t.startswith("DZA") and s.startswith("DZA")
                   for s, c, t in got)


# --- a backshifted "until" / "unless" clause under would/will is a condition (filters.future_occasion)

def test_embargo_kept_until_talks_are_opened_codes_no_talks():
    got = _story("BUJUMBURA 1996-09-15",
                 "Tanzania said it would maintain the embargo until Buyoya opened talks with the rebels.")
    assert ("BDIGOV", "040", "BDIREB") not in got


def test_sanctions_not_lifted_unless_talks_open_codes_no_talks():
    got = _story("BUJUMBURA 1996-09-15",
                 "Kenya said it would not lift sanctions unless Buyoya opened talks with the rebels.")
    assert ("BDIGOV", "040", "BDIREB") not in got


def test_a_past_until_clause_is_reported_and_coded():
    got = _story("BUJUMBURA 1996-09-15",
                 "The embargo stayed in force until Buyoya opened talks with the rebels.")
    assert ("BDIGOV", "040", "BDIREB") in got


def test_talks_opened_are_coded():
    got = _story("BUJUMBURA 1996-09-15", "Buyoya opened talks with the rebels on Tuesday.")
    assert ("BDIGOV", "040", "BDIREB") in got


# --- pinned: stories of the area already right

def test_hizbollah_attack_and_israeli_helicopters():
    got = _story("BEIRUT 1996-09-02",
                 "Hizbollah guerrillas attacked an Israeli army post in south Lebanon on Monday, "
                 "wounding two soldiers, security sources said.",
                 "Israeli helicopter gunships then rocketed suspected guerrilla hideouts near the village "
                 "of Jbeil, the sources said.")
    assert ("LBNREB", "190", "ISRMIL") in got
    assert ("ISRMIL", "195", "LBNREB") in got


def test_sierra_leone_peace_accord_signed_in_abidjan():
    got = _story("ABIDJAN 1996-11-30",
                 "Sierra Leone's President Ahmad Tejan Kabbah and rebel leader Foday Sankoh signed a "
                 "peace accord in Abidjan on Saturday.")
    assert ("SLEGOV", "057", "SLEREB") in got
    assert ("SLEREB", "057", "SLEGOV") in got


# --- a named town seized or taken is territory occupied (events/town_objects.py, verbs.txt wire40b)

def test_rebels_seizing_a_named_town():
    got = _story("KINSHASA 1996-11-01", "Zairean rebels seized Goma on Friday.")
    assert ("CODREB", "192", "COD") in got


def test_rebels_taking_a_named_town():
    got = _story("KINSHASA 1996-11-01", "Zairean rebels took Bukavu on Friday.")
    assert ("CODREB", "192", "COD") in got


def test_a_reported_seizure_of_a_town():
    got = _story("KINSHASA 1996-11-02",
                 "Rebel leader Laurent Kabila said his fighters had seized Goma and would march on Bukavu.")
    assert ("CODREB", "192", "COD") in got


def test_a_militia_seizing_a_capital():
    got = _story("KABUL 1996-09-27", "Taleban militia seized Kabul on Friday.")
    assert ("AFGREB", "192", "AFG") in got


def test_seized_weapons_stay_a_confiscation():
    got = _story("MONROVIA 1996-11-01", "Police seized weapons from the fighters.")
    assert not any(c == "192" for _, c, _ in got)


def test_taking_a_country_to_court_is_no_occupation():
    got = _story("THE HAGUE 1996-11-01", "Iraq took Kuwait to the World Court.")
    assert ("IRQ", "115", "KWT") in got
    assert not any(c == "192" for _, c, _ in got)


def test_negated_and_threatened_seizures_are_not_coded():
    assert not any(c == "192" for _, c, _ in _story("KINSHASA 1996-11-01", "The rebels did not seize Goma."))
    assert not any(c == "192" for _, c, _ in _story("KINSHASA 1996-11-01", "The rebels threatened to seize Goma."))


def test_taking_a_person_is_no_occupation():
    got = _story("MONROVIA 1996-11-01", "Police took Taylor into custody.")
    assert not any(c == "192" for _, c, _ in got)


# --- a role noun opening its sentence keeps its "of" phrase (actors.opening_role_lemma)

def test_guerrillas_of_a_named_group_opening_the_sentence():
    got = _story("BEIRUT 1996-10-02", "Guerrillas of Hizbollah killed two Israeli soldiers on Wednesday.")
    assert ("LBNREB", "190", "ISRMIL") in got


def test_guerrillas_of_the_group_with_a_modifier():
    got = _story("BEIRUT 1996-10-02",
                 "Guerrillas of the pro-Iranian Hizbollah group killed two Israeli soldiers on Wednesday.")
    assert ("LBNREB", "190", "ISRMIL") in got


def test_guerrillas_of_the_group_mid_sentence_unchanged():
    got = _story("BEIRUT 1996-10-02", "On Wednesday, guerrillas of Hizbollah killed two Israeli soldiers.")
    assert ("LBNREB", "190", "ISRMIL") in got


def test_soldiers_of_an_army_opening_the_sentence():
    got = _story("KIGALI 1996-10-15", "Soldiers of the Zairean army shelled the Rwandan town of Cyangugu.")
    assert any(s == "CODMIL" and c == "194" for s, c, _ in got)


def test_a_capitalised_name_opening_the_sentence_is_no_role():
    got = _story("ALGIERS 1996-11-28", "Moslem guerrillas killed 19 villagers near Medea overnight.")
    assert ("DZAREB", "1823", "DZACVL") in got


# --- "the attack" after "condemned the IRA bombing": the bombing's named doer (context.act_doer)

def test_a_second_condemnation_of_the_attack_is_aimed_at_the_bombers():
    got = _story("LONDON 1996-10-09",
                 "Prime Minister John Major condemned the IRA bombing and vowed to keep Sinn Fein out of the peace talks.",
                 "Irish Prime Minister John Bruton also condemned the attack.")
    assert ("IRLGOV", "111", "GBRREB") in got
    assert ("IRLGOV", "111", "GBRGOV") not in got


def test_an_incursion_reads_back_to_the_raid():
    got = _story("ANKARA 1996-10-05",
                 "Turkish troops raided Kurdish guerrilla bases in northern Iraq on Friday.",
                 "Iraq condemned the incursion.")
    assert ("IRQ", "111", "TURMIL") in got


def test_an_attack_launched_is_still_its_launchers():
    got = _story("ANKARA 1996-10-05",
                 "Turkish troops launched an attack on PKK bases in northern Iraq on Friday.",
                 "Iraq condemned the attack.")
    assert ("IRQ", "111", "TURMIL") in got


# --- 1996 groups named bare (orgs.tsv wire40b block)

def test_nigerian_pro_democracy_group_appeals_to_abacha():
    got = _story("LAGOS 1996-12-16", "The Campaign for Democracy urged Abacha to release Moshood Abiola.")
    assert ("NGAOPP", "0253", "NGAGOV") in got


def test_somali_islamist_group_attacked_by_ethiopian_troops():
    got = _story("ADDIS ABABA 1996-11-18",
                 "Ethiopian troops crossed into Somalia and attacked bases of the Islamic group al-Itihad, the group said.")
    assert ("ETHMIL", "190", "SOMREB") in got


def test_burundi_rebel_group_accuses_the_army():
    got = _story("BUJUMBURA 1996-10-31", "The CNDD accused the army of killing civilians.")
    assert ("BDIREB", "1122", "BDIMIL") in got
