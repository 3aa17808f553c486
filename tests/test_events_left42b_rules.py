"""left42b: failures earlier rounds saw in 1996-97 wire copy and left (docs/evaluation/events-left42b.md).
Every story is our own, a dateline paragraph first, one sentence a paragraph."""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


# --- "the town of Goma": the named place under a settlement noun (captured_places, place_slots)

def test_seized_the_town_of_a_name_the_model_tags_a_person():
    assert ("CODREB", "192", "COD") in _story("KINSHASA 1996-11-20", "Zairean rebels seized the town of Goma on Friday.")


def test_captured_the_town_of_goma():
    assert ("CODREB", "192", "COD") in _story("NAIROBI 1996-11-02", "Zairean rebels captured the town of Goma.")


def test_took_the_city_of_grozny():
    got = _story("MOSCOW 1996-08-07", "Chechen separatist fighters took the city of Grozny in a surprise assault.")
    assert ("RUSREB", "192", "RUS") in got


def test_a_town_seized_only_in_intent_is_not_coded():
    assert _story("KINSHASA 1996-11-20", "The rebels said they would seize the town of Kisangani within weeks.") == set()


def test_a_town_they_failed_to_take_is_not_coded():
    assert _story("KABUL 1996-09-05", "Government troops failed to take the town of Jalalabad.") == set()


# --- states that clash quarrel, they do not riot (forces_clashes.states_quarrel)

def test_two_states_clashing_over_an_issue_is_no_riot():
    assert _story("LONDON 1996-05-21", "Britain and France clashed over the beef ban at the meeting.") == set()


def test_a_state_clashing_with_another_over_a_law_is_no_riot():
    assert _story("BRUSSELS 1996-07-16", "The EU clashed with the United States over the Helms-Burton law.") == set()


def test_greece_clashed_with_turkey_over_an_islet():
    assert _story("ATHENS 1996-02-01", "Greece clashed with Turkey over the islet of Imia.") == set()


def test_troops_of_two_states_clashing_still_fight():
    got = _story("NEW DELHI 1996-11-20", "Indian and Pakistani troops clashed along the border in Kashmir.")
    assert ("INDMIL", "190", "PAKMIL") in got and ("PAKMIL", "190", "INDMIL") in got


def test_a_people_named_by_its_plural_clashing_is_still_a_riot():
    assert ("PSE", "145", "ISR") in _story("JERUSALEM 1996-09-26", "Palestinians clashed with Israel over the tunnel.")


# --- a side's own fighters are no target (own_forces)

def test_agreed_to_disarm_its_fighters_has_no_target():
    assert _story("FREETOWN 1996-12-01", "The RUF agreed to disarm its fighters under the peace accord.") == set()


def test_agreed_to_demobilise_its_troops_has_no_target():
    assert _story("LUANDA 1996-11-20", "UNITA agreed to demobilise its troops by the end of the year.") == set()


def test_agreed_to_disarm_its_guerrillas_has_no_target():
    assert _story("MANILA 1996-09-02", "The MNLF agreed to disarm its guerrillas under the accord.") == set()


def test_prisoners_it_holds_are_still_released_to_someone():
    assert ("SLEREB", "0353", "SLECVL") in _story("FREETOWN 1996-12-01", "The RUF agreed to release its prisoners.")


# --- police of one state clashing with a crowd of another (crowd_clashes)

def test_saudi_police_clashing_with_iranian_pilgrims_is_the_pilgrims_clash():
    assert ("IRNOPP", "145", "SAUCOP") in _story("RIYADH 1987-08-01", "Saudi police clashed with Iranian pilgrims in Mecca.")


def test_israeli_police_clashing_with_palestinian_protesters():
    assert ("PSEOPP", "145", "ISRCOP") in _story("JERUSALEM 1996-09-26", "Israeli police clashed with Palestinian protesters in Hebron.")


def test_home_riot_police_and_students_unchanged():
    assert ("KOREDU", "145", "KORCOP") in _story("SEOUL 1996-08-15", "South Korean riot police clashed with students in Seoul.")


# --- "LDP faction leader Koichi Kato" leads a party faction, not an armed one (actors._party_faction_title)

def test_a_party_faction_leader_is_no_rebel():
    got = _story("TOKYO 1996-11-20", "LDP faction leader Koichi Kato criticised the opposition New Frontier Party.")
    assert ("JPNGOV", "111", "JPNOPP") in got


def test_an_armed_faction_leader_stays_a_rebel():
    got = _story("MONROVIA 1996-11-20", "NPFL faction leader Charles Taylor accused ECOMOG of bias.")
    assert ("LBRREB", "112", "IGOWAS") in got


def test_a_bare_faction_leader_stays_a_rebel():
    got = _story("KABUL 1996-11-20", "Hezb-i-Islami faction leader Gulbuddin Hekmatyar accused the Taleban of treachery.")
    assert ("AFGREB", "112", "AFGREB") in got


# --- a ceasefire, truce or peace offer rejected (verbs.txt left42b block)

def test_rejected_a_peace_offer_from_the_rebels():
    assert ("LKA", "127", "LKAREB") in _story("COLOMBO 1996-11-20", "Sri Lanka rejected a peace offer from the Tamil Tigers.")


def test_dismissed_a_truce_proposal_from_moscow():
    assert ("RUSREB", "127", "RUS") in _story("MOSCOW 1996-08-10", "The Chechen rebels dismissed a truce proposal from Moscow.")


def test_rejected_peace_talks_stay_a_refused_meeting():
    assert ("LKA", "125", "LKAREB") in _story("COLOMBO 1996-11-20", "Sri Lanka rejected peace talks with the Tamil Tigers.")


def test_a_ceasefire_offer_not_rejected_is_not_coded():
    assert _story("KABUL 1996-11-20", "The Taleban did not reject the ceasefire offer from Rabbani.") == set()


# --- fire returned at whoever fired first (returned_fire)

def test_returned_fire_after_shelling_across_the_border():
    got = _story("KIGALI 1996-10-30", "Zairean soldiers shelled the Rwandan border town of Gisenyi on Tuesday.",
                 "Rwandan troops returned fire, an army spokesman said.")
    assert ("RWAMIL", "190", "CODMIL") in got


def test_returned_fire_after_firing_on_positions():
    got = _story("NEW DELHI 1996-11-20", "Pakistani troops fired on Indian positions in Kashmir on Sunday.",
                 "Indian troops returned fire.")
    assert ("INDMIL", "190", "PAKMIL") in got


def test_returned_fire_at_no_one_named_is_not_coded():
    assert _story("NICOSIA 1996-08-14", "Turkish troops returned fire when they came under attack.") == set()


# --- a denial answers whoever reported the denied act (denied_reports)

def test_denied_sending_troops_after_a_report_by_the_neighbour():
    got = _story("BAGHDAD 1996-11-20", "Iraq said Iranian troops had crossed into the north of the country.",
                 "Iran denied sending troops into northern Iraq.")
    assert ("IRN", "016", "IRQ") in got


def test_denied_helping_rebels_after_a_report():
    got = _story("KAMPALA 1996-11-20", "Uganda said Sudanese troops were helping the rebels.",
                 "Sudan denied helping the rebels.")
    assert ("SDN", "016", "UGA") in got


def test_a_denial_of_an_unreported_act_has_no_target():
    got = _story("BAGHDAD 1996-11-20", "Iranian troops crossed into northern Iraq on Monday.",
                 "Iran denied sending troops into northern Iraq.")
    assert not any(code == "016" for _, code, _ in got)
