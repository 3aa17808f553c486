"""domestic41: 1996 Reuters domestic copy (courts, police, strikes, protests) as short stories
(docs/evaluation/events-domestic41.md). Every sentence is our own, written in Reuters style; a
story is a dateline paragraph, then one sentence a paragraph.
"""
from __future__ import annotations

from events_variety import coded_triples


def _story(*paras: str) -> str:
    return "\n\n".join(paras)


def _codes(triples):
    return {code for _, code, _ in triples}


# --- police "clashed with" a crowd: the crowd's clash (events/crowd_clashes.py) -----------------

def test_police_clashing_with_a_crowd_is_the_crowds_clash():
    got = coded_triples(_story("BUENOS AIRES 1996-09-26", "Police clashed with strikers in Buenos Aires."), "1996-09-26")
    assert ("ARGLAB", "145", "ARGCOP") in got, got
    got = coded_triples("South Korean riot police clashed with students in Seoul on Monday.", "1996-08-20")
    assert ("KOREDU", "145", "KORCOP") in got, got
    got = coded_triples("Serbian police clashed with opposition demonstrators in Belgrade.", "1996-12-03")
    assert ("SRBOPP", "145", "SRBCOP") in got, got
    got = coded_triples("Kenyan riot police scuffled with university students in Nairobi.", "1996-10-22")
    assert ("KENEDU", "145", "KENCOP") in got, got


def test_forces_clashes_and_negated_clashes_are_not_turned_round():
    got = coded_triples("Palestinian police clashed with Israeli troops in the West Bank.", "1996-09-26")
    assert ("PSECOP", "190", "ISRMIL") in got and "145" not in _codes(got), got
    got = coded_triples("Turkish troops clashed with Kurdish rebels in the southeast.", "1996-10-10")
    assert ("TURREB", "145", "TURMIL") not in got, got
    assert coded_triples("Police did not clash with the protesters.", "1996-10-10") == [] or \
        "145" not in _codes(coded_triples("Police did not clash with the protesters.", "1996-10-10"))
    got = coded_triples("Police clashed with the interior minister over the budget.", "1996-10-10")
    assert "145" not in _codes(got), got


# --- actors of 1996 domestic copy (orgs.tsv, roles.tsv) ---------------------------------------

def test_egypts_brotherhood_and_algerias_ffs_are_opposition():
    got = coded_triples(_story("CAIRO 1996-10-01",
                               "Police arrested 30 members of the banned Muslim Brotherhood in raids in Cairo."), "1996-10-01")
    assert ("EGYCOP", "173", "EGYOPP") in got, got
    got = coded_triples(_story("CAIRO 1996-10-01", "Police detained 12 Moslem Brotherhood activists."), "1996-10-01")
    assert ("EGYCOP", "173", "EGYOPP") in got, got
    got = coded_triples(_story("ALGIERS 1996-11-20", "FFS leader Hocine Ait Ahmed criticised the government."), "1996-11-20")
    assert ("DZAOPP", "111", "DZAGOV") in got, got
    got = coded_triples(_story("ALGIERS 1996-11-20",
                               "The Socialist Forces Front criticised the government."), "1996-11-20")
    assert not any(src.endswith("MIL") for src, _, _ in got), got


def test_peasants_are_private_people():
    got = coded_triples(_story("BRASILIA 1996-09-25", "Police evicted 300 peasants from a farm in Para state."), "1996-09-25")
    assert ("BRACOP", "174", "BRACVL") in got, got
    got = coded_triples(_story("MEXICO CITY 1996-10-16", "Mexican soldiers detained 20 peasants in Guerrero state."),
                        "1996-10-16")
    assert ("MEXMIL", "173", "MEXCVL") in got, got


# --- the act a court or a government punishes is not its own (events/punished_acts.py) ----------

def test_a_punished_act_is_not_the_courts():
    got = coded_triples(_story("MOSCOW 1996-10-14", "A Moscow court sentenced a former army colonel to eight years "
                               "in prison for selling weapons to Chechen rebels."), "1996-10-14")
    assert ("RUSJUD", "072", "RUSREB") not in got and any(code == "173" for _, code, _ in got), got
    got = coded_triples("A British court jailed an IRA member for 35 years for plotting to bomb power stations.",
                        "1996-10-30")
    assert ("GBRJUD", "173", "GBRREB") in got and _codes(got) == {"173"}, got
    got = coded_triples(_story("LAGOS 1996-10-01", "The junta banned a weekly magazine for criticising the government."),
                        "1996-10-01")
    assert ("NGAGOV", "111", "NGAGOV") not in got and ("NGAGOV", "172", "NGAMED") in got, got


