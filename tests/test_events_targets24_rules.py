"""targets24: a target word naming private people as a group with no office ("the crowds",
"fans", "this individual") codes CVL (Wikinews: private persons -> CVL), so an act whose target
slot holds such a word is no longer dropped as "target unresolved"."""
from __future__ import annotations

from events_variety import coded_triples

DATE = "2021-06-15"


def test_police_praise_the_crowds() -> None:
    got = coded_triples("LONDON - Police praised the crowds at the carnival for their good behaviour.", DATE)
    assert ("GBRCOP", "051", "GBRCVL") in got


def test_minister_thanks_fans() -> None:
    got = coded_triples("Spanish Sports Minister Elena Ruiz thanked fans for their patience after the match.", DATE)
    assert ("ESPGOV", "051", "ESPCVL") in got


def test_individual_called_a_terrorist() -> None:
    got = coded_triples('Mexican Foreign Minister Pedro Lara said, "For Mexico, this American individual is a terrorist".', DATE)
    assert ("MEXGOV", "111", "USACVL") in got


def test_negated_praise_of_crowds_stays_uncoded() -> None:
    got = coded_triples("LONDON - Police did not praise the crowds at the carnival.", DATE)
    assert not any(t[1] == "051" for t in got)


def test_hypothetical_criticism_of_fans_stays_uncoded() -> None:
    got = coded_triples("Spanish Sports Minister Elena Ruiz said she might criticise fans if the violence continued.", DATE)
    assert not any(t[1].startswith("11") for t in got)


def test_crowd_in_other_sense_is_no_actor() -> None:
    # a stadium "crowd capacity" is a thing, not the people
    got = coded_triples("LONDON - The minister rejected the crowd capacity plan.", DATE)
    assert not any(t[2] and t[2].endswith("CVL") for t in got)
