"""actors57: actor readings of era wire copy that came out wrong.

- A bare "the Commission" in copy datelined BRUSSELS (upper case, as the wire writes it) is the
  European Commission (IGOEUREEC), not Belgium's government; elsewhere it stays a national body.
- "Greek Cypriot" / "Turkish Cypriot" (split by the tagger into two nationalities) is Cyprus's.
- "the country's communists / Maoists / socialists": a party family with an owner is REB in a
  story of insurgency (or when called Maoist), GOV when the family rules (ruling_parties.tsv),
  else OPP (events/party_families.py).
- An unlisted movement named in full ("the Islamic Action Front", "the Popular Front") is the
  article's country's OPP; REB when the name calls it armed; a war's front is none.
- ruling_parties.tsv: Nigeria's People's Democratic Party governed 1999-2015.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _sources(got: set[tuple[str, str, str | None]]) -> set[str]:
    return {s for s, _, _ in got}


def _actors(got: set[tuple[str, str, str | None]]) -> set[str | None]:
    return {s for s, _, _ in got} | {t for _, _, t in got}


# ---------------------------------------------------------------- the Commission from Brussels

def test_brussels_dateline_commission_is_the_eu() -> None:
    got = coded_triples(wire_story("BRUSSELS", "1992-09-14",
                                   "The Commission criticised Denmark for delaying the new rules on bank capital."),
                        "1992-09-14")
    assert ("IGOEUREEC", "111", "DNK") in got, got
    assert "BELGOV" not in _sources(got)


def test_brussels_dateline_commission_accuses() -> None:
    got = coded_triples(wire_story("BRUSSELS", "1990-04-03",
                                   "The Commission on Tuesday accused Greece of ignoring the rules on state aid."),
                        "1990-04-03")
    assert ("IGOEUREEC", "112", "GRC") in got, got


def test_national_commission_stays_national() -> None:
    got = coded_triples(wire_story("NAIROBI", "1997-11-02",
                                   "The electoral commission accused the opposition of intimidating voters."),
                        "1997-11-02")
    assert not any(a == "IGOEUREEC" for a in _actors(got)), got
    assert ("KENGOV", "112", "KENOPP") in got, got


# ---------------------------------------------------------------- Cyprus's two communities

def test_greek_cypriot_plan_is_cyprus() -> None:
    got = coded_triples(wire_story("NICOSIA", "1997-02-03",
                                   "Ankara on Monday rejected a Greek Cypriot proposal to demilitarise the island."),
                        "1997-02-03")
    assert any(s == "TUR" and t == "CYP" for s, _, t in got), got
    assert not any(t == "GRC" for _, _, t in got), got


def test_greek_hyphen_cypriot_side_is_cyprus() -> None:
    got = coded_triples(wire_story("ANKARA", "1995-05-12",
                                   "Turkey accused the Greek-Cypriot side of arming itself."), "1995-05-12")
    assert ("TUR", "112", "CYP") in got, got
    assert not any(t == "GRC" for _, _, t in got), got


def test_greek_police_stay_greek() -> None:
    got = coded_triples(wire_story("ATHENS", "1998-06-10",
                                   "Greek police arrested four Albanian smugglers near the border."), "1998-06-10")
    assert any(s == "GRCCOP" for s, _, _ in got), got


# ---------------------------------------------------------------- party families with an owner

def test_country_s_maoist_communists_are_rebels() -> None:
    got = coded_triples(wire_story("KATHMANDU", "1997-03-09",
                                   "The country's Maoist communists attacked an army post in the hills."),
                        "1997-03-09")
    assert any(s == "NPLREB" for s, _, _ in got), got


def test_country_s_communists_in_an_insurgency_are_rebels() -> None:
    got = coded_triples(wire_story("MANILA", "1987-05-20",
                                   "Guerrillas have waged a rebellion in the countryside for 18 years.",
                                   "The country's communists ambushed a military convoy in the north."),
                        "1987-05-20")
    assert any(s == "PHLREB" for s, _, _ in got), got


def test_country_s_communists_in_politics_are_opposition() -> None:
    got = coded_triples(wire_story("MOSCOW", "1996-04-11",
                                   "The country's communists accused President Boris Yeltsin of betraying the army."),
                        "1996-04-11")
    assert ("RUSOPP", "112", "RUSGOV") in got, got


def test_ruling_communists_are_the_government() -> None:
    got = coded_triples(wire_story("HAVANA", "1996-03-01",
                                   "The country's communists condemned the United States over the new sanctions."),
                        "1996-03-01")
    assert any(s == "CUBGOV" for s, _, _ in got), got


def test_a_former_communist_is_no_party() -> None:
    got = coded_triples(wire_story("MANILA", "1988-03-01",
                                   "A former communist accused the army of burning villages."), "1988-03-01")
    assert not any(s.endswith(("OPP", "REB")) for s in _sources(got) if s), got


# ---------------------------------------------------------------- movements no table lists

def test_unlisted_front_is_the_country_s_opposition() -> None:
    got = coded_triples(wire_story("AMMAN", "1997-10-05",
                                   "The Islamic Action Front accused the government of muzzling the press."),
                        "1997-10-05")
    assert any(s == "JOROPP" and t == "JORGOV" for s, _, t in got), got


def test_unlisted_front_as_target() -> None:
    got = coded_triples(wire_story("AMMAN", "1997-10-05",
                                   "Police detained six leaders of the Islamic Action Front on Sunday."),
                        "1997-10-05")
    assert ("JORCOP", "173", "JOROPP") in got, got


def test_popular_front_is_opposition() -> None:
    got = coded_triples(wire_story("BAKU", "1990-01-22",
                                   "The Popular Front accused Moscow of sending troops against civilians."),
                        "1990-01-22")
    assert any(s == "AZEOPP" for s, _, _ in got), got


def test_armed_movement_name_is_rebel() -> None:
    got = coded_triples(wire_story("KAMPALA", "1985-12-10",
                                   "The National Resistance Movement attacked government troops near Masaka."),
                        "1985-12-10")
    assert any(s == "UGAREB" for s, _, _ in got), got


def test_war_front_is_no_movement() -> None:
    got = coded_triples(wire_story("MOSCOW", "1943-02-02",
                                   "Soviet troops attacked German positions on the Eastern Front."), "1943-02-02")
    assert not any(a and a.endswith("OPP") for a in _actors(got)), got


def test_nigeria_pdp_governs_from_1999() -> None:
    got = coded_triples(wire_story("ABUJA", "2007-04-10",
                                   "The People's Democratic Party accused the opposition of plotting violence."),
                        "2007-04-10")
    assert any(s == "NGAGOV" for s, _, _ in got), got
