"""negact58: negative statements that are acts of their own (docs/evaluation/events-negact58.md).
Every sentence is our own, written in wire (1987, 1996) or Wikinews (2019) style.

- A denied share in a wrong ("had nothing to do with", "was not involved in", "played no part /
  role in", "had no hand in", "was not behind", "was not responsible for") is a denial (016) by
  the one who says it, aimed as "denied any role in" is (`involvement.denial_of`, coder
  `_code_denied_share`); a share in no wrong, a question or a hypothetical stays silent.
- A negated verdict of fitness ("was not acceptable / fair / justified") or a negated serving of
  a public good ("does not serve peace", "did not contribute to stability") is criticism (111)
  in the stance score (`stance._fitness`), in reported speech and in a headline "X: ..." line.
- "said no to X's proposals" is a rejection coded as "rejected X's proposals"
  (`negated_refusals.said_no`, coder `_code_said_no`).
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story

OLD, WIRE, WIKI = "1987-05-19", "1996-06-04", "2019-11-12"


def test_a_denied_share_in_a_wrong_is_a_denial():
    for text, day, want in (
            (wire_story("DAMASCUS", OLD, "Syria said on Tuesday it had nothing to do with the hijacking of the "
                                         "Kuwaiti airliner."), OLD, ("SYR", "016", "KWT")),
            (wire_story("ISLAMABAD", WIRE, "India accused Pakistan on Monday of the bombing of a bus in Kashmir.",
                        "Pakistan's foreign ministry said Pakistan played no role in the bombing."), WIRE,
             ("PAKGOV", "016", "IND")),
            ("Britain has accused Iran of the seizure of an oil tanker. Iran's foreign minister said Iran was not "
             "behind the attack.", WIKI, ("IRNGOV", "016", "GBR")),
            (wire_story("ANKARA", WIRE, "The interior minister said the police were not responsible for the death "
                                        "of the Kurdish journalist."), WIRE, ("TURGOV", "016", "TURMED"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_involvement_and_a_hand_denied():
    for text, day, want in (
            (wire_story("MOSCOW", WIRE, "Chechen rebels accused Russia of the killing of 20 civilians.",
                        "The Russian defence ministry said its forces were not involved in the killing."), WIRE,
             ("RUSGOV", "016", "RUSREB")),
            ("Turkey accused Saudi Arabia of the murder of the journalist. A Saudi minister said the crown prince "
             "had no hand in the murder.", WIKI, ("SAUGOV", "016", "TUR"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_no_denial_without_a_wrong_or_of_a_question():
    for text, day in (
            (wire_story("FRANKFURT", OLD, "The central bank said the rate rise had nothing to do with the dollar."), OLD),
            ("The senator said he was not involved in the talks on the budget.", WIKI),
            ("Was Russia involved in the poisoning of the former spy?", WIKI),
            ("If Iran had nothing to do with the attack, it should allow inspectors in, the minister said.", WIKI),
            (wire_story("MADRID", WIRE, "Police said it was not clear who was behind the bombing."), WIRE),
            (wire_story("MOSCOW", WIRE, "Russian troops did not attack the village on Monday, a spokesman said."), WIRE)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1] == "016"], (text, got)
        assert not [t for t in got if t[1][:2] in ("18", "19")], (text, got)


def test_a_negated_verdict_of_fitness_is_criticism():
    for text, day, want in (
            ("China's foreign ministry said Washington's decision was not acceptable.", WIKI, ("CHNGOV", "111", "USA")),
            (wire_story("PARIS", OLD, "The French agriculture minister said the European Community's milk "
                                      "quotas were not fair."), OLD, ("FRAGOV", "111", "IGOEUREEC"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_a_good_not_served_is_criticism():
    for text, day, want in (
            (wire_story("DAMASCUS", WIRE, "Syria's foreign minister said Israeli air raids on Lebanon did not serve "
                                          "peace."), WIRE, ("SYRGOV", "111", "ISRMIL")),
            ("Russia's foreign minister Sergei Lavrov said NATO's expansion did not contribute to stability in "
             "Europe.", WIKI, ("RUSGOV", "111", "IGONAT")),
            ("- Prime Minister Peres: Syrian threats do not serve peace.", WIRE, ("ISRGOV", "111", "SYR"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_no_criticism_from_a_good_or_a_measure_not_helping_people():
    for text, day in (
            (wire_story("BONN", WIRE, "The minister said the cold weather was not good for the harvest."), WIRE),
            ("The spokesman said the tariffs imposed by Washington were not unfair.", WIKI),
            (wire_story("LONDON", OLD, "The bank said the new rules did not help small savers."), OLD),
            ("- Minister Borchert: the rain did not help the harvest.", WIRE),
            ("Israeli troops did not attack the village, according to the army.", WIKI)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1] == "111"], (text, got)


def test_said_no_is_a_rejection():
    for text, day, want in (
            (wire_story("ROME", OLD, "Italy said no to the European Community's proposals on wine prices."), OLD,
             ("ITA", "127", "IGOEUREEC")),
            (wire_story("BAGHDAD", WIRE, "Iraq said no on Tuesday to the U.N. demand for access to its palaces."), WIRE,
             ("IRQ", "123", "IGOUNO")),
            ("Greece said no to Turkey's request for talks on the islands.", WIKI, ("GRC", "125", "TUR"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_no_rejection_from_a_no_that_refuses_nothing():
    for text, day in (
            (wire_story("BONN", WIRE, "The minister said no decision had been made on the visit."), WIRE),
            ("The senator said he would say no to any deal that raised taxes.", WIKI),
            (wire_story("TOKYO", OLD, "No, the minister said, the talks with Washington had not failed."), OLD),
            ("The Bundesbank did not say no to lower rates, a spokesman said.", WIKI)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1][:2] == "12"], (text, got)


def test_a_body_said_to_have_no_say_is_rejected():
    for text, day, want in (
            ("Puerto Rico's governor said the Senate had no say in the choice of his successor.", WIKI,
             ("PRIGOV", "120", "PRILEG")),
            (wire_story("MINSK", WIRE, "President Alexander Lukashenko said parliament had no right to cancel the "
                                       "referendum."), WIRE, ("BLRGOV", "120", "BLRLEG")),
            (wire_story("MANILA", OLD, "President Corazon Aquino said Congress had no authority to rewrite the "
                                       "bases treaty."), OLD, ("PHLGOV", "120", "PHLLEG"))):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_no_rejection_when_people_or_the_speaker_have_no_say():
    for text, day in (
            ("The senator said ordinary voters had no say in the choice of the nominee.", WIKI),
            (wire_story("BONN", WIRE, "The chancellor said Germany had no right to meddle in its neighbours' "
                                      "affairs."), WIRE),
            (wire_story("TOKYO", OLD, "The minister said the government had no plans to cut taxes."), OLD)):
        got = coded_triples(text, day)
        assert not [t for t in got if t[1][:2] == "12"], (text, got)
