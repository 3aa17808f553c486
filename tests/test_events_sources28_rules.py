"""Round-28 source rule (sources28), checked on sentences we wrote: a joint act (roots 03-06) told
as an agentless passive whose "with" names the other party, in a clause reported by a speaker,
is the speaker's act on that party (events/source_recovery.py). Agentless passives with no
party named stay uncoded, as WIKINEWS_EVENTS.md asks."""
from __future__ import annotations

import pytest
from events_variety import annotated, coded_triples

from dateline.events import source_recovery

DATE = "2024-05-02"


@pytest.mark.parametrize("text,triple", [
    ("The rebel group said an agreement had been reached with the Syrian government on Monday.",
     ("SYRREB", "057", "SYRGOV")),
    ("Kenya said a deal was signed with Uganda to reopen the border.", ("KEN", "057", "UGA")),
    ('"A deal was signed with Uganda to reopen the border," the Kenyan foreign ministry said on Monday.',
     ("KENGOV", "057", "UGA")),
    ("The Kenyan foreign ministry said on Monday that talks were held with Ugandan officials in Kampala.",
     ("KENGOV", "040", "UGAGOV")),
])
def test_reporter_is_the_party_of_an_agentless_joint_act(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in coded_triples(text, DATE)


def test_coordinated_reporters_are_each_a_party() -> None:
    text = "Kenya and Tanzania said a deal was signed with Uganda to reopen the border."
    assert {("KEN", "057", "UGA"), ("TZA", "057", "UGA")} <= coded_triples(text, DATE)


def test_reporter_word_is_found_by_the_rule() -> None:
    text = "Kenya said a deal was signed with Uganda to reopen the border."
    _, doc = annotated(text, DATE)
    signed = next(t for t in doc if t.lower_ == "signed")
    assert [t.text for t in source_recovery.reporting_party(signed, "057")] == ["Kenya"]
    assert source_recovery.reporting_party(signed, "173") == []  # not a joint act


def test_agentless_passive_with_no_doer_stays_uncoded() -> None:
    # the reporter of an arrest is not its doer, and no one else is named
    assert coded_triples("A Kenyan newspaper said forty protesters were arrested in Nairobi on Monday.", DATE) == set()


def test_hoped_for_agreement_stays_uncoded() -> None:
    assert coded_triples("Kenya said an accord would be reached with Uganda next week.", DATE) == set()


def test_negated_agreement_stays_uncoded() -> None:
    assert coded_triples("Kenya said no agreement was reached with Uganda on Monday.", DATE) == set()


def test_joint_passive_with_an_agent_keeps_its_agents() -> None:
    # "signed by X and Y": the agents are named; the reporter is not made a party
    got = coded_triples("Kenya said a deal was signed by Uganda and Rwanda on Monday.", DATE)
    assert not any(s == "KEN" for s, _, _ in got)
