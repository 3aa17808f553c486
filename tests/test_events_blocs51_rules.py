"""blocs51: groups of states named in words as actors (docs/evaluation/events-blocs51.md).
Every sentence is our own.

- A bloc named by a quality ("the industrialized nations" WST, "Gulf states" PGS, "Arab states"
  MEA) takes the bloc's code; its governments, leaders and ministers take the code + GOV.
- "The member states" / "member countries" with no body of their own are the intergovernmental
  body the story last named; "the allies" in a story that last named NATO are NATO; "the Twelve"
  (1986-1994) is the EC, and "ministers of the Twelve" are the EC.
- Negatives: one named member state keeps its own code, a "Western-backed government" is its
  country's, developing countries are no bloc, owned allies ("its allies") are no body.
"""
from __future__ import annotations

from events_variety import coded_triples, last_paragraph_triples


def _sources(triples):
    return {src for src, _, _ in triples}


def _targets(triples):
    return {tgt for _, _, tgt in triples}


# --- blocs named by a quality ------------------------------------------------------------------

def test_industrialized_nations_are_the_west():
    for text, date in (("The major industrial countries criticised Japan for failing to open its markets.", "1987-04-10"),
                       ("The leading industrialised democracies condemned Iran for the hijacking.", "1988-04-12"),
                       ("Developed countries criticised China over its coal plants.", "2019-12-10")):
        got = coded_triples(text, date)
        assert "WST" in _sources(got), (text, got)
    got = coded_triples("Japanese Finance Minister Kiichi Miyazawa urged the industrialized nations to cut interest rates.",
                        "1987-03-02")
    assert ("JPNGOV", "0211", "WST") in got, got  # subcode64: an appeal to cut interest rates is economic (0211)


def test_gulf_and_arab_states_are_their_regions():
    got = coded_triples("Iranian Foreign Minister Javad Zarif accused Gulf states of funding terrorism.", "2019-06-02")
    assert ("IRNGOV", "112", "PGS") in got, got
    got = coded_triples("Arab states condemned Israel on Monday for expanding settlements in the West Bank.", "1996-08-30")
    assert ("MEA", "111", "ISR") in got, got
    got = coded_triples("Arab foreign ministers condemned Israel for the raid.", "1996-06-22")
    assert "MEAGOV" in _sources(got), got


def test_negatives_keep_their_own_codes():
    got = coded_triples("France, a member state of the European Union, criticised the United States.", "2019-05-10")
    assert ("FRA", "111", "USA") in got, got
    got = coded_triples("The Western-backed government in Kabul criticised Pakistan.", "2019-05-10")
    assert "WST" not in _sources(got) and "WSTGOV" not in _sources(got), got
    got = coded_triples("Developing countries criticised the United States over climate finance.", "2019-12-10")
    assert "WST" not in _sources(got), got
    got = coded_triples("Western powers may impose sanctions on Russia next month.", "2019-05-10")
    assert not any(src == "WST" and tgt == "RUS" for src, _, tgt in got), got


# --- members of a named body -------------------------------------------------------------------

def test_member_states_are_the_body_the_story_named():
    story = ("BRUSSELS 1987-03-02\n\nThe European Community will discuss the oils tax next week.\n\n"
             "The member states criticised the United States for threatening retaliation.")
    assert ("IGOEUREEC", "111", "USA") in last_paragraph_triples(story, "1987-03-02")
    story = ("VIENNA 1996-11-28\n\nOPEC ministers met in Vienna on Thursday.\n\n"
             "Member countries criticised the United States for its sanctions on Iran.")
    assert ("IGOOPC", "111", "USA") in last_paragraph_triples(story, "1996-11-28")


def test_member_states_asking_the_commission():
    story = ("BRUSSELS 1987-03-02\n\nThe EC Commission was asked by representatives of member states on "
             "Tuesday to withdraw its plan for a levy on soybeans.")
    got = last_paragraph_triples(story, "1987-03-02")
    assert any(src == "IGOEUREEC" and tgt == "IGOEUREEC" for src, _, tgt in got), got


def test_the_allies_in_a_nato_story():
    story = "NATO met in Brussels on Thursday.\n\nThe allies criticised Turkey for its offensive in Syria."
    assert ("IGONAT", "111", "TUR") in last_paragraph_triples(story, "2019-10-10")
    got = coded_triples("The United States and its allies struck targets in Syria on Saturday.", "2018-04-14")
    assert "IGONAT" not in _sources(got), got
    got = coded_triples("The allies bombed Dresden in 1945, the historian told reporters.", "2019-06-06")
    assert "IGONAT" not in _sources(got), got


def test_the_twelve_is_the_ec():
    story = "BRUSSELS 1987-04-02\n\nForeign ministers of the Twelve criticised Japan for its trade surplus."
    assert ("IGOEUREEC", "111", "JPN") in last_paragraph_triples(story, "1987-04-02")
    story = "LUXEMBOURG 1991-06-20\n\nThe Twelve condemned Serbia for the shelling of Dubrovnik."
    assert "IGOEUREEC" in _sources(last_paragraph_triples(story, "1991-06-20"))
    # not before the EC had twelve members
    got = coded_triples("The Twelve condemned the attack, a spokesman said.", "2019-06-20")
    assert "IGOEUREEC" not in _sources(got), got
    got = coded_triples("The Twelve hostages thanked Syria for their release.", "1987-04-02")
    assert "IGOEUREEC" not in _sources(got), got
