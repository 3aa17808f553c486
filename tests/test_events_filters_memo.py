"""The negation and hypothesis tests are kept per Doc: asking twice, or asking about a
different Doc with the same token positions, must give each Doc's own answer."""
from __future__ import annotations

from dateline.events import filters
from dateline.nlp import load_nlp


def test_answers_are_kept_per_doc_and_match_a_fresh_reading():
    nlp = load_nlp()
    negated = nlp("Officials did not attack the convoy.")
    plain = nlp("Officials say they attack the convoy.")
    verb_n = next(t for t in negated if t.lemma_ == "attack")
    verb_p = next(t for t in plain if t.lemma_ == "attack")
    assert filters.is_negated(verb_n) and filters.is_negated(verb_n)
    assert not filters.is_negated(verb_p)
    assert filters._is_negated(verb_n) and not filters._is_negated(verb_p)
    maybe = nlp("The army could attack the town.")
    verb_m = next(t for t in maybe if t.lemma_ == "attack")
    assert filters.is_hypothetical(verb_m) == filters._is_hypothetical(verb_m) is True
    assert not filters.is_hypothetical(verb_p)
