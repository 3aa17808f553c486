"""Round-61 actor role rules (roles61), each checked on sentences we wrote: a listed title that
goes on past its head word ("the chief accused"); a listed organisation's long name read whole
before its parts ("Revolutionary Armed Forces of Colombia rebels"); a bare plural conjunct that
shares the first conjunct's noun or nationality modifier ("company managers and directors");
a defendant named by a trade pleads as a private person; the armed opposition are rebels; a
rival group of a group of known country is of that country."""
from __future__ import annotations

from events_variety import coded_triples

from dateline.resolve.actors import actor_for_phrase


def _has(got, s, c, t):
    return any(x == (s, c, t) for x in got)


# --- a listed title past its head word -------------------------------------------------------------

def test_wire_1996_the_chief_accused_is_a_private_person():
    text = ("ANTWERP 1996-10-03\n\nPolice arrested Luc Vermeulen, the chief accused in a string of "
            "armed robberies, on Thursday.\n")
    got = coded_triples(text, "1996-10-03")
    assert _has(got, "BELCOP", "173", "BELCVL"), got
    assert not any(t == "BELGOV" for _, _, t in got), got


def test_wikinews_2019_the_chief_accused_travels_as_a_private_person():
    got = coded_triples("Rashid Omar, the chief accused in the Nairobi mall attack, visited Somalia "
                        "twice before the attack, Kenyan police said.", "2019-06-11")
    assert _has(got, "KENCVL", "042", "SOM"), got


def test_a_police_chief_keeps_the_police_role():
    text = ("LYON 1996-10-03\n\nThe French police chief said on Thursday that his officers had "
            "arrested three Italian smugglers.\n")
    got = coded_triples(text, "1996-10-03")
    assert any(s == "FRACOP" for s, _, _ in got), got


# --- long listed organisation names ---------------------------------------------------------------

def test_long_listed_name_beats_its_armed_forces_words():
    assert actor_for_phrase("leftist Revolutionary Armed Forces of Colombia (FARC) rebels").code == "COLREB"
    assert actor_for_phrase("National Union for the Total Independence of Angola rebels").code == "AGOREB"


def test_wire_1996_farc_rebels_as_suspects_are_rebels():
    text = ("BOGOTA 1996-10-03\n\nPolice said leftist Revolutionary Armed Forces of Colombia (FARC) "
            "guerrillas were suspected of the bombing.\n")
    got = coded_triples(text, "1996-10-03")
    assert not any(t == "COLMIL" for _, _, t in got), got


def test_a_countrys_armed_forces_stay_military():
    assert actor_for_phrase("the Colombian armed forces").code == "COLMIL"


# --- a bare plural conjunct shares its partner's modifier -----------------------------------------

def test_wire_1987_company_directors_are_business():
    text = ("TOKYO 1987-04-08\n\nTrade Ministry officials met company managers and directors on "
            "Wednesday.\n")
    got = coded_triples(text, "1987-04-08")
    assert not _has(got, "JPNGOV", "040", "JPNGOV"), got
    assert _has(got, "JPNGOV", "040", "JPNBUS"), got


def test_wire_1996_union_leaders_and_officials_are_labour():
    text = ("SEOUL 1996-10-03\n\nRiot police detained union leaders and officials after the strike at "
            "a shipyard.\n")
    got = coded_triples(text, "1996-10-03")
    assert _has(got, "KORCOP", "173", "KORLAB"), got
    assert not any(t == "KORGOV" for _, _, t in got), got


def test_wikinews_2019_nationality_is_shared_by_the_conjunct():
    got = coded_triples("Turkish police arrested Syrian soldiers and officials near the border on Monday.",
                        "2019-06-11")
    assert _has(got, "TURCOP", "173", "SYRGOV"), got
    assert not _has(got, "TURCOP", "173", "TURGOV"), got


def test_a_conjunct_with_its_own_modifier_keeps_it():
    got = coded_triples("Iraqi police arrested Iranian soldiers and Kuwaiti officials at the border.",
                        "2019-06-11")
    assert _has(got, "IRQCOP", "173", "KWTGOV"), got


# --- a pleading defendant named by a trade ---------------------------------------------------------

