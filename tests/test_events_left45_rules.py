"""left45: failures earlier helpers saw and left (left43b, left44a, left44b), repaired in round 45
(docs/evaluation/events-left45.md). Every sentence is our own, a dateline paragraph first."""
from __future__ import annotations

from events_variety import coded_triples


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


def _sources(got) -> set[str]:
    return {s for s, _, _ in got}


# --- protesters of a stateless or separatist people abroad: that people's, never the host's or REB

def test_tamil_demonstrators_abroad_are_sri_lankan_protesters():
    assert ("LKAOPP", "141", "LKAGOV") in _story(
        "LONDON 1996-08-30", "Tamil demonstrators in London protested against the Sri Lankan government.")
    assert ("LKAOPP", "141", "LKAGOV") in _story(
        "TORONTO 1996-08-30", "Tamil protesters in Toronto burned an effigy of the Sri Lankan president.")


def test_kurdish_protesters_abroad_take_no_host_or_embassy_country():
    for text, target in (("Kurdish protesters in Berlin occupied the Greek embassy.", "GRCGOV"),
                         ("Hundreds of Kurdish protesters stormed the Kenyan embassy in The Hague.", "KENGOV")):
        got = _story("BERLIN 1999-02-16", text)
        assert ("---OPP", "192" if "occupied" in text else "145", target) in got, (text, got)
        assert not any(s[:3] in ("DEU", "NLD", "GRC", "KEN") for s in _sources(got)), got


def test_kurdish_protesters_at_a_state_of_their_own_people():
    assert ("TUROPP", "145", "TURGOV") in _story(
        "BONN 1996-08-30", "Kurdish demonstrators in Germany attacked a Turkish consulate on Saturday.")
    assert ("TUROPP", "145", "TURCOP") in _story(
        "ISTANBUL 1996-08-30", "Kurdish protesters in Istanbul clashed with police.")


def test_separatist_fighters_stay_rebels():
    assert ("LKAREB", "190", "LKAMIL") in _story("COLOMBO 1996-08-30", "Tamil rebels attacked a Sri Lankan navy base.")
    assert ("TURREB", "190", "TURMIL") in _story("ANKARA 1996-08-30", "Kurdish rebels attacked a Turkish army post.")


# --- "their leaders" arrested at a protest are the protesters', not the police's own

def test_protest_leaders_arrested_are_protesters():
    cases = (("SEOUL 1996-08-30", "Police detained their leaders after the rally in Seoul.", ("KORCOP", "173", "KOROPP")),
             ("JAKARTA 1996-08-30", "Riot police broke up the march in Jakarta and arrested its organisers.",
              ("IDNCOP", "173", "IDNOPP")),
             ("DHAKA 1996-08-30", "Police fired tear gas at the demonstrators in Dhaka and detained their leaders.",
              ("BGDCOP", "173", "BGDOPP")))
    for dateline, text, triple in cases:
        got = _story(dateline, text)
        assert triple in got, (text, got)
        assert not any(s == t for s, _, t in got), got


def test_protest_leaders_in_a_story():
    got = _story("SEOUL 1996-08-30", "Thousands of students marched through Seoul on Friday.",
                 "Police detained their leaders after the rally.")
    assert ("KORCOP", "173", "KOROPP") in got and ("KORCOP", "173", "KORCOP") not in got


def test_own_leaders_without_a_protest_are_left_alone():
    got = _story("LAGOS 1996-08-30", "Nigerian police arrested their own commander on Monday.")
    assert not any(t and t.endswith("OPP") for _, _, t in got), got


# --- gunmen storming a place attack it: no riot (145), no opposition

def test_gunmen_storming_is_no_riot():
    for dateline, text in (("KARACHI 1996-08-30", "Gunmen stormed the hotel on Sunday."),
                           ("ALGIERS 1996-08-30", "Masked gunmen stormed a bus station in Algiers on Tuesday."),
                           ("LAHORE 1996-08-30", "Armed men stormed the police station in the south of the country."),
                           ("KARACHI 1996-08-30", "Gunmen clashed with police in Karachi.")):
        got = _story(dateline, text)
        assert not any(c == "145" or s.endswith("OPP") for s, c, _ in got), (text, got)
    assert ("PAKCVL", "190", "PAKCOP") in _story(  # unnamed48: "Armed men" (an unnamed band) code no act
        "LAHORE 1996-08-30", "A gunman stormed the police station in the south of the country.")


