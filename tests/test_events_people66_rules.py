"""Round-66 people and firms by date and kind (people66), each checked on sentences we wrote:
leaders of 1980s and 1990s wire copy coded by the office they held on the story's day (Yeltsin
in 1987 a Soviet official, Arafat as PLO chairman before 1994, Shevardnadze's return in 1991,
Netanyahu, Ortega, Jiang Zemin, Perot as a businessman, the elder Marcos); an unlisted name
before "spokesman" is a firm's spokesman (BUS), never the government's; "X Group" and "X
Holdings" are firms; magnates, industrialists, financiers and billionaires are business people."""
from __future__ import annotations

from events_variety import coded_triples


def _has(got, s, c, t):
    return any(x == (s, c, t) for x in got)


def _sources(got):
    return {s for s, _, _ in got}


def _wire(place, day, *sentences):
    return f"{place} {day}\n\n" + "\n\n".join(sentences) + "\n"


# --- leaders coded by the office they held on the day ----------------------------------------------

def test_wire_1987_yeltsin_is_a_soviet_official():
    got = coded_triples(_wire("MOSCOW", "1987-10-22", "Boris Yeltsin criticised the Soviet leadership on "
                              "Wednesday for the slow pace of reform."), "1987-10-22")
    assert _has(got, "RUSGOV", "111", "RUSGOV"), got


def test_wire_1989_yeltsin_is_a_deputy_and_1990_the_republics_head():
    got = coded_triples(_wire("MOSCOW", "1989-06-20", "Yeltsin criticised the Soviet government on Tuesday "
                              "over food shortages."), "1989-06-20")
    assert _has(got, "RUSLEG", "111", "RUSGOV"), got
    got = coded_triples(_wire("MOSCOW", "1990-07-20", "Boris Yeltsin criticised the Soviet government on "
                              "Friday over the budget."), "1990-07-20")
    assert _has(got, "RUSGOV", "111", "RUSGOV"), got


def test_yeltsin_negated_is_not_coded():
    got = coded_triples(_wire("MOSCOW", "1987-10-22", "Boris Yeltsin did not criticise the Soviet "
                              "leadership on Wednesday."), "1987-10-22")
    assert not got, got


def test_wire_1987_and_1993_arafat_is_the_plo_chairman():
    got = coded_triples(_wire("TUNIS", "1987-06-09", "Arafat criticised the Reagan administration on "
                              "Tuesday for its Middle East policy."), "1987-06-09")
    assert _has(got, "PSEGOV", "111", "USAGOV"), got
    got = coded_triples(_wire("TUNIS", "1993-05-14", "Arafat criticised the Israeli government on Friday "
                              "over the deportations."), "1993-05-14")
    assert _has(got, "PSEGOV", "111", "ISRGOV"), got


def test_wire_1991_shevardnadze_back_at_the_soviet_foreign_ministry():
    got = coded_triples(_wire("MOSCOW", "1991-11-25", "Soviet Foreign Minister Eduard Shevardnadze met U.S. "
                              "Secretary of State James Baker on Monday."), "1991-11-25")
    assert "RUSGOV" in _sources(got) and "GEOGOV" not in _sources(got), got


def test_wire_1988_and_1994_netanyahu():
    got = coded_triples(_wire("JERUSALEM", "1994-03-10", "Benjamin Netanyahu criticised the Israeli "
                              "government on Tuesday over the talks."), "1994-03-10")
    assert _has(got, "ISROPP", "111", "ISRGOV"), got


def test_wire_1995_ortega_in_opposition():
    got = coded_triples(_wire("MANAGUA", "1995-03-10", "Daniel Ortega criticised the Nicaraguan government "
                              "on Tuesday."), "1995-03-10")
    assert _has(got, "NICOPP", "111", "NICGOV"), got


def test_wire_1987_jiang_zemin_in_shanghai():
    got = coded_triples(_wire("SHANGHAI", "1987-09-10", "Jiang Zemin criticised the U.S. government on "
                              "Tuesday over the trade curbs."), "1987-09-10")
    assert _has(got, "CHNGOV", "111", "USAGOV"), got


def test_wire_1987_perot_is_a_businessman():
    got = coded_triples(_wire("DALLAS", "1987-09-10", "Ross Perot criticised the Reagan administration on "
                              "Tuesday over the POW issue."), "1987-09-10")
    assert _has(got, "USABUS", "111", "USAGOV"), got


def test_wire_1987_the_elder_marcos_in_exile():
    got = coded_triples(_wire("MANILA", "1987-03-10", "Ferdinand Marcos criticised the Philippine government "
                              "on Tuesday from his exile in Hawaii."), "1987-03-10")
    assert _has(got, "PHLELI", "111", "PHLGOV"), got


def test_wire_1993_reynolds_hypothetical_is_not_coded():
    got = coded_triples(_wire("DUBLIN", "1993-09-10", "Albert Reynolds might criticise the British "
                              "government next week."), "1993-09-10")
    assert not got, got


