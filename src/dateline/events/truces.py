"""A truce one side declares on its own: "the Taliban declared a three-day ceasefire", "Houthi
rebels announced a truce".

A ceasefire (0871) is always toward someone, but news often names only the side that declared
it. A rebel group's unilateral ceasefire is, unless the sentence says otherwise, toward the state
it fights: its own country's government. Only verbs of declaring count: a truce "reached" or
"agreed" is mutual, and one side alone reaching it names no party (rebels may make a truce among
themselves: tests/test_events_material10_rules.py). A government's or an army's one-sided
truce is left alone: it may be toward rebels, a neighbour or a foreign army. Pure.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

TRUCE_CODES = frozenset({"0871"})
INSURGENT_ROLES = frozenset({"REB"})
# Verbs of declaring a truce on one's own (not "reach", "agree", "sign": mutual).
DECLARING_VERBS = frozenset("declare announce proclaim observe call extend".split())


def rebels_truce_side(code: str, trigger: "Token", source: Actor) -> "Actor | None":
    """The government of the rebels' own country for a truce they declared, else None."""
    if code not in TRUCE_CODES or source.role not in INSURGENT_ROLES or not source.country \
            or trigger.lemma_.lower() not in DECLARING_VERBS:
        return None
    return Actor(None, "government", source.country + "GOV", source.country, "GOV")


__all__ = ["TRUCE_CODES", "rebels_truce_side"]
