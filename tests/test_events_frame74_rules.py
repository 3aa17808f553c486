"""frame74: talks told by their course, one side named by "with", the other by the reporter
(docs/evaluation/events-frame74.md; events/talks_course.py).

"X said talks with Y resumed / broke down / were continuing / have been deadlocked" is X
negotiating with Y; "will resume" is intended (036); talks with a union are bargaining (046);
"negotiations between X and Y are foundering" is told as held. Every sentence is our own, in
1980s wire style; the negatives are hypothetical, denied, relative-clause and appraised talks.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _got(text, place="NEW YORK", day="1987-04-02"):
    return coded_triples(wire_story(place, day, text), day)


def _dyadic(text, place="NEW YORK"):
    return {t for t in _got(text, place) if t[2]}


def test_talks_told_by_their_course_with_a_with_side_are_negotiation():
    for text in ("Harwell Mining Corp said wage talks resumed with its 3,000 unionized workers at the smelter.",
                 "Delmont Steel Corp said its negotiations with the union collapsed on Friday."):
        assert ("USABUS", "046", "USALAB") in _dyadic(text), text
    got = _dyadic("Harwell Mining Corp said negotiations were continuing with Dorset Metals Inc on the sale of its copper unit.")
    assert any(t[:2] == ("USABUS", "046") for t in got), got


def test_talks_between_two_sides_foundering_are_held():
    got = _dyadic("Negotiations between the steel companies and the United Steelworkers union are foundering, the union said.")
    assert ("USABUS", "046", "USALAB") in got, got


def test_talks_that_will_resume_are_intended():
    assert _dyadic("Harwell Mining Corp said talks with the union will resume on Monday.") == {("USABUS", "036", "USALAB"), ("USALAB", "036", "USABUS")}


def test_hypothetical_denied_and_appraised_talks_code_nothing():
    for text in ("Harwell Mining Corp said talks with the union could resume next week if the strike ends.",
                 "Harwell Mining Corp denied that talks with Dorset Metals Inc had resumed.",
                 "Harwell Mining Corp said the talks on its debt were a success.",
                 "The union said talks would not resume until the company withdrew its offer.",
                 "Analysts said talks with the union were unlikely before June."):
        assert not _dyadic(text), text
