"""europe37: "shelled Ukrainian positions": the positions under fire are the country's forces.

A state's name or demonym before "positions" ("Ukrainian positions", "Armenian positions",
"Syrian government positions") resolved to the bare country (UKR) or its government (SYRGOV).
Front-line positions, outposts and checkpoints are held by the state's armed forces, and the
training gold codes the holder so ("its positions" of rebels: REB; a state's: MIL). When the
noun is the object of an act of force (attacked, shelled, struck, overran, fired on, airstrikes
on), a state's holder is its military (<ISO>MIL). A stance is no position under fire: "rejected
the Iranian position on enrichment" keeps Iran.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: what armed forces hold on a front line
HELD_NOUNS = frozenset({"position", "outpost", "checkpoint", "bunker", "trench", "garrison", "stronghold",
                        "emplacement", "fortification"})
#: acts of force aimed at them (the verb, or the noun a phrase "on / against" hangs on)
FORCE_WORDS = frozenset({"attack", "shell", "strike", "bomb", "hit", "overrun", "pound", "target", "raid",
                         "storm", "fire", "capture", "seize", "assault", "ambush", "overwhelm", "bombard",
                         "airstrike", "strike", "shelling", "bombing", "attack", "raid", "assault", "fire",
                         "offensive", "rocket", "missile", "mortar"})


def _under_force(tok: "Token") -> bool:
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in FORCE_WORDS:
        return True
    if tok.dep_ == "pobj" and head.lower_ in ("on", "against", "at"):
        return head.head.lemma_.lower() in FORCE_WORDS
    return tok.dep_ == "conj" and _under_force(head)


def held_by_forces(tok: "Token", actor: Actor | None) -> Actor | None:
    """<ISO>MIL for a state's (or its government's) positions under fire; the actor unchanged otherwise."""
    if actor is None or not actor.country or actor.role not in (None, "GOV"):
        return actor
    if tok.lemma_.lower() not in HELD_NOUNS or not _under_force(tok):
        return actor
    return Actor(actor.entity, actor.name, actor.country + "MIL", actor.country, "MIL")
