"""source64: "The attack, carried out by U.S. warships, destroyed six aircraft": the attack's doer.

An attack noun that is the subject of what it did ("killed", "hit", "destroyed") names its doer
in its own phrase. Its adjective or owner ("the Iraqi attack", "Israel's airstrike") the resolver
already reads; a doer told with "by" was not read, so the act had no source: "the attack by an
Iraqi warplane killed 37 sailors", "the strike, which was ordered by President Trump, killed ...",
"the raid, launched by government troops, left 20 dead". The doer is the "by" object of the noun
itself, or of a participle or relative clause on it whose verb makes or orders the attack (not one
that judges it: "the attack, condemned by the UN" names no attacker). Asked only for a subject
the resolver left without an actor.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.frames import by_agents

if TYPE_CHECKING:
    from spacy.tokens import Token

#: nouns of armed attack that can be the subject of their own harm
ATTACK_NOUNS = frozenset("attack assault strike airstrike air-strike raid bombing bombardment shelling offensive "
                         "ambush incursion invasion operation".split())
#: verbs that make, lead or order an attack ("carried out by", "launched by", "ordered by")
MAKING_VERBS = frozenset("carry launch conduct order mount stage perpetrate execute commit direct lead plan "
                         "claim authorize authorise undertake".split())


def attack_doer(tok: "Token") -> "Token | None":
    """The token that names who did the attack `tok` names, when `tok` is an attack noun acting as
    a subject; None otherwise."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ATTACK_NOUNS or tok.dep_ != "nsubj" \
            or tok.head.lemma_.lower() == "be":
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in MAKING_VERBS:
            found = by_agents(c)
            if found:
                return found[0]
    return None
