"""source25: the subject of a finite verb that the parser hung somewhere else in a long sentence.

In well-formed news prose a finite verb always has a subject. When the small model gives one
none, the subject is almost always still in the sentence, attached to the wrong word. Two
attachments recur in long wire sentences (the act was read, then dropped as "no source word"):

- a fronted phrase swallowed it: "According to the Middle East Economic Survey, Yemen and Amoco
  signed ..." is read as "the Survey, Yemen and Amoco" (one list, object of "to"). The noun
  phrase that ends right before the verb, set off by a comma from what comes before it, is the
  subject.
- a reduced clause on the subject took the verb: "The demonstrators, said by police to number
  6,000, also urged ..." is read with "demonstrators" as subject of "said" and "urged" as a loose
  dependent of "said". The subject of that reporting participle is the subject.

Only the frames' subject finder calls these, after its own rules found nothing; they return
tokens, and the coder resolves them as any subject.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Finite verb tags (a verb with a modal or "have"/"be" auxiliary counts as finite too).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: The verb's own words that may stand between its subject and it ("X also / will / has urged").
_BETWEEN_DEPS = frozenset({"advmod", "aux", "auxpass", "neg"})
#: Participles of a reduced clause that describes the subject ("said by police to number ...").
REPORTED_PARTICIPLES = frozenset("say believe report estimate think know expect claim allege".split())


def _finite(verb: "Token") -> bool:
    return verb.pos_ in ("VERB", "AUX") and (verb.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.children))


def _swallowed_by_fronted_phrase(verb: "Token") -> list["Token"]:
    """ "According to <name>, A and B signed": the comma-joined conjuncts (or apposition) that end
    right before the verb, inside one of the verb's own dependents before it."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head == verb and doc[i].dep_ in _BETWEEN_DEPS:
        i -= 1
    if i < 2:
        return []
    last = doc[i]
    if last.pos_ not in ("NOUN", "PROPN") or not verb.is_ancestor(last):
        return []
    head = last
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    if head.i != last.i:
        return []
    # walk back the conjunct chain to the first conjunct joined by a comma alone
    node = head
    while node.dep_ == "conj" and node.head.i < node.i:
        joined_by_and = any(c.dep_ == "cc" and node.head.i < c.i < node.i for c in node.head.children)
        if not joined_by_and and doc[node.left_edge.i - 1].text == ",":
            return [node, *(c for c in node.conjuncts if c.i > node.i)] if node.pos_ in ("NOUN", "PROPN") else []
        node = node.head
    if head.dep_ == "appos" and doc[head.left_edge.i - 1].text == ",":
        return [head]
    return []


def _taken_by_reduced_clause(verb: "Token") -> list["Token"]:
    """ "The demonstrators, said by police to number 6,000, also urged ...": the subject of the
    reporting participle the verb hangs on, when that subject is set off by a comma."""
    gov = verb.head
    # (source52: the parser now also makes the verb a "ccomp" of the participle it then calls the root)
    if verb.dep_ not in ("dep", "parataxis", "conj", "ccomp") or gov.i >= verb.i or gov.lemma_.lower() not in REPORTED_PARTICIPLES:
        return []
    if not any(c.dep_ in ("agent", "xcomp") for c in gov.children):
        return []
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < gov.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    if gov.doc[gov.i - 1].text != ",":
        return []  # (the subject, then a comma, then the participle: a clause set off on it)
    if verb.dep_ == "ccomp" and gov.doc[verb.left_edge.i - 1].text != ",":
        return []  # ("Rebels, said by police to be armed, attacked": a comma closes the participle's clause)
    return [subj]


def lost_subject(verb: "Token") -> list["Token"]:
    """The subject a subjectless finite verb lost to a parse error (see module doc); [] when the
    verb has a subject, is not finite, or neither attachment is found."""
    if not _finite(verb) or any(c.dep_ in _SUBJ_DEPS for c in verb.children):
        return []
    return _taken_by_reduced_clause(verb) or _swallowed_by_fronted_phrase(verb)
