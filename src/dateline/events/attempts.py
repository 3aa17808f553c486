"""Attempts as intentions (stance35; docs/evaluation/events-stance35.md).

"X is trying to meet Y", "X is working to settle its dispute with Y", "X was trying to arrange
the release of the hostages", "X is waiting to meet Y": a party striving for a cooperative act
has shown its intent (03x) toward the act's party, as "X plans to meet Y" has. The verbs are in
the dictionary's [intent] list (verbs.txt, stance35 block); this module says which of them only
tell an attempt.

An attempt at a hostile act is no threat: "rebels tried to storm the embassy" announces nothing
to anyone (the [intent] verbs otherwise turn a hostile act into its threat, 13x); the attempted
act itself is another rule's (or none).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that tell that a party strives for an act, not that it announces it.
ATTEMPT_VERBS = frozenset("try attempt strive endeavour endeavor work wait scramble".split())


def is_attempt(verb: "Token") -> bool:
    """True when the verb (governing "to <act>") tells only an attempt ("tried / is working to")."""
    return verb.lemma_.lower() in ATTEMPT_VERBS


#: Words that tell an attempt failed: "tried in vain to meet Y", "tried unsuccessfully to".
_FAILED = frozenset({"unsuccessfully", "vain", "fail", "failed"})


#: Objects that make the act a money matter, no act toward a party: "tried to withdraw cash from
#: state coffers", "is trying to raise funds from investors".
_MONEY = frozenset("cash money fund funds deposit deposits saving savings".split())


def not_intended(verb: "Token", act: "Token", hostile: bool) -> bool:
    """An attempt verb whose act is no intent to code: a hostile act ("rebels tried to storm the
    embassy": no threat), money handled ("tried to withdraw cash from state coffers"), or an
    attempt told as failed ("tried in vain to meet Y", "tried to meet Y but failed": failed events
    are not coded, WIKINEWS_EVENTS.md)."""
    if not is_attempt(verb):
        return False
    if hostile or any(c.dep_ == "dobj" and c.lemma_.lower() in _MONEY for c in act.children):
        return True
    return any(t.lemma_.lower() in _FAILED or t.lower_ in _FAILED for c in verb.children
               if c.dep_ in ("advmod", "prep", "conj") for t in c.subtree)


#: tuneact45: verbs that ask another party to act only through the speaker's effort (verbs.txt
#: "persuade|convince" and "challenge" lines): an appeal when told as done or tried.
PERSUADING_VERBS = frozenset({"persuade", "convince"})


def purposed_persuasion(verb: "Token") -> bool:
    """A persuading verb as a gerund under a preposition: "talks aimed at persuading the U.S. not to
    impose tariffs", "efforts at convincing Y": the purpose of another act, no appeal told (the
    tune dump's one wrong reading of these lines)."""
    return verb.lemma_.lower() in PERSUADING_VERBS and verb.dep_ == "pcomp"
