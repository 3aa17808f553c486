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
