"""actors69: a numbered union local ("Local 705", "local 12 of the Teamsters") is a union (LAB).

US and Canadian labour copy names the bargaining unit by its number: "Local 705 of the
Teamsters union rejected the offer", "members of Local 12 walked out", "X, president of local
174". The head word "local" read as a private person's ("the locals", CVL) or as nothing, so the
union's act was coded as a civilian's or lost. The local is the union's: the union named in its
"of" phrase when that resolves to LAB, else a union of the article's home country.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_union_local(tok: "Token") -> bool:
    """"Local" (any case) followed by its number, as a noun of the clause, not an adjective
    ("the local 1990 elections" has its noun after the number)."""
    doc = tok.doc
    if tok.lower_ != "local" or tok.i + 1 >= len(doc) or not doc[tok.i + 1].like_num:
        return False
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN") or after.lower_ in ("union", "members", "president")


def union_local(tok: "Token", actor: Actor | None, home: str | None,
                actor_for: Callable[["Token"], Actor | None]) -> Actor | None:
    """The union's actor for a union local token; `actor` unchanged for any other token."""
    if not is_union_local(tok):
        return actor
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            union = actor_for(obj) if obj is not None else None
            if union is not None and union.role == "LAB" and union.code:
                return Actor(union.entity, union.name, union.code, union.country, "LAB")
    if actor is not None and actor.role == "LAB":
        return actor
    country = actor.country if actor is not None and actor.country else home
    return Actor(actor.entity if actor is not None else None, f"local {tok.doc[tok.i + 1].text}",
                 (country or "---") + "LAB", country, "LAB")
