"""General coding rules added in round 3, each on sentences of our own."""
from __future__ import annotations

from test_events_coder import triples


def test_by_phrase_later_in_the_clause_owns_the_criticised_act():
    # the small model hangs "by" on the nearest noun; the doer is still the act's owner
    got = triples("The Turkish president attacked the annexation of the island as national territory "
                  "by the Greek government.")
    assert ("TURGOV", "111", "GRCGOV") in got


def test_by_phrase_on_the_verb_owns_the_object():
    assert ("TURGOV", "111", "FRAGOV") in triples("The Turkish president attacked the decision by the French government.")


def test_passive_by_agent_is_not_read_as_an_owner():
    got = triples("The decision was attacked by the Turkish president.")
    assert all(t[2] != "TURGOV" for t in got)


def test_quoted_verdict_on_the_act_just_reported_is_criticism_of_its_doer():
    got = triples('Russia expelled two Estonian diplomats. "This is an unacceptable provocation," '
                  'the Estonian foreign minister said.')
    assert ("ESTGOV", "111", "RUS") in got


def test_reported_verdict_on_an_owned_act():
    got = triples("The Greek foreign minister said the Turkish government's plan was unacceptable.")
    assert ("GRCGOV", "111", "TURGOV") in got


def test_negated_or_neutral_verdicts_are_not_criticism():
    assert not any(t[1] == "111" for t in triples(
        'Russia expelled two Estonian diplomats. "It is not a provocation," the Estonian foreign minister said.'))
    assert not any(t[1] == "111" for t in triples(
        'Russia expelled two Estonian diplomats. "It is a great day," the Estonian foreign minister said.'))


def test_verdict_with_no_earlier_act_has_no_target():
    assert not triples('"This decision is shameful," the Greek foreign minister said.')
