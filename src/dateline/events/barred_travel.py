"""tunecode46: people barred from travelling keep the administrative-sanction code (172).

The coder turns a foreign target's 172 into 163 (a ban on another state or its firms is a
sanction, Wikinews conventions). A restriction on where PEOPLE may go is no embargo, whoever
they are: "Israel barred Arafat from overflying Israel", "banned American journalists from
travelling to Kosovo", "barred Palestinian workers from entering the country" stay 172, as the
tuned Reuters annotations code "barred Arafat from overflying" (172, not 163).

It is read from the trigger: a "from" + gerund of moving (enter, travel, fly, land, leave,
visit, cross ...). A state or firm as the target (role None or BUS) keeps the sanction: "banned
US airlines from flying to Cuba" is 163. Goods or flights banned (no gerund of a person's
movement) are not read here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

MOVING_VERBS = frozenset("enter travel fly overfly land leave visit cross return go come attend reach "
                         "transit".split())
DENYING_VERBS = frozenset({"deny", "refuse"})
PASSES = frozenset({"clearance", "visa", "visas", "entry", "passage", "landing"})
BARRING_VERBS = frozenset({"bar", "ban", "prevent", "prohibit", "forbid", "block", "stop"})


def movement_barred(trigger: "Token", target_role: str | None) -> bool:
    """True when the trigger bars a person or body of people from moving ("barred X from
    entering"): the 172 stays, not a sanction on a state (163)."""
    if target_role in (None, "BUS"):
        return False
    lemma = trigger.lemma_.lower()
    if lemma in DENYING_VERBS:  # "denied flight clearance / landing rights / visas to X"
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in PASSES or any(
            m.dep_ == "compound" and m.lemma_.lower() in PASSES for m in c.children)) for c in trigger.children)
    if lemma not in BARRING_VERBS:
        return False
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for g in prep.children:
                if g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in MOVING_VERBS:
                    return True
    return False
