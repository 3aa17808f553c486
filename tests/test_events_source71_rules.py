"""source71: acts whose source was unresolved (docs/evaluation/events-source71.md). Every sentence
is our own, written in the style of 1987 Reuters, 1996 wire copy and 2019 Wikinews.

- Bare "members" / "the membership" in a labour story are the union named in their sentence or
  the two before (events/union_members.py); members of another body, or a union out of reach,
  are left alone.
- "The suit / lawsuit / complaint alleges ..." speaks for the plaintiff of the nearest earlier
  suit ("X sued", "X filed a lawsuit", "a suit filed by X"), none when no suit is in reach
  (events/suit_authors.py).
- "X, saying that ..., today urged Y": the parser's day-word subject ("today") gives way to the
  subject of the participle clause before it (events/date_subjects.py).
- A Reuters bracketed firm the parse hung on its brackets after a headline ("<Harwood-Lane Co>,
  producer of ..., said it filed suit": "said" has no subject) is the speaker that a reported
  "it" stands for (wire.bracketed_subject, actors.speaker_antecedent).
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def test_bare_members_after_a_named_union_are_the_union():
    got = coded_triples("The Communications Workers of America said talks with American Telephone and Telegraph "
                        "Co broke down on Tuesday.\n\nThe members rejected AT&T's offer of a three pct raise, the "
                        "union said.", "1987-03-12")
    assert ("USALAB", "120", "USABUS") in got, got
    got = coded_triples("The Teamsters union said its members at Allied Freight Lines Inc rejected the company's "
                        "wage offer by a wide margin.\n\nThe membership also voted to strike if no agreement is "
                        "reached by Friday.", "1987-05-02")
    assert any(s == "USALAB" and c[:2] == "14" for s, c, t in got), got


def test_members_named_in_a_later_clause_of_their_sentence():
    got = coded_triples(wire_story("OTTAWA", "1996-09-12",
                                   "The Canadian Auto Workers said on Thursday that bargaining with Chrysler Canada "
                                   "Ltd had stalled.",
                                   "Members accused the company of bargaining in bad faith, the union said."),
                        "1996-09-12")
    assert ("CANLAB", "112", "CANBUS") in got, got


def test_members_of_another_body_are_not_the_union():
    got = coded_triples("The Teamsters union organized a rally in Chicago.\n\nBoard members of Ford Motor Co "
                        "rejected the proposal.", "1987-04-10")
    assert not any(s.endswith("LAB") and c[:2] == "12" for s, c, t in got), got
    got = coded_triples("The Teamsters union organized a rally in Chicago.\n\nOPEC members agreed to cut output "
                        "at the Vienna meeting.", "1987-04-10")
    assert not any(s.endswith("LAB") and c[:2] == "05" for s, c, t in got), got
    got = coded_triples("The teachers' union said it would strike on Monday.\n\nMembers of parliament criticised "
                        "the union.", "2019-04-01")
    assert not any(s.endswith("LAB") and c == "111" for s, c, t in got), got


def test_members_denied_act_is_not_coded():
    got = coded_triples("The Teamsters union said it would resume talks with United Parcel Service on Monday.\n\n"
                        "Members did not reject the offer, the union said.", "1987-04-10")
    assert not any(c[:2] == "12" for s, c, t in got), got


def test_a_bracketed_firm_hung_on_its_brackets_is_the_speaker():
    got = coded_triples('METROMEDIA <MET> FACES "LATE SHIFT" SUIT\n\n<Harwood-Lane Co>, producer of "The Late '
                        'Shift," said it filed suit against Metromedia Inc, seeking its share of the show\'s '
                        'advertising revenue.', "1987-03-12")
    assert any(s.endswith("BUS") and c == "115" and t and t.endswith("BUS") for s, c, t in got), got
    got = coded_triples('GANNETT <GCI> HIT BY "SKYLINE" SUIT\n\n<Doyle-Barker Co>, publisher of "Skyline '
                        'Monthly," said it sued Gannett Co Inc for breach of contract.', "1987-03-12")
    assert any(s.endswith("BUS") and c == "115" and t and t.endswith("BUS") for s, c, t in got), got


def test_a_bracketed_firm_that_will_not_sue_codes_nothing():
    got = coded_triples("KESTREL SAYS IT WILL NOT SUE\n\n<Kestrel Marine Inc> said it would not sue Exxon Corp "
                        "over the spill.", "1987-05-11")
    assert not any(c == "115" for s, c, t in got), got


def test_the_suit_speaks_for_its_plaintiff():
    got = coded_triples("Tremont Savings Bank said a judge granted an injunction in a suit filed by <Brinkley Tool "
                        "Corp> against Merrill Lynch and Co.\n\nThe suit accuses Merrill Lynch of breaking a loan "
                        "commitment.", "1987-04-14")
    assert ("USABUS", "112", "USABUS") in got, got
    # the suing sentence makes no event (no target): the later charge is the plaintiff's
    got = coded_triples("Environmental groups filed a lawsuit on Monday in a federal court in Montana.\n\nThe "
                        "lawsuit accuses the Interior Department of ignoring the effects of the pipeline on "
                        "wildlife.", "2019-07-01")
    assert ("USANGO", "112", "USAGOV") in got, got


def test_the_suit_with_no_plaintiff_in_reach_codes_nothing():
    got = coded_triples("Alpine Foods Inc said it lost the appeal on Monday.\n\nThe suit alleged that Alpine broke "
                        "its contract.", "1987-04-14")
    assert not any(c[:2] == "11" for s, c, t in got), got
    got = coded_triples("Carlyle Industries said it will not sue its former auditors.\n\nThe suit would have "
                        "alleged negligence by the auditors.", "1987-04-14")
    assert not any(c[:2] == "11" for s, c, t in got), got


def test_a_day_word_read_as_subject_gives_way_to_the_participle_subject():
    got = coded_triples("Oklahoma Governor Henry Bellmon, saying that the oil industry cannot wait for Washington "
                        "to act, today urged state legislators to cut production taxes.", "1987-03-02")
    assert any(s == "USAGOV" and c[:2] == "02" and t == "USALEG" for s, c, t in got), got


def test_a_day_word_that_is_the_real_subject_stays():
    got = coded_triples("Today marked the anniversary of the protests.", "2019-06-02")
    assert not got, got
    got = coded_triples("Senator Robert Dole, complaining that the budget was unfair to farmers, yesterday accused "
                        "the White House of ignoring rural America.", "1987-03-02")
    assert ("USALEG", "112", "USAGOV") in got, got


def test_a_suit_brought_by_an_unnamed_party_gives_no_source():
    got = coded_triples("Alpine Foods Inc said it won a suit brought by a former distributor.\n\nThe suit alleged "
                        "that Alpine broke its contract.", "1987-04-14")
    assert not any(c[:2] == "11" for s, c, t in got), got
