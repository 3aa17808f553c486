"""africa36: a leader's flight into exile is no visit (no 042 / 043 toward the host).

Wire copy ends Africa's regimes with the ruler's departure: "Charles Taylor stepped down and flew
into exile in Nigeria", "Jammeh left Gambia for exile in Equatorial Guinea", "Ben Ali fled into
exile in Saudi Arabia". The travel lines (fly / leave / go "to|into|for") coded a visit to the
host country (042), with the exiled ruler's home state as the visitor. CAMEO's visits are trips
made and returned from; going into exile is a change of residence that names no act toward the
host. A travel event whose own "into / for / to" phrase is "exile" is dropped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

TRIP_CODES = frozenset({"042", "043"})
EXILE_PREPS = frozenset({"into", "for", "to", "in"})


def exile_trip(code: str, trigger: "Token") -> bool:
    """True when a visit code's trigger goes "into / for exile" ("flew into exile in Nigeria")."""
    if code not in TRIP_CODES:
        return False
    for p in trigger.children:
        if p.dep_ == "prep" and p.lower_ in EXILE_PREPS:
            if any(g.dep_ == "pobj" and g.lemma_.lower() == "exile" for g in p.children):
                return True
    return False
