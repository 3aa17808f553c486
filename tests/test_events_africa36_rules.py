"""africa36: Africa's politics and conflicts as wire and Wikinews report them, 1990-2020
(docs/evaluation/events-africa36.md). Every sentence is our own, written in news style.

- A person captured is seized (181) or, by a state's force, arrested (173); a captured town,
  city or position stays the occupation of territory (192).
- The plural crowd a participle follows does the participle's act ("arrested dozens of
  protesters demanding X", "fired on crowds calling for X"), not the main clause's subject.
- African figures of 1990-2020 with dated offices, armed groups and missions, the Niger Delta.
- A ruler who flies or leaves "into / for exile" pays the host no visit (042).
"""
from __future__ import annotations

from events_variety import coded_triples


def _codes(triples):
    return {code for _, code, _ in triples}


# --- people captured -----------------------------------------------------------------------------

def test_rebels_capturing_a_person_take_a_hostage():
    assert ("LBYREB", "181", "LBYGOV") in coded_triples(
        "Fighters loyal to the National Transitional Council captured Muammar Gaddafi near Sirte.", "2011-10-20")
    assert ("MLIREB", "181", "MLIMIL") in coded_triples(
        "Islamist fighters captured three Malian soldiers near Gao.", "2012-06-05")
    assert ("NGAREB", "181", "NGACVL") in coded_triples(
        "Boko Haram captured dozens of villagers in an attack on Gwoza.", "2014-08-01")


def test_state_forces_capturing_a_person_arrest_him():
    assert ("NGAMIL", "173", "NGAREB") in coded_triples(
        "Nigerian troops captured a senior Boko Haram commander in Borno state.", "2014-03-01")
    assert ("SOMMIL", "173", "SOMREB") in coded_triples(
        "Somali forces captured a senior al-Shabaab leader in a raid near Kismayo.", "2016-06-02")
    assert ("ERIMIL", "173", "ERIREF") in coded_triples(
        "Eritrean troops captured dozens of refugees in northern Tigray, aid groups said.", "2021-01-10")
    got = coded_triples("The rebel leader was captured by government troops near the border.", "2003-05-10")
    assert any(code == "173" and src.endswith("MIL") for src, code, _ in got), got


def test_captured_towns_stay_occupied_territory():
    assert ("CODREB", "192", "COD") in coded_triples(
        "M23 rebels captured Goma on Tuesday after government troops fled.", "2012-11-20")
    got = coded_triples("Rebels captured the strategic town of Bunia on Tuesday.", "2003-05-10")
    assert ("CODREB", "192", "COD") in got
    assert not _codes(got) & {"181", "173"}


def test_captures_not_done_are_not_coded():
    assert not _codes(coded_triples("Rebels did not capture the president, the army said.", "2012-04-01")) \
        & {"181", "173", "192"}
    assert not _codes(coded_triples("The rebels threatened to capture the capital within days.", "2012-04-01")) \
        & {"181", "173", "192"}


# --- the crowd a participle describes -------------------------------------------------------------

def test_protesters_after_the_object_make_the_demand():
    got = coded_triples("NAIROBI, July 7 - Police arrested dozens of protesters demanding the resignation "
                        "of the prime minister.", "1997-07-07")
    assert ("KENCOP", "173", "KENOPP") in got
    assert ("KENOPP", "1041", "KENGOV") in got
    assert ("KENCOP", "1041", "KENGOV") not in got


def test_supporters_and_crowds_under_fire_are_not_the_troops():
    got = coded_triples("HARARE, Aug 1 - Police beat opposition supporters protesting against the election "
                        "result.", "2008-08-01")
    assert ("ZWECOP", "175", "ZWEOPP") in got
    assert not any(src == "ZWECOP" and code.startswith("14") for src, code, _ in got), got
    got = coded_triples("Troops opened fire on crowds calling for the president's resignation.", "2011-02-21")
    assert not any(src.endswith("MIL") and code.startswith("02") for src, code, _ in got), got


def test_a_participle_after_a_comma_or_a_singular_body_keeps_the_subject():
    got = coded_triples("Protesters marched through Nairobi demanding the resignation of the president.", "2011-02-21")
    assert ("KENOPP", "1411", "KENGOV") in got
    got = coded_triples("Protesters in Ouagadougou stormed parliament demanding the resignation of the "
                        "president.", "2014-11-01")
    assert not any(src.endswith("LEG") for src, _, _ in got), got


# --- African actors ------------------------------------------------------------------------------

def test_african_leaders_of_the_period_are_coded_with_their_office():
    assert ("KENOPP", "1121", "KENGOV") in coded_triples(
        "Raila Odinga accused President Mwai Kibaki of rigging the election.", "2008-01-03")
    got = coded_triples("Kibaki and Odinga signed a power-sharing deal brokered by Kofi Annan.", "2008-02-28")
    assert {("KENGOV", "057", "KENOPP"), ("KENOPP", "057", "KENGOV")} <= got
    assert ("CIVGOV", "020", "IGOUNO") in coded_triples(
        "Alassane Ouattara called on the United Nations to remove Gbagbo by force.", "2011-01-05")
    assert ("SSDGOV", "112", "SSDREB") in coded_triples(
        "Salva Kiir accused Riek Machar of plotting a coup.", "2013-12-20")


def test_african_armed_groups_and_missions():
    assert ("RWAREB", "112", "FRA") in coded_triples(
        "The Rwandan Patriotic Front accused France of protecting the killers.", "1994-07-20")
    assert ("IGOOAU", "190", "SOMREB") in coded_triples(
        "AMISOM troops clashed with al-Shabaab fighters north of Mogadishu.", "2012-02-10")
    assert ("ZWECOP", "173", "ZWEOPP") in coded_triples(
        "Police arrested MDC leader Morgan Tsvangirai at a rally in Harare.", "2007-03-12")


def test_the_niger_delta_is_nigeria():
    got = coded_triples("Militants in the Niger Delta kidnapped four foreign oil workers.", "2006-01-20")
    assert any(src == "NGAREB" and code == "181" for src, code, _ in got), got


def test_statements_swearing_in_and_resignations_stay_uncoded():
    for text, day in (("Joseph Kabila was sworn in as president of Congo on Friday.", "2001-01-26"),
                      ("Robert Mugabe resigned as president of Zimbabwe on Tuesday.", "2017-11-21"),
                      ("Mugabe said on Monday that white farmers would not be protected.", "2000-04-10"),
                      ("Nigeria postponed the presidential election by six weeks.", "2015-02-14")):
        assert not [t for t in coded_triples(text, day) if t[2] is not None], text


# --- exile is no visit ---------------------------------------------------------------------------

def test_a_flight_into_exile_is_no_visit():
    for text, day in (("Jammeh left Gambia for exile in Equatorial Guinea.", "2017-01-21"),
                      ("Charles Taylor stepped down as president of Liberia and flew into exile in Nigeria.",
                       "2003-08-11")):
        assert not _codes(coded_triples(text, day)) & {"042", "043"}, text


def test_a_trip_for_talks_stays_a_visit():
    assert ("LBRGOV", "042", "NGA") in coded_triples(
        "Taylor flew to Nigeria on Monday for talks with Obasanjo.", "2003-08-11")