def test_protesters_storming_stays_a_riot():
    assert ("LBNOPP", "145", "DNKGOV") in _story("BEIRUT 2006-02-05", "Protesters stormed the Danish embassy in Beirut.")
    assert ("ALBEDU", "145", "ALBLEG") in _story(
        "TIRANA 1997-03-02", "Hundreds of students stormed the parliament building in Tirana.")


# --- an apology's wronged party inside its own noun phrase

def test_apology_for_harm_in_or_of_a_country():
    for dateline, text, triple in (
            ("TOKYO 1995-08-15", "Murayama apologised for Japan's wartime aggression in China.", ("JPNGOV", "055", "CHN")),
            ("BRUSSELS 1996-08-30", "The Belgian king apologised for the colonial rule in Rwanda.", ("BELGOV", "055", "RWA")),
            ("TOKYO 1996-08-30", "The Japanese prime minister apologised for the occupation of Indonesia.",
             ("JPNGOV", "055", "IDN"))):
        got = _story(dateline, text)
        assert triple in got, (text, got)


def test_apology_for_remarks_or_delays_names_no_place_as_wronged():
    for text in ("The minister apologised for his remarks in parliament.",
                 "The minister apologised for the delay in Paris.",
                 "The Japanese prime minister did not apologise for the occupation of Korea."):
        assert not any(c == "055" for _, c, _ in _story("TOKYO 1996-08-30", text)), text


# --- activists of a separatist people are protesters, not its rebels

def test_kurdish_activists_charged_are_opposition():
    got = _story("ANKARA 1996-08-30", "Prosecutors charged Kurdish activists with separatism.")
    assert got and not any(t and t.endswith("REB") for _, _, t in got), got
    assert ("TURJUD", "1121", "TUROPP") in got or ("---JUD", "1121", "---OPP") in got, got


# --- "its leader" after a raid on the party's offices: the party's, not the police's own

def test_raided_party_and_arrested_its_leader():
    for text in ("Police raided the headquarters of the opposition party and arrested its leader.",
                 "Police raided the offices of the party and detained dozens of its members."):
        got = _story("NAIROBI 1996-08-30", text)
        assert ("KENCOP", "173", "KENOPP") in got, (text, got)
        assert ("KENCOP", "173", "KENCOP") not in got, got


# --- a legislature blocking a tax rejects it (120); blocking a road stays 144

def test_legislature_blocking_a_tax_rejects_it():
    assert ("ARGLEG", "120", "ARGGOV") in _story(
        "BUENOS AIRES 1996-08-30", "Parliament blocked the government's proposed tax on fuel.")
    got = _story("BUENOS AIRES 1996-08-30",
                 "Deputies blocked the privatisation of the state telephone company proposed by the cabinet.")
    assert ("ARGLEG", "120", "ARGGOV") in got and not any(c == "144" for _, c, _ in got), got


def test_blocking_a_road_is_still_a_blockade():
    got = _story("PARIS 1996-08-30", "Farmers blocked the main road with tractors to protest against a new tax.")
    assert not any(c == "120" for _, c, _ in got), got


# --- a legislature held by a party or the opposition is still the legislature

def test_controlled_legislature_is_leg():
    assert ("ARGLEG", "120", "ARGGOV") in _story(
        "BUENOS AIRES 1996-08-30", "The opposition-controlled senate rejected the budget proposed by President Menem.")
    assert ("USALEG", "120", "USAGOV") in _story(
        "WASHINGTON 1996-08-30", "The Republican-controlled Congress rejected the budget proposed by President Clinton.")
    assert ("RUSLEG", "111", "RUSGOV") in _story("MOSCOW 1996-08-30", "The communist-dominated Duma criticised Yeltsin.")


def test_rebel_held_ground_stays_rebel():
    assert ("LKAMIL", "194", "LKAREB") in _story(
        "COLOMBO 1996-08-30", "The army shelled rebel-held villages in the north of Sri Lanka.")


# --- aid workers are private persons, not labour

def test_aid_workers_held_hostage_are_civilians():
    got = _story("FREETOWN 1996-08-30", "The rebels held five British aid workers hostage for three weeks.")
    assert ("SLEREB", "181", "GBRCVL") in got and not any(t and t.endswith("LAB") for _, _, t in got), got