# --- an unlisted name's spokesman is a firm's -------------------------------------------------------

def test_wire_1987_firm_spokesman_is_business():
    got = coded_triples(_wire("NEW YORK", "1987-05-14", "A Kessler spokesman criticised the Reagan "
                              "administration on Thursday."), "1987-05-14")
    assert _has(got, "USABUS", "111", "USAGOV"), got
    got = coded_triples(_wire("WASHINGTON", "1987-05-14", "A Chrysler spokeswoman criticised the Commerce "
                              "Department on Thursday."), "1987-05-14")
    assert _has(got, "USABUS", "111", "USAGOV"), got


def test_wikinews_2019_group_spokesman_is_business():
    got = coded_triples("A Halvorsen Group spokesman criticised the U.S. government on Tuesday.", "2019-05-14")
    assert _has(got, "USABUS", "111", "USAGOV"), got


def test_offices_parties_and_countries_keep_their_spokesmen():
    cases = [("MOSCOW", "A Kremlin spokesman criticised the U.S. government on Tuesday.", "RUSGOV"),
             ("LONDON", "A Foreign Office spokesman criticised the U.S. government on Tuesday.", "GBRGOV"),
             ("TOKYO", "A Japanese spokesman criticised the U.S. government on Tuesday.", "JPNGOV"),
             ("PARIS", "An Elysee spokesman criticised the U.S. government on Thursday.", "FRAGOV"),
             ("LONDON", "A Downing Street spokesman criticised the U.S. government on Thursday.", "GBRGOV")]
    for place, sentence, source in cases:
        got = coded_triples(_wire(place, "1996-05-14", sentence), "1996-05-14")
        assert _has(got, source, "111", "USAGOV"), (sentence, got)
    got = coded_triples(_wire("JERUSALEM", "1987-05-14", "A Likud spokesman criticised the PLO on Thursday."),
                        "1987-05-14")
    assert "ISRBUS" not in _sources(got) and "ISRGOV" in _sources(got), got


def test_firm_speaker_name_is_pure():
    from dateline.resolve.firm_speakers import firm_speaker_name

    assert firm_speaker_name(["Kessler", "spokesman"]) == "Kessler"
    assert firm_speaker_name(["Kremlin", "spokesman"]) is None      # an office
    assert firm_speaker_name(["Likud", "spokesman"]) is None        # a party
    assert firm_speaker_name(["CWC", "spokesman"]) is None          # an acronym: union, party or firm
    assert firm_speaker_name(["Embassy", "spokesman"]) is None      # a role word
    assert firm_speaker_name(["Kessler", "official"]) is None       # only spokesmen


# --- firms named as groups and holdings ---------------------------------------------------------------

def test_wire_group_and_holdings_are_firms():
    got = coded_triples(_wire("NEW YORK", "1996-09-05", "The Halvorsen Group criticised the U.S. government "
                              "on Thursday over the levy."), "1996-09-05")
    assert _has(got, "USABUS", "111", "USAGOV"), got
    got = coded_triples(_wire("LONDON", "1996-09-05", "Hanson Holdings criticised the British government on "
                              "Thursday over the levy."), "1996-09-05")
    assert _has(got, "GBRBUS", "111", "GBRGOV"), got


def test_armed_and_diplomatic_groups_are_no_firms():
    from dateline.resolve.legal_forms import firm_by_group_word

    assert firm_by_group_word("the Bass Group") and firm_by_group_word("Hanson Holdings")
    for name in ("Armed Islamic Group", "Contact Group", "Rio Group", "Group of Seven", "Abu Sayyaf Group",
                 "Texas Group", "Tata Group"):
        assert not firm_by_group_word(name), name
    got = coded_triples(_wire("ALGIERS", "1996-09-05", "The Armed Islamic Group criticised the Algerian "
                              "government on Thursday."), "1996-09-05")
    assert _has(got, "DZAREB", "111", "DZAGOV"), got


# --- business people -------------------------------------------------------------------------------

def test_magnates_financiers_industrialists_are_business():
    cases = [("MOSCOW", "1996-09-11", "Oil magnate Mikhail Volkov criticised the Russian government on "
              "Wednesday.", ("RUSBUS", "111", "RUSGOV")),
             ("LONDON", "1987-03-03", "American financier Carl Stroud criticised the British government on "
              "Tuesday.", ("USABUS", "111", "GBRGOV")),
             ("ROME", "2019-05-20", "Italian industrialist Marco Bellini criticised the Italian government on "
              "Monday over the new tax.", ("ITABUS", "111", "ITAGOV"))]
    for place, day, sentence, triple in cases:
        got = coded_triples(_wire(place, day, sentence), day)
        assert _has(got, *triple), (sentence, got)


def test_a_financier_who_may_sue_is_not_coded():
    got = coded_triples(_wire("NEW YORK", "1987-05-14", "The financier may sue the Reagan administration next "
                              "year."), "1987-05-14")
    assert not got, got
