"""owner16: whose act "the proposal", "the verdict", "the dissolution of the party" is, from the
article's earlier clauses (events/act_owners.py: an article-level map from act nouns and their
synonym families to their authors). Every sentence here was written for these tests."""
from __future__ import annotations

from events_variety import coded_triples


def _dyadic(text: str, date: str = "2020-03-01") -> set[tuple[str, str, str]]:
    return {t for t in coded_triples(text, date) if t[2]}


def test_a_synonym_of_the_earlier_act_names_its_author() -> None:
    got = _dyadic("The French government announced a pension plan. The unions criticised the proposal.")
    assert ("FRALAB", "111", "FRAGOV") in got


def test_a_verdict_in_reported_speech_on_a_synonym_reaches_the_author() -> None:
    got = _dyadic("The French government announced a pension plan. The unions said the proposal was unfair.")
    assert ("FRALAB", "111", "FRAGOV") in got


def test_proposed_limits_are_the_earlier_proposers() -> None:
    got = _dyadic("The European Commission proposed cuts to dairy subsidies last month. "
                  "West Germany is opposed to the proposed limits.")
    assert ("DEU", "120", "IGOEUREEC") in got  # oppose56: opposing a proposal is its rejection (120; was 111)


def test_a_verb_makes_the_act_a_later_noun_names() -> None:
    got = _dyadic("The court of appeal in Nairobi ruled on Friday that the election was valid. "
                  "The opposition rejected the verdict.")
    assert ("KENOPP", "120", "KENJUD") in got


def test_the_dissolution_of_a_party_is_aimed_at_who_dissolved_it_not_the_party() -> None:
    got = _dyadic("The military government dissolved the main opposition party on Friday. "
                  "Amnesty International criticised the dissolution of the party.")
    assert ("NGOAMN", "111", "---GOV") in got
    # (politics30: the dissolution itself is now coded, ---GOV 1722 ---OPP; the criticism is not the party's)
    assert not any(t.endswith("OPP") for _, code, t in got if code == "111")


def test_the_closure_of_newspapers_is_aimed_at_who_closed_them() -> None:
    got = _dyadic("Authorities in Ankara closed three newspapers last week. "
                  "Journalists' unions denounced the closure of the newspapers.")
    assert ("TURLAB", "111", "TURGOV") in got
    assert not any(t.endswith("MED") for _, _, t in got)


def test_an_indefinite_noun_is_a_new_act_not_the_earlier_one() -> None:
    got = _dyadic("The French government announced a pension plan. The unions criticised a proposal.")
    assert not any(t == "FRAGOV" for _, _, t in got)


def test_a_negated_or_hypothetical_making_names_no_author() -> None:
    for text in ("The French government did not announce a pension plan. The unions criticised the proposal.",
                 "The French government may announce a pension plan next year. The unions criticised the proposal."):
        got = _dyadic(text)
        assert not any(t == "FRAGOV" for _, _, t in got), text


def test_the_answering_sides_own_act_is_not_its_target() -> None:
    got = _dyadic("The French unions announced a pension plan. The unions praised the proposal.")
    assert not any(s == t for s, _, t in got)
    assert not any(c.startswith("05") for _, c, _ in got)


def test_a_demand_for_the_removal_of_troops_stays_on_the_troops_side() -> None:
    got = _dyadic("Syria demanded the removal of Turkish troops from its territory.")
    assert ("SYR", "1041", "TURMIL") in got
