"""slots23: the act is read and its source resolves, but the pattern's target slot is empty
because the parser hangs the party one phrase deeper (events/nested_slots.py): "preparing the
ground for talks between X and Y", "discussed the supply of A and the sale of B with Y",
"entered negotiations to end the dispute with Y". A phrase there that names no party stays
empty. Sentences written for these tests (docs/evaluation/events-slots23.md)."""
from __future__ import annotations

from events_variety import coded_triples

DATE = "2021-06-15"


def _dyadic(text: str) -> set[tuple[str, str, str | None]]:
    return {t for t in coded_triples(text, DATE) if t[2]}


# -- the party inside the object's phrase ------------------------------------------------------


def test_talks_between_two_officials_under_a_groundwork_object():
    got = coded_triples("A Brazilian trade team is in Washington preparing the ground for talks between "
                        "Finance Minister Joao Silva and U.S. Treasury Secretary James Baker.", DATE)
    assert ("BRAGOV", "036", "USAGOV") in got


def test_with_party_hung_on_the_last_of_a_long_object():
    got = coded_triples("The Russian minister said he had discussed the supply of grain and the sale of "
                        "fertiliser with Germany.", DATE)
    assert ("RUSGOV", "040", "DEU") in got


# -- the party inside a purpose clause on the act noun ------------------------------------------


def test_negotiations_to_end_a_dispute_with_a_state():
    got = coded_triples("The Kenyan government entered negotiations to end the long dispute with Uganda.", DATE)
    assert ("KENGOV", "046", "UGA") in got


# -- negatives: no party in the phrase, or no act ------------------------------------------------


def test_dispute_over_a_thing_names_no_party():
    assert _dyadic("The Kenyan government entered negotiations to end the long dispute over the budget.") == set()


def test_talks_on_a_topic_name_no_party():
    assert _dyadic("A Brazilian trade team is preparing the ground for talks on the budget.") == set()


def test_negated_entry_into_negotiations_stays_uncoded():
    assert _dyadic("The Kenyan government did not enter negotiations to end the dispute with Uganda.") == set()


def test_hypothetical_entry_into_negotiations_stays_uncoded():
    assert _dyadic("The Kenyan government may enter negotiations to end the dispute with Uganda.") == set()
