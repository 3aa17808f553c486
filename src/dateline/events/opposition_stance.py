"""left42a: "support for the government's opposition to the tax": a stance, not the opposition.

"Opposition" names the opposition parties (OPP) and also a stance against something. With a
"to" phrase ("X's opposition to the proposed tax", "Japan's opposition to the plan") it is the
stance, and its owner is the party meant: "Britain reaffirmed its support for the government's
opposition to the tax" is support for the government (GBR 051 GBRGOV), not for the opposition
(the reading gave GBROPP, and "Japan's opposition to the plan" JPNOPP). Only an owned
"opposition" with a "to" phrase; "the opposition" alone, "the Japanese opposition", "opposition
to the plan" with no owner keep their reading.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token


def stance_owner(tok: "Token", actor: Actor | None, actor_for) -> Actor | None:
    """The owner's actor for an owned "opposition to ..."; `actor` unchanged otherwise."""
    if tok.lemma_.lower() != "opposition" or not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return actor
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return actor
    got = actor_for(owner)
    return got if got is not None and got.code else actor
