"""A crowd named only by its number: "Thousands protested in Istanbul against the government".

Wire and Wikinews copy open protest reports with a bare count as the subject ("Thousands
marched", "Hundreds rallied outside parliament", "Tens of thousands demonstrated"). The count
names people, and the protest verb says they are a crowd; their country is the place the verb
puts them in ("in Istanbul"), else the article's country. The protest rules then code them as
the opposition protesting at their government (general._refine_protest). A count that is not
the subject of a protest verb ("thousands fled", "hundreds were killed") is left alone.
Pure: a token and the place resolver in, a country code out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Number nouns that stand for people when they are a protest's subject.
COUNT_NOUNS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "ten", "tens", "million",
                         "millions", "scores"})
#: Verbs of a crowd's protest.
PROTEST_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "riot", "gather", "chant", "picket"})


def crowd_country(tok: "Token", place_country: Callable[["Token"], "str | None"], home: str | None) -> str | None:
    """The country of the crowd a bare count names as a protest verb's subject, or None."""
    if tok.dep_ != "nsubj" or tok.lower_ not in COUNT_NOUNS and tok.lemma_.lower() not in COUNT_NOUNS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ not in COUNT_NOUNS for g in c.subtree if g.dep_ == "pobj")
           for c in tok.children):
        return None  # "thousands of workers": the workers say who they are
    verb = tok.head
    if verb.lemma_.lower() not in PROTEST_VERBS:
        return None
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in ("in", "across", "outside", "through"):
            for g in p.children:
                if g.dep_ == "pobj" and (got := place_country(g)):
                    return got
    return home
