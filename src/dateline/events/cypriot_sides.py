"""actors57: "a Greek Cypriot plan", "Turkish Cypriot police": Cyprus's two communities are Cyprus's.

The tagger splits "Greek Cypriot" into two nationality names, "Greek" and "Cypriot", and the
first one gave the phrase its country: Greece (GRC) for the Greek Cypriot side's plan or
leadership, Turkey (TUR) for the Turkish Cypriot police. The standard codes a body or people by
the country they belong to; both communities are of Cyprus (CYP, as places_extra.tsv already
lists "Greek Cypriot" and "Turkish Cypriot" when the tagger keeps them whole). Only the two
community words directly before "Cypriot(s)" ("Greek-Cypriot" too) are moved; "Greek police",
"Turkish troops in Cyprus" keep their own country.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

CYPRUS = "CYP"
#: the community words and the countries a bare reading gave them
COMMUNITIES = {"greek": "GRC", "turkish": "TUR"}


def cypriot_community(tok: "Token") -> bool:
    """The token is "Greek" or "Turkish" directly before "Cypriot(s)" (or "-Cypriot")."""
    if tok.lower_ not in COMMUNITIES:
        return False
    doc = tok.doc
    i = tok.i + 1
    if i < len(doc) and doc[i].text == "-":
        i += 1
    return i < len(doc) and doc[i].lower_.startswith("cypriot")


def cypriot_side(tok: "Token", actor: Actor | None) -> Actor | None:
    """The actor with Cyprus for the community's mother country, when the token is such a
    community word (the role it had is kept: "Turkish Cypriot police" CYPCOP)."""
    if actor is None or not cypriot_community(tok) or actor.country != COMMUNITIES[tok.lower_]:
        return actor
    return Actor(actor.entity, actor.name, CYPRUS + (actor.code or "")[3:], CYPRUS, actor.role)
