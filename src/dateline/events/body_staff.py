"""actors69: a named person whose apposed post is at a named non-state body speaks for that body.

"X, staff attorney at the Public Citizen Litigation Project, said ...", "Y, an economist with
the Center for Budget Studies, criticised ...", "Z, a senior staff associate of the Government
Accountability Project, ...": the post is a profession or staff word (attorney JUD, economist or
nothing CVL), so the person was coded as a judge or a private person of the dateline's country,
though wire copy names the body exactly because the person speaks for it (the annotators code
the staff attorney of a digital-rights foundation as its NGO, a union's official as its LAB).
body_chiefs.py does this for a chief's title ("president of ..."); here a staff or professional
post does the same when the body after "at", "of", "with" or "for" resolves to a non-state role (NGO,
LAB, BUS, MED, EDU, ...) or an international body. A state body ("an attorney at the Justice
Department") leaves the person's own reading, and so does a person with a state office.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.events.body_chiefs import NON_STATE_ROLES
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Posts that a body's staff hold (lemmas): professions and staff words, no office of state.
STAFF_POSTS = frozenset("attorney lawyer counsel economist analyst associate researcher scientist fellow "
                        "expert specialist staffer consultant coordinator organizer organiser activist "
                        "campaigner lobbyist strategist statistician engineer physician doctor".split())
#: Readings the post alone gives that the body's role may replace.
POST_READINGS = frozenset({None, "", "CVL", "JUD"})
_BODY_PREPS = frozenset({"at", "of", "with", "for"})  # ("a lawyer for the union" acts for it)


def _post_of(tok: "Token") -> "Token | None":
    """The staff post apposed to a person's name token ("X, staff attorney at ..."), or the post
    itself when the parser made it the head ("X, staff attorney at ..." with X its modifier)."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in STAFF_POSTS:
        return tok
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", ""):
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in STAFF_POSTS), None)


def _body_of(post: "Token") -> "Token | None":
    for c in post.children:
        if c.dep_ == "prep" and c.lower_ in _BODY_PREPS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ == "ORG":
                return obj
    return None


def staff_of_body(tok: "Token", actor: Actor | None, actor_for: Callable[["Token"], Actor | None]) -> Actor | None:
    """The body's actor for a person whose apposed post is at a named non-state body; `actor`
    unchanged otherwise."""
    if actor is not None and actor.role not in POST_READINGS:
        return actor
    post = _post_of(tok)
    body_tok = _body_of(post) if post is not None else None
    body = actor_for(body_tok) if body_tok is not None else None
    if body is None or not body.code or not (body.code[:3] in ("IGO", "NGO") or body.role in NON_STATE_ROLES):
        return actor
    return Actor(actor.entity if actor is not None else None, actor.name if actor is not None else tok.text,
                 body.code, body.country, body.role)
