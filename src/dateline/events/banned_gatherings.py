"""politics30: "banned opposition rallies" bans gatherings (172), not the party (1722).

The dictionary's party-ban line ("ban +party|opposition", 1722) matches a party word anywhere in
the object's name, so "banned opposition rallies" read as the opposition banned. What is banned
is the gathering: the line for rallies, marches and protests (172, a domestic administrative
penalty, WIKINEWS_EVENTS.md) applies, aimed at the gathering's owner.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

GATHERINGS = frozenset({"rally", "demonstration", "protest", "march", "gathering", "meeting", "sit-in", "vigil",
                        "convention", "congress", "campaign", "activity", "event"})


def gathering_ban(code: str, tok: "Token") -> str | None:
    """172 for a party ban (1722) whose object is a gathering ("banned opposition rallies");
    None keeps the code."""
    if code != "1722":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return "172" if obj is not None and obj.lemma_.lower() in GATHERINGS else None
