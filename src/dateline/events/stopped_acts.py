"""An act told as stopped: "Poland stopped supplying weapons to Ukraine" (integ30).

The verb pattern matches the gerund ("supplying weapons to Ukraine": 072), so without this the
coder reported the very aid that was ended. CAMEO has codes for ending cooperation: aid stopped
is the reduction of that kind of aid (162x), talks stopped are halted negotiations (164) and
other cooperation stopped is reduced relations (160). A stopped use of force, protest or
statement is no event of its own kind (ending a shelling is not a shelling); the coder drops it.

Pure: the trigger token and its code in, the new code ("" = drop) or None out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that end an ongoing act told by their gerund ("stopped / ceased / halted supplying").
STOPPING_VERBS = frozenset({"stop", "cease", "halt", "quit", "discontinue", "suspend", "end"})
#: Aid codes and the code for reducing that aid.
REDUCED_AID = {"070": "162", "071": "1621", "072": "1622", "073": "1623", "074": "162", "075": "162"}
#: tuneact45: trade told by its verb ("stopped buying Canadian wheat", "stopped selling oil to Y"):
#: a state or firm that stops trading with a party boycotts it (163), not a loosening of ties (160).
# light58: trade routed through a neighbour ("stopped sending its exports through South Africa")
TRADE_VERBS = frozenset("buy purchase import export sell supply ship send route channel".split())
#: Roots of cooperation whose end is a reduction of relations.
COOPERATION_ROOTS = frozenset({"03", "05", "06"})


def stopping_verb(trigger: "Token") -> "Token | None":
    """The verb that stops the trigger's act ("stopped supplying"), or None; not when that verb
    is itself negated ("did not stop supplying": the act goes on)."""
    head = trigger.head
    if trigger.tag_ != "VBG" or trigger.dep_ not in ("xcomp", "pcomp", "dobj") or head is trigger:
        return None
    if head.lemma_.lower() not in STOPPING_VERBS or filters.is_negated(head):
        return None
    return head


def stopped_code(code: str, trigger: "Token") -> str | None:
    """The code of the act once stopped, "" when stopping it is no event, None when the act
    is not told as stopped."""
    if stopping_verb(trigger) is None:
        return None
    if code in REDUCED_AID:
        return REDUCED_AID[code]
    if code[:2] == "04":
        return "164"
    if code == "061" and trigger.lemma_.lower() in TRADE_VERBS:
        return "163"
    if code[:2] in COOPERATION_ROOTS:
        return "160"
    return ""
