"""wiki33: "Labour leader Ed Miliband", "Labor leader Bill Shorten": the leader of a Labour party,
not of a trade union.

The role table reads "labour leader" as a union leader (LAB), which it is in lower case ("the
labour leader Lech Walesa"). Capitalised (also first in a sentence, as Wikinews leads open
with the title) in a country whose Labour or Labor
party the dated party table knows (GBR, AUS, NZL, ISR), it is the party's leader: OPP, as
WIKINEWS_EVENTS.md codes party leaders outside government, and role_conventions.governing_party
then makes it GOV on the dates the party governs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import role_conventions
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTY_WORDS = frozenset({"Labour", "Labor"})


def _has_labour_party(country: str) -> bool:
    return any(span.country == country and any(n.startswith(("labour", "labor")) for n in span.names)
               for span in role_conventions.ruling_spans())


def labour_party_leader(tok: "Token", actor: Actor | None, words: list["Token"]) -> Actor | None:
    """OPP for a capitalised "Labour leader" phrase the resolver coded a union (LAB), else `actor`."""
    if actor is None or actor.role != "LAB" or not actor.country:
        return actor
    marks = [w for w in words if w.text in PARTY_WORDS]
    if not marks or not any(w.lower_ == "leader" and w.i == m.i + 1 for m in marks for w in words):
        return actor
    if not _has_labour_party(actor.country):
        return actor
    return Actor(actor.entity, actor.name, actor.country + "OPP", actor.country, "OPP")


__all__ = ["labour_party_leader"]
