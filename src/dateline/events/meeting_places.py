"""A meeting place that is nobody's home (subcode64).

The standard codes a meeting at a third location 044. Wire copy about secret contacts hides the
place: "talks at an undisclosed location", "met at a secret venue". A place kept secret is not
named as either side's home, and the Reuters gold codes such talks 044 (`undisclosed_place`).
The coder's "in <place>" test (`coder._third_country`) keeps its own rule for named places.
A meeting "at the United Nations" or "on the sidelines of the U.N. General Assembly" is held at
the UN's seat, New York: a third country unless one side is the US (`at_the_un`).

Not the dateline: a meeting whose sentence names no place stays 040 even under a third
country's dateline ("GENEVA - Soviet-American talks on missiles ..."), as the tune gold codes it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SECRET_WORDS = frozenset({"undisclosed", "secret", "unnamed", "unspecified"})
PLACE_NOUNS = frozenset({"location", "venue", "place", "site", "spot"})


def undisclosed_place(prep: "Token") -> bool:
    """True for an "at / in" phrase naming a place kept secret ("at an undisclosed location")."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in PLACE_NOUNS
               and any(a.lower_ in SECRET_WORDS for a in o.children if a.dep_ in ("amod", "compound"))
               for o in prep.children)


#: Names of the United Nations as a meeting place ("at the United Nations", "on the sidelines of
#: the U.N. General Assembly"): its seat, New York, is neither side's home unless one is the US.
UN_NAMES = frozenset({"u.n.", "un", "nations"})


def at_the_un(prep: "Token") -> bool:
    """True for "at the United Nations (headquarters)", "on the sidelines of the U.N. General Assembly"."""
    if prep.lower_ not in ("at", "on"):
        return False
    for o in prep.children:
        if o.dep_ != "pobj":
            continue
        if prep.lower_ == "on" and o.lemma_.lower() not in ("sideline", "sidelines", "margin", "margins"):
            continue
        if any(t.lower_ in UN_NAMES and t.ent_type_ == "ORG" for t in o.subtree) \
                and not any(t.lower_ == "in" and t.dep_ == "prep" for t in o.subtree):
            return True  # ("at the U.N. office in Geneva": the named city decides)
    return False

