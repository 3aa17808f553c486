"""Round-65 role rules (role65), each checked on sentences we wrote: a family name listed for one
relative is the relative in office on the day ("Assad" in 1996); a firm after its country's
possessive is a business ("Germany's Aldi"); the chief executive of Hong Kong or Macau heads its
government; a foreign military base visited is its country; a separatist people's plural doing
an act in its war's years is the rebel side ("the Chechens" in 1996); military ranks before a name
("Brigadier X", "Lt. Col. Y") give the person's role; kin of someone are private persons."""
from __future__ import annotations

from events_variety import coded_triples


def _has(got, s, c, t):
    return any(x == (s, c, t) for x in got)


def _wire(place, day, *sentences):
    return f"{place} {day}\n\n" + "\n\n".join(sentences) + "\n"


# --- a family name out of the listed relative's office ---------------------------------------------

def test_wire_1996_assad_is_hafez_then():
    text = _wire("DAMASCUS", "1996-06-12", "Assad met Egyptian President Hosni Mubarak in Damascus on "
                 "Wednesday to discuss the stalled peace talks with Israel.")
    got = coded_triples(text, "1996-06-12")
    assert _has(got, "SYRGOV", "040", "EGYGOV"), got


def test_wire_2003_and_2005_assad_is_bashar():
    got = coded_triples(_wire("DAMASCUS", "2003-05-10", "Assad met Iranian President Mohammad Khatami in "
                              "Damascus on Sunday."), "2003-05-10")
    assert _has(got, "SYRGOV", "040", "IRNGOV"), got


def test_family_name_in_office_is_pure():
    from dateline.resolve.surnames import family_name_in_office

    assert family_name_in_office(["Assad"], "SYR", "1996-06-12") == "SYRGOV"
    # another country's code is never changed, nor a code with a role, nor a full name
    assert family_name_in_office(["Assad"], "LBN", "1996-06-12") == "LBN"
    assert family_name_in_office(["Assad"], "SYRELI", "1996-06-12") == "SYRELI"
    assert family_name_in_office(["Bashar Assad"], "SYR", "1996-06-12") == "SYR"


# --- a firm after its country's possessive ---------------------------------------------------------

def test_wire_1996_two_firms_after_their_countries():
    text = _wire("BONN", "1996-10-02", "Germany's Aldi signed a supply agreement with France's Carrefour "
                 "on Wednesday.")
    got = coded_triples(text, "1996-10-02")
    assert _has(got, "DEUBUS", "057", "FRABUS"), got


def test_wikinews_2015_a_firm_the_tagger_takes_for_a_person():
    got = coded_triples(_wire("ROME", "2015-04-02", "Italy's Eni criticised France on Thursday over the "
                              "new pipeline rules."), "2015-04-02")
    assert _has(got, "ITABUS", "111", "FRA"), got


def test_a_listed_leader_after_a_possessive_is_no_firm():
    text = _wire("MOSCOW", "1996-05-10", "Russia's Chernomyrdin met Germany's Kohl in Moscow on Friday.")
    got = coded_triples(text, "1996-05-10")
    assert _has(got, "RUSGOV", "040", "DEUGOV"), got


def test_a_named_person_after_a_possessive_stays_private():
    text = _wire("LONDON", "2005-05-10", "Britain's David Beckham met President Bush at the White House "
                 "on Friday.")
    got = coded_triples(text, "2005-05-10")
    assert _has(got, "GBRCVL", "040", "USAGOV"), got
    assert not any(s == "GBRBUS" for s, _, _ in got), got


# --- the chief executive of Hong Kong or Macau -----------------------------------------------------

def test_wikinews_2014_hong_kong_chief_executive_governs():
    text = _wire("HONG KONG", "2014-10-10", "Hong Kong Chief Executive Leung Chun-ying accused the protest "
                 "leaders of breaking the law.")
    got = coded_triples(text, "2014-10-10")
    assert any(s == "HKGGOV" and c.startswith("112") for s, c, _ in got), got
    assert not any(s == "HKGBUS" for s, _, _ in got), got


