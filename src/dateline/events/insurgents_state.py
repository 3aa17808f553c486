"""actors40: the unnamed army, police or government that a country's rebels fight is their own.

"Tamil Tiger guerrillas attacked an army camp", "MILF rebels attacked an army outpost in
Mindanao", "The LTTE accused the government of bombing civilians": an insurgent group that the
tables place (LKAREB, PHLREB) acts on a state body named by its role alone. A reader takes that
army or government for the state the rebels rise against, their own country; the actor resolver
had lent it the article's main country, which in a round-up or a story about a neighbour is
another one ("the army" of the Afghan story above, AFGMIL). Asked in the coder's pair loop, as
own_government.py; a target that names its country or an entity is never changed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The state bodies an insurgency fights.
STATE_ROLES = frozenset({"GOV", "MIL", "COP"})


def insurgents_state(src: Actor, tgt: Actor, ttok: "Token | None") -> Actor:
    """The target placed in the rebels' country when the rule applies, else unchanged."""
    if ttok is None or tgt.entity is not None or tgt.role not in STATE_ROLES or src.role != "REB" \
            or not src.country or not tgt.country or tgt.country == src.country:
        return tgt
    from dateline.events.actors import country_of

    named = [t for t in ttok.subtree if t.i < ttok.i]  # the modifiers: "Sri Lankan troops", "Bosnia's army"
    for prep in (c for c in ttok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            named.extend(obj.subtree)  # "the army of Zaire" (not "accused the government of militarising Chiapas")
    if any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or t.pos_ == "PROPN"
           or t.pos_ == "ADJ" and country_of(t.text) for t in named):
        return tgt
    return Actor(None, tgt.name, src.country + tgt.role, src.country, tgt.role)
