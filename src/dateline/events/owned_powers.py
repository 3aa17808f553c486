"""politics30: a body's authority is the body, not "the authorities".

"authority" alone is a government word to the role lexicon ("the port authority", "local
authorities"), so "refused to recognise its authority" or "questioned the authority of the
Senate" came out as an act on the government. Owned and singular, the word names a power the
owner holds: the party is the owner ("its" -> the senate the sentence named). Called at the top of
the coder's `_resolve`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a power held (singular, lower case), which the role lexicon would read as a body.
POWER_NOUNS = frozenset({"authority"})


def power_owner(tok: "Token") -> "Token | None":
    """The owner of "its / the Senate's authority", "the authority of parliament"; None for
    "the authorities", "the Palestinian Authority" or an unowned "authority"."""
    if tok.pos_ != "NOUN" or tok.lower_ not in POWER_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None
