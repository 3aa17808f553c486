"""integ36: the integrator's second batch of the twentieth session (docs/evaluation/events-integ35.md,
section "Second batch"). Every sentence is our own, written for these tests.

- A listed figure named with a middle name the table leaves out ("Manuel Antonio Noriega") is
  the listed figure.
"""
from __future__ import annotations

from events_variety import coded_triples


def test_a_middle_name_does_not_hide_a_listed_figure():
    from dateline.resolve.actors import _without_middle_names

    assert _without_middle_names(["Manuel Antonio Noriega", "Noriega"]) == ["Manuel Noriega"]
    assert _without_middle_names(["the Panamanian leader"]) == []
    got = coded_triples("Panama's Gen. Manuel Antonio Noriega accused the United States of aggression on Friday.", "1989-06-01")
    assert ("PANMIL", "1123", "USA") in got, got


def test_him_after_a_titled_object_is_that_person():
    got = coded_triples("The government of Venezuela on Monday expelled the head of the German embassy, "
                        "accusing him of meddling in the country's internal affairs.", "2019-03-12")
    assert ("VENGOV", "1125", "DEUGOV") in got, got
    got = coded_triples("The Nigerian president sacked the army chief and accused him of plotting a coup.", "2019-03-12")
    assert any(code.startswith("112") and tgt == "NGAMIL" for _, code, tgt in got), got


def test_a_bare_count_protesting_is_a_crowd_of_its_place():
    got = coded_triples("Thousands protested in Istanbul against the government.", "2015-10-08")
    assert ("TUROPP", "141", "TURGOV") in got, got
    got = coded_triples("Hundreds rallied outside parliament in Budapest on Sunday.", "2015-10-08")
    assert any(src == "HUNOPP" and code.startswith("14") for src, code, _ in got), got
    # a count that only flees, or whose "of" says who they are, is left to the other rules
    assert not coded_triples("Thousands fled the fighting in Aleppo.", "2015-10-08")
    from dateline.api import load_pipeline
    from dateline.events.counted_crowds import crowd_country

    doc = load_pipeline().nlp("Thousands of workers protested in Seoul.")
    assert crowd_country(doc[0], lambda g: "KOR", None) is None


def test_a_state_that_protests_is_no_crowd():
    got = coded_triples("Turkey protested after a Russian jet entered its airspace near the Syrian border.", "2015-10-08")
    assert not [t for t in got if t[0].endswith("OPP")], got
    assert ("RUSMIL", "190", "TUR") in got, got


def test_strikes_in_a_states_provinces_target_the_state():
    got = coded_triples("Russian warplanes struck targets in the Syrian provinces of Hama and Idlib on Wednesday.", "2015-10-08")
    assert ("RUSMIL", "195", "SYR") in got, got
    got = coded_triples("Turkish jets bombed Kurdish positions on Iraqi territory.", "2015-10-08")
    assert any(src == "TURMIL" and tgt == "IRQ" for src, _, tgt in got), got


def test_a_groups_own_fighters_are_the_group():
    got = coded_triples("The Free Syrian Army said its fighters had repelled an attack by government troops north of Hama.", "2015-10-08")
    assert any(src == "SYRREB" for src, _, _ in got), got
    got = coded_triples("Hezbollah said its fighters had killed three Israeli soldiers.", "2015-10-08")
    assert any(src == "LBNREB" and tgt == "ISRMIL" for src, _, tgt in got), got


BULLETIN = ("Iraq has agreed to let weapons inspectors return to Baghdad, the United Nations said. "
            "President Clinton warned Iraq against breaking its word.\n\n"
            "In Indonesia, students stormed the parliament building today, demanding that President Suharto resign. "
            "Police fired tear gas at the students.\n\n"
            "In Nairobi, police arrested dozens of opposition supporters.")


def test_a_roundup_item_is_set_in_its_opening_scene():
    got = coded_triples(BULLETIN, "1998-05-18")
    assert any(src == "IDNEDU" for src, _, _ in got), got
    assert any(src == "IDNCOP" and code == "175" for src, code, _ in got), got  # the scene holds for the paragraph
    assert any(src == "KENCOP" and code == "173" for src, code, _ in got), got
    assert not [t for t in got if t[0] in ("IRQEDU", "IRQCOP")], got


def test_an_opening_that_names_no_place_sets_no_scene():
    from dateline.api import load_pipeline
    from dateline.events.actors import country_of
    from dateline.events.scenes import scene_country

    nlp = load_pipeline().nlp
    doc = nlp("In a statement, the ministry said troops had left the town.")
    assert scene_country(doc[-3], country_of) is None
    doc = nlp("In 1990, troops entered the capital.")
    assert scene_country(doc[4], country_of) is None
    doc = nlp("In Kenya, police fired tear gas.\n\nThe army said troops had left the town.")
    assert scene_country(doc[-2], country_of) is None  # a new paragraph ends the scene


def test_told_it_must_is_a_demand_and_with_or_face_a_threat():
    got = coded_triples("The Reagan administration told Japan it must open its markets to American "
                        "semiconductors or face sanctions.", "1987-04-01")
    assert ("USAGOV", "130", "JPN") in got, got
    got = coded_triples("The Reagan administration told Japan it must open its markets to American semiconductors.", "1987-04-01")
    assert ("USAGOV", "100", "JPN") in got, got
    got = coded_triples("The Sri Lankan government told the Tamil rebels they must lay down their arms.", "1987-04-01")
    assert any(code == "1056" and tgt.endswith("REB") for _, code, tgt in got), got
    # the speaker's own "we", or reporters told what "it" (a thing) needs, are no demand on anyone
    assert not coded_triples("The minister told reporters it must be done quickly.", "1987-04-01")
    assert not [t for t in coded_triples("The president told Congress we must act now.", "1987-04-01") if t[1][:2] == "10"]
