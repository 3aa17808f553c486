"""demo22: an attack on ground nobody in the clause owns ("Azerbaijani forces shelled positions
near Sotk", reported by Armenia's defence ministry) hits the side that reports it: a reader
takes the unowned positions for the reporter's own, the defender's army (MIL). Pure functions
on spaCy tokens; the coder resolves the reporter and decides."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Military ground and works an army holds: with no owner of their own, the reporter's.
HELD_GROUND = frozenset("position post outpost base trench checkpoint garrison barracks bunker".split())

#: How a reported attack hangs under the saying verb ("said X shelled", "said two were wounded
#: when X shelled"); a few steps at most.
_REPORT_DEPS = frozenset({"ccomp", "advcl", "conj"})
_MAX_STEPS = 4


def unowned_ground(tok: "Token") -> bool:
    """ "positions", "an outpost": military ground with no possessor, no name and no modifier
    that could say whose it is (those resolve on their own)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in HELD_GROUND and not any(
        c.dep_ in ("poss", "compound", "amod", "nmod") for c in tok.children)


def reporter(trigger: "Token", speech: frozenset[str] | set[str],
             deps: frozenset[str] = _REPORT_DEPS, steps: int = _MAX_STEPS) -> "Token | None":
    """The subject of the saying verb (one of `speech`) the attack is reported under, or None
    (`deps` / `steps`: how a clause may hang under it and how far up; talks_course narrows both)."""
    cur = trigger
    for _ in range(steps):
        if cur.dep_ not in deps or cur.head is cur:
            return None
        cur = cur.head
        if cur.lemma_.lower() in speech:
            return next((c for c in cur.children if c.dep_ == "nsubj"), None)
    return None
