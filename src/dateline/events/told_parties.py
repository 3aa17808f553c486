"""bcast33: "told Y to <act>" is a demand on Y (CAMEO 100) only when Y is a party that acts.

Broadcast copy tells a demand with "tell": "President Clinton told Saddam Hussein to comply",
"India is telling the United States to stay out of its affairs". The verbs.txt bcast33 line codes
such a clause as a demand (its subcode read off the act) and the told act as not done; before it,
"told Saddam Hussein to comply" coded Iraq complying (080) as a fact. A leader also "tells" an
audience what to expect: "Clinton told reporters to expect a decision", "told Americans to be
patient". The press and private people told something are an audience, not a party asked to act:
no demand. Nor is "told Y that ...": a "that" clause makes "tell" a verb of saying, whatever "to"
clause the parser hangs on it ("told Yeutter that the government may set aside money ... to be
drawn up later").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Event

TELLING_VERBS = frozenset({"tell"})
AUDIENCE_ROLES = frozenset({"MED", "CVL"})
# The verbs.txt bcast33 line this module checks (only its readings: other demands told with "tell"
# stay as their own rules read them).
TELL_LINE = "100 tell ^xcomp"


def audience_told(ev: "Event", trigger: "Token") -> bool:
    """The demand read off "told Y to <act>" whose Y is the press or private people, or whose
    "tell" also takes a "that" clause (what was said, not what was asked)."""
    if ev.root != "10" or trigger.lemma_.lower() not in TELLING_VERBS or not (ev.pattern or "").startswith(TELL_LINE):
        return False  # ('"You must resign," X told him': a quoted demand, read by other rules, stays)
    if any(c.dep_ == "ccomp" for c in trigger.children):
        return True
    return ev.target is not None and ev.target.role in AUDIENCE_ROLES


#: Verbs of what befalls the one told if the act is not done: "told Japan to resolve the row or face
#: a deterioration in trade relations".
PENALTY_VERBS = frozenset({"face", "risk", "suffer", "bear", "pay"})


def told_or_else(ev: "Event", trigger: "Token") -> bool:
    """integ33: "told Y to <act> or face <harm>": an ultimatum told as a warning is a threat (130,
    as the training gold codes it), not a plain demand."""
    if ev.root != "10" or trigger.lemma_.lower() not in TELLING_VERBS or not (ev.pattern or "").startswith(TELL_LINE):
        return False
    for act in (c for c in trigger.children if c.dep_ == "xcomp"):
        for alt in (c for c in act.children if c.dep_ == "conj" and c.lemma_.lower() in PENALTY_VERBS):
            if any(k.dep_ == "cc" and k.lower_ == "or" for k in act.children) or \
                    any(k.dep_ == "cc" and k.lower_ == "or" for k in alt.children):
                return True
    return False
