"""The other party of a joint act whose clause seems to name one side (partner25).

An act can be read with its source resolved and its target slot empty although the sentence
names the partner. The shape this module repairs recurs in wire copy with long titled names:

- "Moscow envoy Alexander Lebed and rebel chief Aslan Maskhadov signed an agreement", "talks
  between Russia's Lebed and Chechen separatist leaders": the small model does not coordinate
  the two titled names; it hangs the first name as a name modifier (nmod / compound) of the
  second, with the "and" as that modifier's own child. The subject then resolves to one side
  only (or, for "leaders", to the first side's country and role), and a joint act (talks, an
  agreement, a truce) is left with no partner. The first conjunct is one side; the second is the
  head, or when that reads as the first side again, the nearest modifier after the "and" that
  reads otherwise ("Chechen separatist leaders": the separatists).

Pure functions on spaCy tokens: they return the words to resolve; coder.py resolves them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependencies of a name modifier that the small model uses for a swallowed first conjunct.
NAME_MODIFIER_DEPS = frozenset({"nmod", "compound"})
#: Entity labels of a name that can be a side (a person, a body, a place's state, a people).
NAMED_SIDES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def nested_conjunct(subject: "Token") -> "Token | None":
    """The name a subject's modifiers hold with an "and" of its own ("Lebed" in "envoy Lebed and
    rebel chief Maskhadov", parsed Lebed -nmod-> Maskhadov, and -cc-> Lebed); None when there is
    none. The "and" must stand outside any named entity ("Trinidad and Tobago", "the Ministry of
    Trade and Industry" are one name), and the modifier must be a named proper noun left of the subject."""
    for tok in subject.subtree:
        if tok.i >= subject.i:
            break
        if tok.dep_ not in NAME_MODIFIER_DEPS or tok.head.i <= tok.i or not (
                tok.pos_ == "PROPN" and tok.ent_type_ in NAMED_SIDES or _side_noun(tok)):
            continue  # "Energy and Mines Minister X": a title's own "and"
        if any(c.dep_ == "cc" and c.lower_ == "and" and not c.ent_type_ and c.i > tok.i for c in tok.children):
            return tok
    return None


#: Common nouns that name a side of a conflict or a negotiation on their own ("the Colombian
#: government and FARC rebels resumed talks": the model hangs "government" on "rebels").
SIDE_NOUNS = frozenset("government army military junta authorities regime opposition".split())


def _side_noun(tok: "Token") -> bool:
    """integ29: a side named by a common noun with an "and" of its own, before another side."""
    return tok.pos_ == "NOUN" and tok.dep_ == "nmod" and tok.lemma_.lower() in SIDE_NOUNS


def first_side_country_word(subject: "Token", first: "Token") -> "Token | None":
    """The country word that the parse hung on the subject but that qualifies the first side:
    "Colombia's" in "Colombia's government and FARC rebels", parsed Colombia -poss-> rebels."""
    return next((t for t in subject.children if t.i < first.i and t.dep_ in ("poss", "amod", "compound")
                 and t.ent_type_ in ("GPE", "NORP")), None)


def second_side_words(subject: "Token", first: "Token") -> list["Token"]:
    """The words that may name the second side, best first: the subject itself, then the nouns and
    adjectives between the "and" and the subject, nearest the subject first ("Chechen separatist
    leaders": leaders, separatist, Chechen)."""
    return [subject, *reversed([t for t in _second_side_span(subject, first) if t.pos_ in ("NOUN", "PROPN", "ADJ")])]


def second_side_nationality(subject: "Token", first: "Token") -> "Token | None":
    """The nationality or country word of the second side, when its words have one ("Somali" in
    "envoy X and Somali rebel leaders"): the parse hangs it on the first conjunct, so the second
    side's own words do not carry it to the resolver."""
    return next((t for t in _second_side_span(subject, first) if t.ent_type_ in ("NORP", "GPE")), None)


def _second_side_span(subject: "Token", first: "Token") -> list["Token"]:
    """The words between the first conjunct's "and" and the subject."""
    cc = next(c for c in first.children if c.dep_ == "cc" and c.lower_ == "and")
    return list(subject.doc[cc.i + 1:subject.i])


__all__ = ["first_side_country_word", "nested_conjunct", "second_side_nationality", "second_side_words"]
