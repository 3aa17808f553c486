"""roles60: a country's feeling told by its own official is the government's.

"A State Department spokesman said the United States was disappointed by Israel's decision":
the disappointment is voiced by the US government through its spokesman, and the Wikinews gold
codes such a sentence USAGOV 111 (not the bare USA the reported clause's subject would give).
The standard codes a bare country as agent ISO3, but here the country is no agent of an act: it
is the holder of a stance its official announces. Read only when the bare country is the
subject of a clause of dismay or disapproval ("was disappointed / concerned / not happy / critical")
that is the complement of a verb of saying whose subject codes as a state official (GOV) of that
same country, and said before the clause ("a spokesman said the United States was ..."):
with the attribution after it ("Brazil is not happy with the committee, Finance Minister X
said") the tune gold keeps the bare country, so that order is left alone. Another country's feeling ("said Israel was unhappy"), a private speaker's ("a
U.S. businessman said ..."), and a country as agent of a reported act stay as they were.
Asked by the coder's source resolution beside `own_bodies.own_body`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.actors import ActorContext
    from dateline.model import Actor

#: Verbs of saying that report an official's announcement of a stance.
SAYING = frozenset("say indicate state tell add stress announce note reiterate declare insist explain".split())


def _feeling_clause(verb: "Token") -> bool:
    """Whether `verb` heads a clause of dismay or disapproval ("was disappointed with", "is
    concerned about", "was not happy with", "is critical of", "was dismayed by")."""
    from dateline.events import statements

    lemma = verb.lemma_.lower()
    if lemma in statements.DISMAY_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if lemma not in ("be", "remain"):
        return False
    for c in verb.children:
        if c.dep_ != "acomp":
            continue
        low = c.lower_
        if low in statements.DISMAY_ADJECTIVES or low in statements.DISAPPROVING_ADJECTIVES:
            return True
        if low in statements.CONTENT_ADJECTIVES and any(n.dep_ == "neg" for n in (*verb.children, *c.children)):
            return True
    return False


def feeling_government(tok: "Token", ctx: "ActorContext") -> "Actor | None":
    """The government actor for a bare-country subject of a stance its own official reports;
    None otherwise."""
    from dateline.events.actors import actor_for
    from dateline.model import Actor

    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN":
        return None
    verb = tok.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING or not _feeling_clause(verb):
        return None
    if verb.head.i > tok.i:
        return None  # '"Brazil is not happy with ...," the minister said': the tune gold keeps BRA
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.i == tok.i:
        return None
    country = actor_for(tok, ctx)
    if country is None or not country.code or country.role or len(country.code) != 3 or country.code == "---":
        return None
    said = actor_for(speaker, ctx)
    if said is None or said.role != "GOV" or said.country != country.code:
        return None
    return Actor(country.entity, country.name, country.code + "GOV", country.code, "GOV")
