"""The side a truce is made with when the clause names one side only: the one it was fighting (partners28).

"Rebels of the Front agreed a ceasefire in April", "the militia accepted a truce": the sentence
names the side that agreed, and the story has already said whom it fights ("rebels killed 20
soldiers in an eastern village"). truces.py codes a truce the rebels declare toward their own
government, but leaves one they "agree" or "reach" alone, since rebel factions make truces among
themselves. The article settles it: when every use of force between this source and another side
reported before the truce is with one side, the truce is with that side; a state's forces stand
for its government (a ceasefire is agreed by a government, as WIKINEWS_EVENTS.md codes it). No
fighting reported, or fighting with several sides: no party. Pure: it reads Events.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Event

#: Truce codes (a ceasefire agreed or declared).
TRUCE_CODES = frozenset({"0871"})
#: Roots of fighting (unconventional violence, assault, fight, mass violence).
FIGHTING_ROOTS = frozenset({"18", "19", "20"})
#: A state's armed or policing organs, which a truce is made for by the government.
STATE_FORCES = frozenset({"MIL", "COP", "GOV", None, ""})


def truce_partner(code: str, source: Actor, trigger: "Token", earlier: list["Event"]) -> Actor | None:
    """The one side ``source`` was reported fighting before ``trigger`` (its government, for a
    state's forces), or None when none or several."""
    if code not in TRUCE_CODES:
        return None
    sides: dict[str, Actor] = {}
    for ev in earlier:
        if ev.trigger is None or ev.trigger.start >= trigger.idx or ev.root not in FIGHTING_ROOTS:
            continue
        if ev.source.code == source.code and ev.target.code and ev.target.code != source.code:
            other = ev.target
        elif ev.target.code == source.code and ev.source.code and ev.source.code != source.code:
            other = ev.source
        else:
            continue
        if other.role not in ("CVL",):  # civilians struck are victims, not a warring side
            key = _side(other)
            sides.setdefault(key.code, key)
    return next(iter(sides.values())) if len(sides) == 1 else None


def _side(actor: Actor) -> Actor:
    """A state's forces stand for its government; any other side stands for itself."""
    if actor.country and actor.role in STATE_FORCES:
        return Actor(None, "government", actor.country + "GOV", actor.country, "GOV")
    return actor


__all__ = ["FIGHTING_ROOTS", "TRUCE_CODES", "truce_partner"]
