"""source71: "the members" / "the membership" of a labour story are the union named before.

Wire labour copy names the union once and then lets its members act: "The Teamsters said talks
broke down ... Members rejected the company's offer by a 2 to 1 margin"; "The membership
rejected the give-backs, the union official said". A bare "members" (no "of" body, no
possessor, no word that names another body: "club members", "board members", "party members")
said nothing of whose, so the act's source was unresolved and the triple lost. A reader takes
the union the story named last: a token in the members' sentence (before or after: "..., the
union said") or within the two sentences before, whose actor is a union (LAB). No union in reach,
or a reading of its own for the members: `actor` unchanged.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.events.frames import sentences_back
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words for a union's rank and file acting as the union.
_MEMBER_LEMMAS = frozenset({"member", "membership", "rank-and-file"})
#: Readings the union's overrides: none, or a private person's ("members" read as civilians).
_WEAK = frozenset({None, "", "CVL"})
#: Words that say a union is meant when they modify the members ("union members" reads already).
_UNION_WORDS = frozenset({"union", "unionized", "unionised", "striking", "rank", "voting"})
_SENTENCES_BACK = 2


def _bare(tok: "Token") -> bool:
    """No body of their own named: no "of" phrase, no possessor, no noun or name modifier."""
    if tok.lemma_.lower() not in _MEMBER_LEMMAS and tok.lower_ not in ("members", "membership"):
        return False
    if tok.lower_ == "member":
        return False  # ("a member said": one person, no act of the union)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
            return False
        if c.dep_ in ("poss", "compound", "nmod", "appos") and c.lower_ not in _UNION_WORDS:
            return False
        if c.dep_ == "amod" and (c.ent_type_ or c.pos_ == "PROPN"):
            return False  # ("Democratic members", "OPEC members")
    return True


def union_members(tok: "Token", actor: Actor | None, actor_for: Callable[["Token"], Actor | None]) -> Actor | None:
    """The union named nearest before (or later in the same sentence) for bare "members";
    `actor` unchanged otherwise."""
    if tok.pos_ not in ("NOUN", "PROPN") or (actor is not None and actor.role not in _WEAK) or not _bare(tok):
        return actor
    doc = tok.doc
    start, end = sentences_back(tok, _SENTENCES_BACK), tok.sent.end
    order = list(range(tok.i - 1, start - 1, -1)) + list(range(tok.i + 1, end))
    for i in order:
        t = doc[i]
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() in _MEMBER_LEMMAS:
            continue
        if t.lemma_.lower() != "union" and t.ent_type_ != "ORG" and not t.lower_.startswith("local"):
            continue
        got = actor_for(t)
        if got is not None and got.role == "LAB" and got.code:
            return Actor(got.entity, tok.text, got.code, got.country, "LAB")
    return actor
