"""'not just / not only' is a contrast, not a negation of the act, even where the parser hangs
the "not" on the main verb (as it does in some long quoted clauses)."""
from __future__ import annotations

from spacy.tokens import Doc

from dateline.events import filters
from dateline.nlp import load_nlp


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps)


def test_not_just_hung_on_the_verb_does_not_negate_it():
    # "Ruritania works with Zembla , not just Osterlich" with "not" attached to "works"
    doc = _doc(["Ruritania", "works", "with", "Zembla", ",", "not", "just", "Osterlich"],
               [1, 1, 1, 2, 1, 1, 7, 3], ["nsubj", "ROOT", "prep", "pobj", "punct", "neg", "advmod", "conj"])
    assert not filters.is_negated(doc[1])


def test_a_plain_not_still_negates():
    doc = _doc(["Ruritania", "does", "not", "work", "with", "Zembla"],
               [3, 3, 3, 3, 3, 4], ["nsubj", "aux", "neg", "ROOT", "prep", "pobj"])
    assert filters.is_negated(doc[3])
    doc = _doc(["Ruritania", "did", "not", "only", "work", "with", "Zembla"],
               [4, 4, 4, 4, 4, 4, 5], ["nsubj", "aux", "neg", "advmod", "ROOT", "prep", "pobj"])
    assert not filters.is_negated(doc[4])  # "did not only work with": it did work with Zembla


def test_a_not_on_the_copula_negates_its_predicate_adjective():
    # "Ruritania is not opposed to talks": the parser hangs "not" on "is", not on "opposed"
    doc = _doc(["Ruritania", "is", "not", "opposed", "to", "talks"],
               [1, 1, 1, 1, 3, 4], ["nsubj", "ROOT", "neg", "acomp", "prep", "pobj"])
    doc[1].lemma_ = "be"
    assert filters.is_negated(doc[3])
    doc = _doc(["Ruritania", "is", "not", "just", "critical", "of", "Zembla"],
               [1, 1, 1, 4, 1, 4, 5], ["nsubj", "ROOT", "neg", "advmod", "acomp", "prep", "pobj"])
    doc[1].lemma_ = "be"
    assert not filters.is_negated(doc[4])  # "not just critical": a contrast, still critical


def test_a_denied_stance_is_no_criticism_in_a_whole_sentence():
    from events_variety import coded_triples

    stated = coded_triples("The Albanian government said on Monday it was opposed to talks with the rebel leaders.",
                           "1997-03-10")
    denied = coded_triples("The Albanian government said on Monday it was not opposed to talks with the rebel leaders.",
                           "1997-03-10")
    assert any(c.startswith("11") or c.startswith("12") for _, c, _ in stated), stated
    assert not any(c.startswith("11") or c.startswith("12") for _, c, _ in denied), denied
