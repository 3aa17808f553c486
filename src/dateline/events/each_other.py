"""source64: "each side accused the other", "each blamed the other for the collapse of the talks".

The distributive reciprocal names its two parties only through the article: "Iran and Iraq
traded charges on Wednesday. Each side accused the other of attacking civilian targets." The
coder already reads "both sides accused each other" (a pair noun with the reciprocal "each
other", `context.pair_actors` and `conflict.is_reciprocal`); this module lets "each" (alone or
before a singular pair noun: "each side", "each country") stand for the pair, and "the other"
for the reciprocal target, only when both are in one clause. "Each of the three parties" and
"the other side" with any other subject are left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: singular nouns that "each" can distribute over a pair ("each side", "each government")
EACH_NOUNS = frozenset("side country nation government leader party army camp state neighbour neighbor "
                       "delegation president minister rival".split())


def the_other(verb: "Token") -> "Token | None":
    """The object "the other" of the clause (also "the other side", "the other one")."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "pobj", "dative") and not (c.dep_ == "prep" and c.lower_ in ("on", "against", "with")):
            continue
        for t in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]):
            other = t if t.lower_ == "other" else next((a for a in t.children if a.lower_ == "other" and a.dep_ == "amod"), None)
            if other is None or not any(d.lower_ == "the" for d in (*t.children, *other.children) if d.dep_ == "det"):
                continue
            if t.lower_ == "other" or t.lemma_.lower() in EACH_NOUNS or t.lower_ == "one":
                return t
    return None


def each_subject(tok: "Token") -> "Token | None":
    """ "Each accused the other", "each side blamed the other": the token that counts the pair
    ("each"), when `tok` is the clause's subject and the clause has "the other" for its object;
    None otherwise ("each of the parties", "each country will decide")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if tok.lower_ == "each":
        mark = tok
    elif tok.tag_ == "NN" and tok.lemma_.lower() in EACH_NOUNS:
        mark = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "each"), None)
    else:
        return None
    if mark is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    return mark if the_other(tok.head) is not None else None


def other_target(toks: list["Token"]) -> bool:
    """ "... accused the other": the target is "the other" and the clause's subject is "each
    (side)", so the target is the other member of the pair, as with "each other"."""
    for t in toks:
        verb = t.head if t.dep_ != "pobj" else t.head.head
        if the_other(verb) == t and any(each_subject(s) is not None for s in verb.children):
            return True
    return False
