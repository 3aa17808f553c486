"""world32: a head of state, minister, governor or mayor killed is assassinated (186).

1990s wire copy tells a coup's or a guerrilla war's killing of an office holder by the plain
verbs: "Soldiers shot dead President Ibrahim Bare Mainassara", "Rebels killed the prime
minister in an ambush", "FARC guerrillas killed the mayor of a southern town". The dictionary
codes "kill" and "shoot dead" as a killing (1823) and keeps 186 for "assassinate" and
"execute". CAMEO's 186 is the killing of a political figure, so a killing whose single victim
holds one of these offices is 186. Plural victims ("killed two ministers"), people who only
belong to an office holder ("the president's bodyguard") and other victims stay 1823.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Offices whose holder's killing is an assassination.
OFFICES = frozenset("president premier minister chancellor king queen emperor governor mayor "
                    "vice-president".split())
KILLING_CODES = frozenset({"1823"})


def _victims(trigger: "Token") -> list["Token"]:
    """The people killed: the direct object, the passive subject, or the object the small model
    hangs under "dead" ("shot dead President X")."""
    out = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in trigger.children:
        if c.lower_ == "dead":
            out += [g for g in c.children if g.dep_ in ("dobj", "npadvmod", "appos")]
    return out


def office_holder(victim: "Token") -> bool:
    """One person named by an office: "President X", "the prime minister", "the mayor of Y"
    (not "two ministers", not "the president's bodyguard")."""
    if victim.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("nummod", "conj") for c in victim.children):
        return False
    words = {victim.lemma_.lower()} | {c.lemma_.lower() for c in victim.children if c.dep_ in ("compound", "amod")}
    return bool(words & OFFICES)


def assassination_code(code: str, trigger: "Token") -> str | None:
    """186 for a killing (1823) whose one victim holds an office; None keeps the code."""
    if code not in KILLING_CODES:
        return None
    return "186" if any(office_holder(v) for v in _victims(trigger)) else None
