"""targets24: an act whose target slot holds a word the resolver could not code ("target
unresolved"). Two general repairs:

- a private person or people named with no office ("the individual", "fans", "patients",
  "travellers") codes CVL (Wikinews: private persons -> CVL; data/actors/roles.tsv);
- a title that speaks for a body ("the head of Pakistan's intelligence service", "the chairman
  of the party") acts as that body on the target side too, as it already did on the source side
  (coder._office_of)."""
from __future__ import annotations

from events_variety import coded_triples

DATE = "2021-06-15"


# ---------------------------------------------------------------- private people with no office

def test_individual_is_a_private_person() -> None:
    got = coded_triples("The Kenyan interior minister criticised the individual for spreading false rumours.", DATE)
    assert ("KENGOV", "111", "KENCVL") in got


def test_individual_with_a_nationality() -> None:
    got = coded_triples('Mexican Foreign Minister Pedro Lara said, "For Mexico, this American individual is a terrorist".', DATE)
    assert ("MEXGOV", "111", "USACVL") in got


def test_travellers_are_private_people() -> None:
    got = coded_triples("The Irish health minister urged travellers to avoid the border crossings.", DATE)
    assert ("IRLGOV", "020", "IRLCVL") in got


def test_negated_criticism_of_individual_stays_uncoded() -> None:
    got = coded_triples("The Kenyan interior minister did not criticise the individual.", DATE)
    assert not any(t[1].startswith("11") for t in got)


def test_individual_as_a_subject_of_a_plain_report_codes_nothing() -> None:
    got = coded_triples("Kenyan police said the individual had fled.", DATE)
    assert not any(t[2] for t in got)


# ---------------------------------------------------------------- a title for a body, as target

def test_head_of_a_foreign_service_as_target() -> None:
    got = coded_triples("Indian Prime Minister Arun Mehta met the head of Pakistan's intelligence service on Tuesday.", DATE)
    assert ("INDGOV", "040", "PAKSPY") in got


def test_hypothetical_meeting_with_an_office_stays_uncoded() -> None:
    got = coded_triples("The Kenyan president may meet the head of Uganda's intelligence service next year "
                        "if the talks go well.", DATE)
    assert not any(t[2] for t in got)


def test_head_of_a_country_is_no_office() -> None:
    got = coded_triples("The Kenyan president met the head of Egypt.", DATE)
    assert not any(t[2] for t in got)


def test_head_of_a_thing_is_no_office() -> None:
    got = coded_triples("The Kenyan president criticised the head of the project.", DATE)
    assert not any(t[2] for t in got)
