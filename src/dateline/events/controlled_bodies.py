"""left45: "the opposition-controlled Senate", "the Republican-controlled Congress": a
legislature named by the side that holds its majority is still the legislature (LEG).

Why: the controlling word's role won over the head ("opposition-controlled senate" ARGREB through
the rebel-held reading of "opposition", "Republican-controlled Congress" USAOPP through the party),
though the conventions code legislatures LEG whatever their party. A noun whose own word is a
legislature (resolve.actor_roles.head_role gives LEG) with a hyphened "-controlled", "-dominated",
"-led" or "-run" modifier keeps LEG and the actor's country. Pure: a token and its Actor in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor
from dateline.resolve.actor_roles import head_role

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Participles that name who holds a body's majority.
CONTROLLING = frozenset({"controlled", "dominated", "led", "run"})


def controlled_legislature(tok: "Token", actor: Actor | None) -> Actor | None:
    """LEG for "the opposition-controlled senate"; `actor` unchanged otherwise."""
    if actor is None or not actor.country or actor.role in (None, "LEG") or tok.pos_ not in ("NOUN", "PROPN"):
        return actor
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in CONTROLLING
               and any(g.lower_ == "-" or g.dep_ == "punct" for g in c.children) for c in tok.children):
        return actor
    if head_role(tok.text) != "LEG":
        return actor
    return Actor(actor.entity, actor.name, actor.country + "LEG", actor.country, "LEG")