def test_a_named_offender_and_a_critic_keep_their_reading():
    got = coded_triples("Amnesty criticised Egypt for jailing journalists.", "1996-10-01")
    assert ("EGY", "173", "EGYMED") in got, got
    got = coded_triples("Russia condemned NATO for bombing Serbia.", "1999-04-01")
    assert ("IGONAT", "195", "SRB") in got, got


# --- "the amnesty" is a pardon, not Amnesty International (resolve/actors.py known_org_code) ----

def test_a_lower_case_amnesty_is_no_organisation():
    got = coded_triples("The families of the victims opposed the amnesty.", "1996-12-10")
    assert not any("NGOAMN" in (s, t) for s, _, t in got), got
    got = coded_triples("The opposition welcomed the amnesty.", "1996-12-10")
    assert not any("NGOAMN" in (s, t) for s, _, t in got), got
    got = coded_triples("Amnesty criticised the Kenyan government.", "1996-12-10")
    assert ("NGOAMN", "111", "KENGOV") in got, got


# --- unions' strikes (general.lexicon9_subcode, conflict.striker) ---------------------------------

def test_a_strike_launched_by_unions_is_a_labour_strike():
    got = coded_triples(_story("SEOUL 1996-12-26", "South Korean unions launched a nationwide strike against "
                               "the government's new labour law."), "1996-12-26")
    assert ("KORLAB", "143", "KORGOV") in got, got
    got = coded_triples("Miners launched an indefinite strike at the pit.", "1996-12-26")
    assert any(code == "143" for _, code, _ in got), got
    # an air strike launched is still one
    got = coded_triples("Israel launched a strike against Hezbollah bases.", "1996-04-12")
    assert ("ISR", "195", "LBNREB") in got, got


def test_civil_servants_on_strike_are_labour():
    got = coded_triples(_story("ATHENS 1996-12-02", "Greek civil servants staged a 24-hour strike against the "
                               "government's austerity budget."), "1996-12-02")
    assert ("GRCLAB", "1432", "GRCGOV") in got and ("GRCGOV", "1432", "GRCGOV") not in got, got
    # not on strike: they stay the state's staff
    got = coded_triples("Greek civil servants met the finance minister.", "1996-12-02")
    assert not any(s == "GRCLAB" for s, _, _ in got), got


# --- a party's whole name beats the "Union" in it (events/party_names.py) -------------------------

def test_bulgarias_union_of_democratic_forces_is_a_party():
    got = coded_triples(_story("SOFIA 1996-12-21", "The Union of Democratic Forces criticised the government."),
                        "1996-12-21")
    assert ("BGROPP", "111", "BGRGOV") in got, got
    got = coded_triples(_story("SOFIA 1996-12-21", "The opposition Union of Democratic Forces criticised the "
                               "government."), "1996-12-21")
    assert ("BGROPP", "111", "BGRGOV") in got, got


# --- governing parties of 1996 (ruling_parties.tsv, block "domestic41") ---------------------------

def test_1996_governing_parties_are_the_government_on_their_dates():
    got = coded_triples(_story("SEOUL 1996-12-26", "The ruling New Korea Party accused the unions of harming the "
                               "economy."), "1996-12-26")
    assert ("KORGOV", "112", "KORLAB") in got, got
    got = coded_triples(_story("LUSAKA 1996-11-18", "The opposition accused the MMD of rigging the vote."), "1996-11-18")
    assert ("ZMBOPP", "1121", "ZMBGOV") in got, got
    got = coded_triples(_story("BUCHAREST 1996-09-03", "The Party of Social Democracy accused the opposition of "
                               "lying."), "1996-09-03")
    assert any(s == "ROMGOV" for s, _, _ in got), got
    # out of office after the November 1996 elections
    got = coded_triples(_story("BUCHAREST 1997-03-03", "The Party of Social Democracy accused the government of "
                               "lying."), "1997-03-03")
    assert any(s == "ROMOPP" for s, _, _ in got), got


# --- judges dismissed are a change of staff (events/dismissals.py) --------------------------------

def test_judges_dismissed_are_no_rejection():
    got = coded_triples(_story("LIMA 1996-11-22", "Peru's Congress dismissed three constitutional court judges."),
                        "1996-11-22")
    assert "120" not in _codes(got), got
    got = coded_triples("Yeltsin sacked two Supreme Court justices on Friday.", "1996-10-18")
    assert not _codes(got) & {"120", "193", "172"}, got
    # a case or an appeal dismissed keeps its reading
    got = coded_triples("The court dismissed the appeal by the opposition.", "1996-10-18")
    assert got, got
