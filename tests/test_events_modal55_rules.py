"""modal55: an act owed under "has / had to" is no fact.

"Kinkel said Serbia had to release the prisoners" and '"Serbia has to release the prisoners," X
said' coded Serbia releasing the prisoners (SRB 0841 ...): the xcomp of a present "has to", or of
a "had to" in a speech verb's clause, is now an unrealised infinitive (filters.py,
speech_mood.obliged_act). A narrative "the plane had to land in Athens" stays a fact.

The round's other rules (has-to appeals, voiced expectations, up-to appeals, accepted apologies,
"they should" with a "he" speaker, advised subcodes) are on branch modal55-full, not merged: see
docs/evaluation/events-modal55.md."""
from __future__ import annotations

from events_variety import coded_triples


def _got(text: str, date: str = "1996-08-30") -> set[tuple[str, str, str]]:
    return set(coded_triples(text, date))


def test_owed_act_under_has_to_is_not_done() -> None:
    for text in ('BONN 1996-08-30\n\n"Serbia has to release the prisoners," German Foreign Minister Klaus Kinkel said.',
                 "BONN 1996-08-30\n\nKinkel said Serbia had to release the prisoners."):
        got = _got(text)
        assert not any(s == "SRB" for s, _, _ in got), text
    got = _got("WASHINGTON 1990-09-12\n\nSecretary of State James Baker said Iraq had to withdraw from Kuwait.", "1990-09-12")
    assert not any(s == "IRQ" for s, _, _ in got)


def test_narrative_had_to_stays_a_fact() -> None:
    from dateline.events.speech_mood import obliged_act
    from events_variety import annotated

    _, doc = annotated("CAIRO 1996-08-30\n\nThe Egyptair plane had to land in Athens after a bomb threat.", "1996-08-30")
    land = next(t for t in doc if t.lemma_ == "land")
    assert not obliged_act(land)


def test_has_to_negatives() -> None:
    assert not _got("BONN 1996-08-30\n\nKinkel said Serbia did not have to release the prisoners.")
    assert not _got("BONN 1996-08-30\n\nKinkel said Germany had to cut its budget deficit.")
