"""The crowd a use of force by police or troops is aimed at when the clause names it only in a
purpose clause or as a bare crowd (legal30, docs/evaluation/events-legal30.md).

"Police fired tear gas to break up the rally", "police used water cannon to disperse the crowd
outside parliament", "troops opened fire on the crowd": the dictionary's slots ("fire +gas
>at|on", "use +cannon >against|on", "open +fire >on|at") are empty or hold a crowd noun that
names no actor, so the coder either dropped the act or took a place of the clause ("parliament")
as the party. The standard codes police force on a crowd as repression of protesters (175,
`<ISO3>OPP`), as conflict.unnamed_people does for a crowd in the slot itself; this module adds
the crowd a purpose clause names ("to disperse / break up / clear / scatter the crowd") and a
shooting's crowd (193, which assault.shooting_code then makes 175).

Pure: tokens and actors in, (token, actor) pairs out; coder.py hooks it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.conflict import CROWD_WORDS
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Roles of a crowd (assault.CROWD_ROLES): protesters, students, workers.
CROWD_ROLES = frozenset({"OPP", "EDU", "LAB"})
#: Verbs of killing whose 1823 / 190 reading a state force on a crowd makes repression.
KILLING_VERBS = frozenset("kill shoot gun massacre".split())
#: Verbs of a purpose clause that name the crowd the force is used on.
DISPERSING_VERBS = frozenset("disperse break clear scatter quell repel push control".split())
#: Codes of force a crowd can be the target of.
FORCE_CODES = frozenset({"175", "193"})
#: Roles that use force on crowds.
FORCE_ROLES = frozenset({"COP", "MIL"})


def _is_crowd(tok: "Token") -> bool:
    return (tok.pos_ == "NOUN" or tok.is_lower) and (tok.lemma_.lower() in CROWD_WORDS or tok.lower_ in CROWD_WORDS)


def _purpose_objects(trigger: "Token") -> list["Token"]:
    return [o for cl in trigger.children if cl.dep_ in ("xcomp", "advcl") and cl.lemma_.lower() in DISPERSING_VERBS
            for o in cl.children if o.dep_ == "dobj"]


def purpose_crowd(trigger: "Token") -> list["Token"]:
    """The crowd of "to disperse / break up the crowd" hung on the force verb (an xcomp or advcl
    purpose clause); also a crowd the parser hung as a modifier on the clause's object ("to
    disperse the crowd outside parliament": crowd -nmod-> parliament)."""
    out = []
    for o in _purpose_objects(trigger):
        out += [o] if _is_crowd(o) else [c for c in o.children if c.dep_ in ("nmod", "compound") and _is_crowd(c)]
    return out


def inside_purpose(trigger: "Token", toks: list["Token"]) -> bool:
    """The tokens all lie inside the object phrase of a purpose clause that names a crowd ("to
    disperse the crowd outside parliament": parliament only places the crowd)."""
    if not toks or not purpose_crowd(trigger):
        return False
    inside = {t.i for o in _purpose_objects(trigger) for t in o.subtree if not _is_crowd(t)}
    return all(t.i in inside for t in toks)


def crowd_target(code: str, trigger: "Token", slots: list["Token"], source: Actor) -> list[tuple["Token", Actor]]:
    """The protesters (`<ISO3>OPP` of the source's country) a police or army use of force is aimed
    at: a crowd noun in the pattern's own slots, else in a purpose clause; [] otherwise."""
    if code not in FORCE_CODES or source.role not in FORCE_ROLES or not source.country:
        return []
    crowd = [t for t in slots if _is_crowd(t)] or purpose_crowd(trigger)
    return [(t, Actor(None, t.text, source.country + "OPP", source.country, "OPP")) for t in crowd[:1]]


def crowd_killing_code(code: str, trigger: "Token", source: Actor, target: Actor) -> str:
    """ "security forces killed 20 protesters": police or troops killing a crowd's people repress
    them (175), as their live fire on protesters is (assault.shooting_code; the training
    annotations code police shooting at protesters 175); people killed one by one, suspects or
    civilians (CVL), stay a killing (1823). Other codes are returned unchanged."""
    if code not in ("1823", "190") or trigger.lemma_.lower() not in KILLING_VERBS:
        return code
    return "175" if source.role in FORCE_ROLES and target.role in CROWD_ROLES else code
