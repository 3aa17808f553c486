"""mideast34: the Middle East at war in 2003-2020 Wikinews-style copy (docs/evaluation/events-mideast34.md).
Every sentence is our own.

- A place named by its holder is that holder: "rebel-held districts of Aleppo" are SYRREB,
  "Houthi-held areas" YEMREB, "government-held neighbourhoods" SYRGOV (events/holder_places.py).
- Armed men "loyal to" a leader are the leader's side: a ruler's or commander's army (MIL), a
  rebel leader's group (events/loyal_forces.py).
- A patron's country ("Turkish-backed rebels", "Iran-backed militias") is not the group's home.
"""
from __future__ import annotations

from events_variety import coded_triples


def test_a_rebel_held_place_is_the_rebels():
    assert ("SYRMIL", "194", "SYRREB") in coded_triples(
        "Syrian government forces shelled rebel-held districts of Aleppo on Wednesday.", "2015-06-10")
    assert ("RUSMIL", "195", "SYRREB") in coded_triples(
        "Russian jets bombed rebel-held towns in Idlib province, activists said.", "2016-09-10")


def test_a_named_holder_and_a_government_holder():
    assert ("SAUMIL", "195", "YEMREB") in coded_triples(
        "Saudi-led coalition jets struck Houthi-held areas of Sanaa on Saturday.", "2016-09-10")
    assert ("SYRREB", "194", "SYRGOV") in coded_triples(
        "Rebels shelled government-held neighbourhoods of Aleppo, state media said.", "2016-09-10")
    assert ("SYRREB", "190", "IMGREB") in coded_triples(
        "US-backed fighters advanced into Islamic State-held territory near Raqqa.", "2017-03-10")


def test_owned_things_and_plain_places_keep_their_reading():
    got = coded_triples("Iraq's state-run newspaper accused the United States of planning an invasion.", "2003-01-10")
    assert ("IRQMED", "1123", "USA") in got, got
    assert coded_triples("Government-held shares in the bank were sold on Monday.", "2016-01-10") == set()
    got = coded_triples("Syrian government forces shelled districts of Aleppo on Wednesday.", "2015-06-10")
    assert not any(t == "SYRREB" for _, _, t in got), got


def test_fighters_loyal_to_a_ruler_are_his_army():
    assert ("LBYMIL", "194", "LBYREB") in coded_triples(
        "Fighters loyal to Muammar Gaddafi shelled the rebel-held city of Misrata.", "2011-08-20")


def test_gunmen_loyal_to_a_rebel_leader_are_his_group():
    assert ("IRQREB", "190", "IRQCOP") in coded_triples(
        "Gunmen loyal to Moqtada al-Sadr attacked a police station in Najaf.", "2004-08-10")


def test_loyalty_to_no_leader_or_no_loyalty_codes_no_side():
    assert coded_triples("The rebels said they remained loyal to the revolution.", "2011-03-10") == set()
    got = coded_triples("Gunmen attacked a police station in Najaf.", "2004-08-10")
    assert not any(s and s.endswith(("REB", "MIL")) for s, _, _ in got), got


def test_a_patron_is_not_the_groups_home():
    got = coded_triples("Turkey launched an offensive against Kurdish fighters in Syria on Wednesday. "
                        "Turkish-backed rebels captured the Syrian town of Ras al-Ain on Saturday.", "2019-10-12")
    assert any(s == "SYRREB" and c.startswith("19") for s, c, _ in got), got
    assert not any(s == "TURREB" for s, _, _ in got), got
    got = coded_triples("Iran-backed militias attacked a US base in Iraq on Sunday.", "2017-05-10")
    assert any(s == "IRQUAF" and c == "190" for s, c, _ in got), got


def test_a_leading_country_still_leads():
    assert ("SAUMIL", "195", "YEMREB") in coded_triples(
        "Saudi-led coalition jets bombed Houthi positions in Sanaa.", "2015-03-26")