def test_wire_1998_the_chief_executive_of_a_hong_kong_story():
    text = _wire("HONG KONG", "1998-03-10", "The chief executive accused the Democratic Party of misleading "
                 "Hong Kong voters.")
    got = coded_triples(text, "1998-03-10")
    assert any(s == "HKGGOV" and c.startswith("112") for s, c, _ in got), got


def test_macau_chief_executive_governs():
    text = _wire("MACAU", "2004-03-10", "Macau's chief executive Edmund Ho met Chinese Premier Wen Jiabao in "
                 "Beijing on Tuesday.")
    got = coded_triples(text, "2004-03-10")
    assert _has(got, "MACGOV", "040", "CHNGOV"), got


def test_a_firms_chief_executive_in_hong_kong_stays_business():
    text = _wire("HONG KONG", "1998-03-10", "The chief executive of Jardine Matheson met British Prime "
                 "Minister Tony Blair in Hong Kong on Tuesday.")
    got = coded_triples(text, "1998-03-10")
    assert _has(got, "HKGBUS", "040", "GBRGOV"), got


def test_a_chief_executive_elsewhere_stays_business():
    text = _wire("NEW YORK", "2010-03-10", "The chief executive of Goldman Sachs criticised the Obama "
                 "administration on Tuesday.")
    got = coded_triples(text, "2010-03-10")
    assert _has(got, "USABUS", "111", "USAGOV"), got


# --- a foreign military base visited -------------------------------------------------------------

def test_wire_1996_flew_into_an_airbase():
    text = _wire("KABUL", "1996-09-10", "A U.S. congressman flew into Bagram military airbase north of Kabul "
                 "on Tuesday.")
    got = coded_triples(text, "1996-09-10")
    assert _has(got, "USALEG", "042", "AFG"), got
    assert not any(t == "AFGMIL" for _, _, t in got), got


def test_wikinews_2004_visited_an_army_base():
    text = _wire("BAGHDAD", "2004-09-10", "U.S. Defense Secretary Donald Rumsfeld visited an army base near "
                 "Tikrit on Saturday.")
    got = coded_triples(text, "2004-09-10")
    assert _has(got, "USAGOV", "042", "IRQ"), got


def test_a_base_attacked_is_the_forces():
    text = _wire("BAGHDAD", "2004-09-10", "Iraqi insurgents attacked a U.S. military base near Tikrit on "
                 "Saturday.")
    got = coded_triples(text, "2004-09-10")
    assert _has(got, "IRQREB", "190", "USAMIL"), got


# --- a separatist people's plural in its war ------------------------------------------------------

def test_wire_1996_the_chechens_said():
    text = _wire("GROZNY", "1996-09-10", "The Chechens said on Monday they had handed back all the weapons "
                 "to Russian troops.")
    got = coded_triples(text, "1996-09-10")
    assert any(s == "RUSREB" and c.startswith("084") and t == "RUSMIL" for s, c, t in got), got
    assert not any(s == "RUS" for s, _, _ in got), got


def test_wire_1995_chechens_ambushed():
    text = _wire("GROZNY", "1995-03-10", "Chechens ambushed a Russian army convoy near Grozny on Sunday, "
                 "killing 12 soldiers.")
    got = coded_triples(text, "1995-03-10")
    assert _has(got, "RUSREB", "190", "RUSMIL"), got


def test_wire_1997_the_tamils_attacked():
    text = _wire("COLOMBO", "1997-03-10", "The Tamils attacked an army camp in the north on Sunday.")
    got = coded_triples(text, "1997-03-10")
    assert _has(got, "LKAREB", "190", "LKAMIL"), got


def test_a_peoples_plural_against_its_own_state_makes_no_new_pair():
    # the rule changes the doer's role; a pair against the bare state itself stays dropped
    text = _wire("GROZNY", "1996-08-10", "Chechens attacked the town of Argun on Tuesday.")
    got = coded_triples(text, "1996-08-10")
    assert not any(s == "RUSREB" and t == "RUS" for s, _, t in got), got


