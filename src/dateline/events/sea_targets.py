"""asia37: a missile fired into the sea off a state is fired at that state.

Asia-Pacific news of 2005-2020 reports North Korean and Chinese launches as "fired a missile
into the sea off Japan", "launched rockets into waters near Taiwan", "into the waters of
Japan's exclusive economic zone". The verb's "into" slot then holds the water, which is no
party, and the 195 was coded with no target. The state the water lies off (the "off / near /
of" phrase, or the possessor: "Japan's waters") is the one the launch is aimed at; the slot
keeps the water itself when no state is named ("fired a missile into the sea")."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: bodies of water and sea zones a launch lands in
SEA_NOUNS = frozenset({"sea", "water", "waters", "ocean", "coast", "zone", "strait"})
#: prepositions that place the water by a state ("off Japan", "near Taiwan", "of Japan")
SEA_PREPS = frozenset({"off", "near", "of", "around"})
STATE_ENTS = frozenset({"GPE", "NORP"})


def sea_owner(tok: "Token") -> "Token | None":
    """The state named as the one the water lies off, else None ("into the sea": no state)."""
    if tok.lemma_.lower() not in SEA_NOUNS and tok.lower_ not in SEA_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in SEA_PREPS:
            named = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ in STATE_ENTS), None)
            if named is not None:
                return named
            # "off the coast of Japan": one phrase deeper
            inner = next((g for g in c.children if g.dep_ == "pobj"), None)
            if inner is not None and inner is not tok:
                deeper = sea_owner(inner)
                if deeper is not None:
                    return deeper
        if c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in STATE_ENTS:  # "Japan's waters", "Japanese waters"
            return c
    return None
