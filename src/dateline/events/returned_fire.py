"""left42b: "Rwandan troops returned fire": fire answered is aimed at whoever fired first.

Why: the wire reports an exchange as an attack, then the answer with no object ("Zairean
soldiers shelled Gisenyi ... Rwandan troops returned fire"; "Pakistani troops fired on Indian
positions ... Indian troops returned fire"). No dictionary line read "return fire" and the
general counterpart rule (coder._counterpart) wants the earlier act's target to be exactly the
answering side, while the attack was coded on the place or the bare country (RWA, IND). The
answer is a use of force (190) by the side fired on, toward the latest earlier attacker
(within reach, an earlier sentence, roots 18-20) whose target was of the answering side's
country and who is of another country. With no such attack named ("returned fire when they came
under attack": an unnamed attacker) nothing is coded, as the standard leaves unnamed
perpetrators out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor, Event

FIRE_NOUNS = frozenset({"fire", "gunfire"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
#: How far back (characters) the attack answered may lie.
REACH = 1500


def is_returned_fire(trigger: "Token") -> bool:
    """ "returned fire", "returned the fire", "returned Zairean fire"."""
    return trigger.lemma_.lower() == "return" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in FIRE_NOUNS for c in trigger.children)


def first_shooter(trigger: "Token", source: "Actor", earlier: list["Event"]) -> "Actor | None":
    """The side that fired first on the answering side's country, in an earlier sentence."""
    if not source.country:
        return None
    for ev in reversed(earlier):
        if ev.trigger is None or ev.trigger.start >= trigger.sent.start_char \
                or trigger.idx - ev.trigger.start > REACH:
            continue
        if ev.root not in FORCE_ROOTS or not ev.source.code or not ev.source.country:
            continue
        if ev.target.country == source.country and ev.source.country != source.country:
            return ev.source
    return None
