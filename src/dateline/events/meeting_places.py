"""A meeting place that is nobody's home (subcode64).

The standard codes a meeting at a third location 044. Wire copy about secret contacts hides the
place: "talks at an undisclosed location", "met at a secret venue". A place kept secret is not
named as either side's home, and the Reuters gold codes such talks 044 (`undisclosed_place`).
The coder's "in <place>" test (`coder._third_country`) keeps its own rule for named places.
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
