"""A truce that names one side only: "Rebels agreed a ceasefire in April", "the Taliban
declared a three-day truce".

A ceasefire (0871) is always with someone, but news often names only the side that declared or
accepted it. For rebels the other side is, unless the sentence says otherwise, the state they
fight: their own country's government (the Wikinews/CoNLL annotations code a rebel group's truce
toward `<ISO3>GOV`). A government's or an army's one-sided truce is left alone: it may be with
rebels, a neighbour or a foreign army, and the sentence does not say which. Pure.
"""
from __future__ import annotations

from dateline.model import Actor

TRUCE_CODES = frozenset({"0871"})
INSURGENT_ROLES = frozenset({"REB"})


def rebels_truce_side(code: str, source: Actor) -> "Actor | None":
    """The government of the rebels' own country for a one-sided truce of theirs, else None."""
    if code not in TRUCE_CODES or source.role not in INSURGENT_ROLES or not source.country:
        return None
    return Actor(None, "government", source.country + "GOV", source.country, "GOV")


__all__ = ["TRUCE_CODES", "rebels_truce_side"]
