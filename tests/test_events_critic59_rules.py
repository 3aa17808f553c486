"""critic59: criticism of a thing, aimed at the thing's maker (docs/evaluation/events-critic59.md).
Every sentence is our own, written in wire (1987, 1996) or Wikinews (2019) style.

- Verdict words VADER does not rate ("flouts", "a gimmick", "a ruse") and verdict idioms ("flies
  in the face of", "treads upon", "runs roughshod over") said of a thing are criticism (111) of
  its maker (`judged_things.VERDICT_WORDS`, `idiom_valence`, read by stance.py); the idiom's verb
  is no trip ("fly" 042).
- A thing said to violate / breach / flout a rule is criticised, its maker the target (111), not
  accused (112) as a party that breaks the law is (`judged_things.thing_verdict_code`).
- "X said it violates ...", "it" the act the sentence before made: the act's maker
  (`judged_things.pointed_makers`), or, when that sentence names the act without its maker
  ("The ban took effect at once"), the maker an earlier mention of its family names; no 128
  for the speaker.
- No verdict under "if" / "unless", with "may", of a thing with no maker, or praise.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story

OLD, WIRE, WIKI = "1987-05-19", "1996-06-04", "2019-11-12"


def test_verdict_words_and_idioms_on_a_thing_criticise_its_maker():
    for text, day, want in (
            (wire_story("LONDON", OLD, "The Labour Party said the government's decision flies in the face of the law."),
             OLD, ("GBROPP", "111", "GBRGOV")),
            ("Senator Bernie Sanders said the administration's tax plan is a gimmick to help the rich.", WIKI,
             ("USALEG", "111", "USAGOV")),
            (wire_story("BAGHDAD", WIRE, "Iraq said Washington's new proposal was a ruse to prolong the sanctions."),
             WIRE, ("IRQ", "111", "USA"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)
        assert not [t for t in got if t[1] == "042"], (text, got)


def test_a_thing_that_breaks_a_rule_is_criticised_not_accused():
    # code71: a thing that breaks a principle or a right is criticised (111); one that breaks a
    # written rule (a law, an agreement, GATT rules) is an accusation against its maker (112,
    # tests/test_events_code71_rules.py; critic59 had these two 111)
    for text, day, want in (
            (wire_story("ATHENS", WIRE, "Greece said Turkey's new maritime law flouts the principles of the sea."), WIRE,
             ("GRC", "111", "TUR")),
            ("Mexico said the U.S. government's border policy violates the rights of migrants.", WIKI,
             ("MEX", "111", "USAGOV"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)
        assert not [t for t in got if t[1][:3] == "112"], (text, got)
    for text, day, want in (
            (wire_story("ATHENS", WIRE, "Greece said Turkey's new maritime law flouts international law."), WIRE,
             ("GRC", "112", "TUR")),
            ("Mexico said the U.S. government's border policy violates international law.", WIKI,
             ("MEX", "112", "USAGOV"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)
    # a party that breaks the law is accused, as before
    got = coded_triples(wire_story("ATHENS", WIRE, "Greece said the Turkish government is breaking international law."), WIRE)
    assert ("GRC", "112", "TURGOV") in got, got


def test_it_points_at_the_act_just_named():
    for text, day, want in (
            ("The Trump administration announced new restrictions on Chinese students on Friday. China's foreign "
             "ministry said it violates the spirit of cooperation between the two countries.", WIKI,
             ("CHNGOV", "111", "USAGOV")),
            (wire_story("BRUSSELS", OLD, "The European Community imposed a new levy on American soybeans on Monday.",
                        "The United States said it flouts the rules of the General Agreement on Tariffs and Trade."), OLD,
             ("USA", "111", "IGOEUREEC"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)
        assert not [t for t in got if t[1] == "128"], (text, got)


def test_it_points_at_an_act_whose_maker_an_earlier_mention_names():
    # "it" -> "the sanctions" (no maker in their sentence) -> "Washington imposed sanctions"
    text = wire_story("HAVANA", WIRE, "Washington imposed new sanctions on Cuban sugar exports on Monday.",
                      "The sanctions took effect at once.",
                      "Cuba's foreign ministry said it tramples on the sovereignty of small nations.")
    got = coded_triples(text, WIRE)
    assert ("CUBGOV", "111", "USA") in got, got
    # a named maker first: the court named by name, not "the court's decision" resolved alone
    text = ("The European Court of Justice ruled on Thursday in a case brought by a Dutch politician against Twitter. "
            "The judgment cannot be appealed. Twitter said it undermines free speech on the internet.")
    got = coded_triples(text, WIKI)
    assert ("USABUS", "111", "IGOEUREEC") in got, got


def test_no_criticism_of_a_thing_with_no_maker_or_no_verdict():
    for text, day in (
            (wire_story("NEW DELHI", WIRE, "Floods struck northern India on Monday.",
                        "The agriculture minister said it undermines the harvest."), WIRE),
            ("The government announced a new tax on sugar on Monday. The company said it would pay the tax.", WIKI),
            (wire_story("CAIRO", WIRE, "Farmers said the long drought undermines the cotton harvest."), WIRE),
            (wire_story("ATHENS", WIRE, "Greece said Turkey's new maritime law respects international law."), WIRE)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1][:2] == "11"], (text, got)


def test_no_verdict_that_is_conditional_or_possible():
    for text, day in (
            (wire_story("LONDON", OLD, "The Liberal Party said the government's plan would be unfair if pensions were frozen."), OLD),
            ("Senator Bernie Sanders said the administration's new law may violate the constitution.", WIKI),
            (wire_story("LONDON", WIRE, "The Labour Party said the government's asylum bill would breach the "
                                        "Geneva Convention unless it were amended."), WIRE)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1][:2] == "11"], (text, got)