def test_wikinews_2019_lawyer_pleads_as_a_private_person():
    got = coded_triples("Chicago prosecutors charged lawyer Mark Delaney with tax fraud on Monday. "
                        "Delaney pleaded not guilty to the charges.", "2019-06-11")
    assert _has(got, "USACVL", "016", "USAJUD"), got
    assert _has(got, "USAJUD", "1121", "USACVL"), got


def test_wire_1996_surgeon_pleads_as_a_private_person():
    text = ("MARSEILLE 1996-10-03\n\nA French judge charged surgeon Paul Girard with manslaughter on "
            "Thursday. Girard pleaded not guilty.\n")
    got = coded_triples(text, "1996-10-03")
    assert _has(got, "FRACVL", "016", "FRAJUD"), got


def test_a_lawyer_pleading_with_a_court_is_no_plea():
    got = coded_triples("The lawyer for the family, Anne Price, pleaded with the court for leniency.",
                        "2019-06-11")
    assert not any(c in ("015", "016") for _, c, _ in got), got


# --- the armed opposition ----------------------------------------------------------------------

def test_armed_opposition_phrases_are_rebels():
    assert actor_for_phrase("opposition forces").code == "---REB"
    assert actor_for_phrase("the armed opposition").code == "---REB"
    assert actor_for_phrase("opposition fighters").code == "---REB"
    assert actor_for_phrase("opposition leaders").code == "---OPP"
    assert actor_for_phrase("opposition parties").code == "---OPP"


def test_wire_1996_opposition_forces_attack_as_rebels():
    text = ("KHARTOUM 1996-10-03\n\nOpposition forces based in Uganda attacked an army garrison in the "
            "south, the government said.\n")
    got = coded_triples(text, "1996-10-03")
    assert any(s == "SDNREB" for s, _, _ in got), got
    assert not any(s == "SDNOPP" for s, _, _ in got), got


def test_opposition_leaders_stay_opposition():
    text = "DHAKA 1996-10-03\n\nOpposition leaders accused the government of rigging the vote.\n"
    got = coded_triples(text, "1996-10-03")
    assert any(s == "BGDOPP" for s, _, _ in got), got


# --- a rival group of the subject's country -----------------------------------------------------

def test_wire_1996_rival_faction_takes_the_groups_country():
    text = ("ARBIL, Iraq 1996-10-03\n\nAn Iraqi Kurdish group said on Thursday it had agreed a truce "
            "with a rival faction after a week of fighting.\n")
    got = coded_triples(text, "1996-10-03")
    assert _has(got, "IRQREB", "0871", "IRQREB"), got
    assert not any(t == "---REB" for _, _, t in got), got


def test_wikinews_2019_rival_faction_of_a_somali_group():
    got = coded_triples("A Somali militant group said it had attacked a rival faction near Kismayo.",
                        "2019-06-11")
    assert _has(got, "SOMREB", "190", "SOMREB"), got


def test_a_named_rival_keeps_its_own_country():
    text = "NEW DELHI 1987-04-08\n\nIndia accused rival Pakistan of arming Sikh militants.\n"
    got = coded_triples(text, "1987-04-08")
    assert _has(got, "IND", "112", "PAK"), got


# --- a named private visitor of the story's country ----------------------------------------------

def test_wire_1996_named_suspect_visiting_the_story_country_is_from_the_case_country():
    text = ("BUDAPEST 1996-10-03\n\nHungarian police said they had questioned three men about the fraud.\n\n"
            "Karl Huber, the chief accused in Austria's largest insurance fraud case, visited Hungary "
            "several times last year, police said.\n\nHungarian officials said the money went through "
            "Budapest banks.\n")
    got = coded_triples(text, "1996-10-03")
    assert _has(got, "AUTCVL", "042", "HUN"), got


def test_a_private_person_at_home_makes_no_trip():
    got = coded_triples("Polish prosecutors said on Friday that Polish banks had frozen the accounts. "
                        "Adam Nowak, a Krakow teacher, visited Poland's southern town of Cieszyn on Monday, "
                        "Polish police said.", "2019-06-11")
    assert not any(c == "042" for _, c, _ in got), got
