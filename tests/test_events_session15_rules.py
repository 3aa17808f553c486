"""Fifteenth session: repairs made by the integrator after the round's merges, found on the
Wikinews dev set (whose two lost triples the round's rules had cost).

- A passive reported clause's by-phrase names its doer only when it can be one (a name, a
  pronoun, a role noun): "found the PM's advice was motivated by an improper purpose" keeps the
  advice's author as the ruling's target; "said the truce was broken by the army" takes the army.
- An offensive or operation begun "with airstrikes" stays the offensive (190); the airstrikes are
  their own act (195). A weapon named as the instrument of a plain attack still gives its subcode.
"""
from __future__ import annotations

from events_variety import coded_triples


def test_a_reason_in_a_by_phrase_is_no_doer():
    text = ("British Prime Minister Tom Rowe asked the Queen to suspend Parliament. The High Court in "
            "London found Rowe's advice to the Queen was motivated by an improper purpose and is unlawful.")
    assert ("GBRJUD", "116", "GBRGOV") in coded_triples(text, "2019-09-11")


def test_a_doer_in_a_by_phrase_is_still_the_one_the_report_is_about():
    text = "Yemen's government said the truce was broken by Houthi rebels on Sunday."
    assert ("YEMGOV", "112", "YEMREB") in coded_triples(text, "2021-03-14")


def test_an_offensive_with_airstrikes_is_the_offensive_and_the_airstrikes():
    got = coded_triples("On Wednesday, Turkey began a military offensive with airstrikes followed by a "
                        "ground invasion.", "2019-10-10")
    assert {code for src, code, _ in got if src == "TUR"} == {"190", "195"}


def test_a_plain_attack_with_drones_is_still_an_air_attack():
    got = coded_triples("Russian forces attacked Ukrainian positions with drones on Monday.", "2023-05-02")
    assert {code for src, code, _ in got if src == "RUSMIL"} == {"195"}
