"""Event actors that need more than the clause: spokespeople, private persons, earlier acts."""
from __future__ import annotations

from test_events_coder import triples


def test_spokesman_for_an_organisation_codes_as_the_organisation():
    got = triples("Maria Lopez, a spokeswoman for Amnesty International, condemned the Chilean government.")
    assert ("NGOAMN", "111", "CHLGOV") in got


def test_private_person_with_a_clear_country_is_a_civilian():
    text = ("A court in Kenya heard the case on Monday. Kenyan police said the trial in Nairobi was long. "
            "Kenyan judges met in Mombasa. John Kamau was sentenced by a Kenyan judge to four years in prison.")
    assert ("KENJUD", "173", "KENCVL") in triples(text)


def test_person_without_evidence_does_not_borrow_a_contested_country():
    text = ("Germany and France argued over the budget in Brussels. Paris and Berlin disagree. "
            "Tom Weber praised the Belgian prime minister.")
    got = triples(text)
    assert not any(src and src.startswith(("DEU", "FRA")) for src, code, _ in got if code == "051")
