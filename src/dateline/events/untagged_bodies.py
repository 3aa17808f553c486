"""actors69: a body's capitalised name the tagger left untagged, read by its head word.

"The Nuclear Safety Project accused ...", "The Center for Tax Justice criticised ...": the
small tagger sometimes leaves an organisation's name as bare proper nouns, so no entity and no
role stood behind the subject and the act was lost ("source unresolved"), or a word of the
name gave a wrong role ("Justice" JUD). The name's words (the head proper noun, its compounds
and a capitalised "of"/"for" tail) are read by resolve/org_kinds.body_kind; a kind found there
(a union, an advocacy group, a trade body, a state board) is coded with the article's home
country (or the country a word of the name gave). Only for a proper-noun head outside every
entity that nothing or only a private person's or a judge's word resolved; anything else is
left as it was.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor
from dateline.resolve.actor_roles import role_code
from dateline.resolve.org_kinds import body_kind

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Readings a word of the name gave that the head word overrides: none, a private person's, or a
#: judge's ("the Center for Tax Justice"); a listed body's code is kept.
_WEAK_READINGS = frozenset({None, "", "CVL", "JUD"})


def _name_tokens(tok: "Token") -> list["Token"]:
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
    words.append(tok)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i == tok.i + 1:
            obj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if obj is not None:
                tail = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and c.pos_ == "PROPN"]
                words += [prep, *tail, obj]
    return sorted(words, key=lambda t: t.i)


def untagged_body(tok: "Token", actor: Actor | None, home: str | None, in_entity: bool) -> Actor | None:
    """The home country's body of the kind an untagged proper name's head word says; `actor`
    unchanged for any other token or when the name says no kind."""
    if tok.pos_ != "PROPN" or in_entity or tok.ent_type_ or actor is not None and actor.role not in _WEAK_READINGS:
        return actor
    words = _name_tokens(tok)
    if len(words) < 2 or any(w.ent_type_ for w in words):
        return actor
    kind = body_kind(" ".join(w.text for w in words))
    role = role_code(kind) if kind else None
    country = (actor.country if actor is not None else None) or home
    if role is None or not country:
        return actor
    return Actor(None, " ".join(w.text for w in words), country + role, country, role)


#: Plural member nouns the small tagger reads as a proper noun when they open a paragraph.
_MEMBER_WORDS = frozenset({"members", "officials", "leaders", "representatives"})


def opening_members(tok: "Token", actor: Actor | None, actor_for) -> Actor | None:
    """actors69: "Members of local 174 of the food workers' union rejected ...": a paragraph's first
    word, capitalised, is tagged a proper noun ("Members", no entity), so the "of" body it belongs
    to was never read and the members came out a private person of the dateline's country. The
    body of the "of" phrase when it resolves to a non-state role or an international body; `actor`
    unchanged otherwise (state bodies' members keep their own reading: "Members of Parliament")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or tok.lower_ not in _MEMBER_WORDS or not tok.is_title:
        return actor
    if actor is not None and actor.role not in _WEAK_READINGS | {"GOV"}:
        return actor  # ("Officials" alone reads GOV, an official's title: the body decides)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            body = actor_for(obj) if obj is not None else None
            if body is not None and body.code and (body.code[:3] in ("IGO", "NGO") or body.role in _BODY_ROLES):
                return Actor(None, tok.text, body.code, body.country, body.role)
    return actor


#: Roles of bodies whose members act as the body (unions, firms, parties, non-profits ...).
_BODY_ROLES = frozenset({"LAB", "BUS", "OPP", "NGO", "AGR", "EDU", "MED", "REL", "REB"})
