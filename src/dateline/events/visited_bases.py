"""role65: a military base visited on a trip is a place: the country it lies in, not its forces.

"Rohrabacher flew into Bagram military airbase north of Kabul", "the defence secretary visited an
army base near Tikrit": the target of the visit (042) is where the traveller went. The actor
resolver read "military airbase" / "army base" as the armed forces (AFGMIL, IRQMIL); the
standard codes a place visited by its country (AFG), as the tune gold does. A base of the
traveller's own country ("visited a U.S. base in Germany" by a US official) visits its own
troops and is left as it is; only trips (042) are read so: an attack on a base hits the forces.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a military installation that a traveller can fly into or visit.
BASE_NOUNS = frozenset("base airbase airfield garrison barracks".split())
#: Codes of a visit made.
VISIT_CODES = frozenset({"042"})


def visited_base(code: str, src: Actor, tgt: Actor, ttok: "Token | None") -> Actor:
    """The base's country alone when a trip's target is a foreign military base; else `tgt`."""
    if code not in VISIT_CODES or ttok is None or tgt.role != "MIL" or not tgt.country \
            or tgt.country == src.country or ttok.lemma_.lower() not in BASE_NOUNS:
        return tgt
    return Actor(tgt.entity, tgt.name, tgt.country, tgt.country, None)
