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
