"""tuneact47: a truce that rebels end names its other party only when it says "with X".

"The FLNC announced the end of its truce", "ETA called off its ceasefire": an insurgent group's
truce is with the state it rises against, its own country's government, so ending it threatens
that government with renewed force (138, verbs.txt). Asked in the coder after the appeal
deciders, only when the clause names no target; a group of no country gets none.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

TRUCE_NOUNS = frozenset({"ceasefire", "truce", "cease-fire"})
REBEL_ROLES = frozenset({"REB", "INS", "SEP"})


def truce_party(code: str, trigger: "Token", source: Actor) -> "tuple[Token, Actor] | None":
    """(trigger, the rebels' own government) for a truce ended by rebels, else None."""
    if code != "138" or not source.country or (source.role or "") not in REBEL_ROLES:
        return None
    if not any(t.lemma_.lower() in TRUCE_NOUNS for t in trigger.subtree):
        return None
    return trigger, Actor(None, trigger.text, source.country + "GOV", source.country, "GOV")
