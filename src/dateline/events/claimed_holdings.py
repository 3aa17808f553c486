""""Claim" in its sense of holding or counting something is no accusation (tunefp47).

verbs.txt reads "X claims <object>" as an accusation (112 claim >obj). A union "which claims a
membership of 360,000 workers", an alliance that "claims the support of 40 deputies", a party
that "claimed a majority" or "claimed victory" states what it has or won: there is no one
accused, and the coder took the people in the object's "of" phrase (the workers, the deputies)
as the accused. An accusation's claim is a clause ("claimed Iran was meddling", 112 >csubj) or a
charge noun; these object nouns are never one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Event

# What one claims to have, hold or have won.
HELD_NOUNS = frozenset({
    "membership", "member", "supporter", "support", "backing", "following", "follower", "loyalty",
    "allegiance", "worker", "victory", "win", "seat", "majority", "title", "share", "stake",
    "ownership", "mandate", "vote", "life", "live", "crown", "medal",
})


def claimed_holding(ev: "Event", tok: "Token | None") -> bool:
    """An accusation (112x) read from "claim" whose direct object is something held or won."""
    if tok is None or not ev.code.startswith("112") or tok.lemma_.lower() != "claim":
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in HELD_NOUNS:
            return True
        # "claims 240,000 teachers as members": the people counted as held
        if c.lower_ == "as" and any(o.dep_ == "pobj" and o.lemma_.lower() in HELD_NOUNS for o in c.children):
            return True
        if c.dep_ == "dobj" and any(g.lower_ == "as" and any(o.dep_ == "pobj" and o.lemma_.lower() in HELD_NOUNS
                                                             for o in g.children) for g in c.children):
            return True
    return False