def test_a_people_protesting_after_the_war_are_no_rebels():
    text = _wire("MOSCOW", "2015-03-10", "Hundreds of Chechens protested outside the government building in "
                 "Grozny on Sunday.")
    got = coded_triples(text, "2015-03-10")
    assert not any(s.endswith("REB") for s, _, _ in got), got


def test_a_people_demonstrating_in_the_war_are_protesters():
    text = _wire("GENEVA", "1996-08-10", "Thousands of Tamils demonstrated outside the United Nations office "
                 "in Geneva on Monday.")
    got = coded_triples(text, "1996-08-10")
    assert not any(s.endswith("REB") for s, _, _ in got), got


# --- ranks and business words before a name --------------------------------------------------------

def test_wire_1996_a_brigadier_is_the_army():
    text = _wire("FREETOWN", "1996-04-10", "Brigadier Kellie Conteh accused the rebels of killing civilians "
                 "near Bo.")
    got = coded_triples(text, "1996-04-10")
    assert any(s == "SLEMIL" and c.startswith("112") and t == "SLEREB" for s, c, t in got), got


def test_wire_1987_an_abbreviated_rank():
    text = _wire("TEGUCIGALPA", "1987-04-10", "Maj. Gen. John Galvin met Honduran President Jose Azcona on "
                 "Tuesday.")
    got = coded_triples(text, "1987-04-10")
    assert any(s.endswith("MIL") and c == "040" and t == "HNDGOV" for s, c, t in got), got


# --- kin of someone, and British police ranks ------------------------------------------------------

def test_wire_1996_a_generals_widow_is_a_private_person():
    text = _wire("MOSCOW", "1996-04-10", "The widow of a Russian general killed in Chechnya accused the army "
                 "of covering up his death.")
    got = coded_triples(text, "1996-04-10")
    assert any(s == "RUSCVL" and c.startswith("112") and t == "RUSMIL" for s, c, t in got), got
    assert not any(s == "RUSMIL" for s, _, _ in got), got


def test_wire_1987_soldiers_relatives_are_private_persons():
    text = _wire("BUENOS AIRES", "1987-04-10", "Relatives of missing Argentine soldiers criticised the army "
                 "on Tuesday.")
    got = coded_triples(text, "1987-04-10")
    assert _has(got, "ARGCVL", "111", "ARGMIL"), got


def test_kin_of_people_of_a_stated_nationality_share_it():
    text = _wire("BEIRUT", "1996-04-10", "Families of the Israeli soldiers held in Lebanon appealed to the "
                 "United Nations for help.")
    got = coded_triples(text, "1996-04-10")
    assert any(s == "ISRCVL" and t == "IGOUNO" for s, _, t in got), got
    assert not any(s.startswith("LBN") for s, _, _ in got), got


def test_kin_words_in_the_role_lexicon():
    from dateline.resolve.actor_roles import role_code

    assert role_code("widow of a soldier") == "CVL"
    assert role_code("the minister's wife") == "CVL"
    assert role_code("son of a former minister") == "CVL"
    # no one's kin: a firm's parent, the royal family, a minister for family affairs
    assert role_code("parent company") == "BUS"
    assert role_code("the royal family") != "CVL"
    assert role_code("minister for family affairs") == "GOV"


def test_wire_2005_a_chief_superintendent_is_police():
    text = _wire("LONDON", "2005-04-10", "Chief Superintendent Mark Hale accused the two men of plotting the "
                 "attack.")
    got = coded_triples(text, "2005-04-10")
    assert any(s == "GBRCOP" and c.startswith("112") for s, c, _ in got), got


def test_a_school_superintendent_is_no_police():
    text = _wire("CHICAGO", "2010-04-10", "School Superintendent Mary Collins criticised the state "
                 "government's budget cuts on Tuesday.")
    got = coded_triples(text, "2010-04-10")
    assert _has(got, "USAEDU", "111", "USAGOV"), got
