"""Bare "members", "leaders", "delegates" after a body or meeting of the sentence before (pronoun65).

"The Security Council met in emergency session on Friday. Members condemned Iraq ...",
"The G7 summit opened in St Petersburg. Leaders urged Iran ...", "OPEC ministers met in
Vienna. Delegates accused ...": a plural of membership with no owner of its own is the
members of the body that met just before, and the standard codes them as that body. The
actor coder had read them as nothing ("members") or as the country where they met.

The body is an organisation named in the sentence before (or earlier in the same sentence)
as the subject of a verb of meeting ("met", "convened", "opened", "gathered"), or as the
name inside such a subject ("the G7 summit", "OPEC ministers", "an Arab League meeting").
Only for a bare plural subject ("Members", "the leaders"): "leaders of Iran and Iraq",
"European leaders", "its members" say whose they are and are read as before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.actors import ActorContext
    from dateline.model import Actor

#: Plural nouns for the people of a body or meeting.
MEMBER_PLURALS = frozenset({"member", "leader", "delegate", "participant", "minister", "delegation",
                            "representative", "envoy"})
#: Verbs that say a body met.
MEETING_VERBS = frozenset("meet convene open gather assemble begin start hold reconvene close end".split())
#: Nouns for a meeting whose name says whose it is ("the G7 summit").
MEETING_NOUNS = frozenset("summit meeting conference session talks council assembly congress gathering "
                          "minister leader delegate official envoy representative".split())


def _member_plural(tok: "Token") -> bool:
    """A plural of membership; the tagger takes a capitalised one that opens a sentence
    ("Ministers urged ...") for a proper noun, so its spelling decides there."""
    if tok.tag_ == "NNS":
        return tok.lemma_.lower() in MEMBER_PLURALS
    low = tok.lower_
    return tok.tag_ == "NNP" and tok.i == tok.sent.start and low.endswith("s") and low[:-1] in MEMBER_PLURALS


def _bare_plural(tok: "Token") -> bool:
    if not _member_plural(tok) or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ != "the":
            return False
        if c.dep_ in ("poss", "amod", "compound", "nmod", "nummod", "appos", "prep", "relcl", "acl"):
            return False
    return True


def _body(t: "Token", ctx: "ActorContext") -> bool:
    """An organisation, or a name the recogniser took for a place that codes as an
    international body ("G7" tagged GPE: IGOG7)."""
    from dateline.events.actors import actor_for

    ent = ctx.entity_at.get(t.i)
    if ent is None or ent.label not in ("ORG", "GPE"):
        return False
    if ent.label == "ORG":
        return True
    actor = actor_for(t, ctx)
    return actor is not None and (actor.code or "").startswith("IGO")


def _org_in(subj: "Token", ctx: "ActorContext") -> "Token | None":
    """The organisation a meeting subject is or names."""
    if _body(subj, ctx):
        return subj
    if subj.lemma_.lower() in MEETING_NOUNS:
        for c in subj.children:
            if c.dep_ in ("compound", "poss", "nmod", "amod") and _body(c, ctx):
                return c
    return None


def members_body(tok: "Token", ctx: "ActorContext") -> "Actor | None":
    """The body whose meeting the sentence before reported, for a bare "members"/"leaders"
    subject (module docstring); None otherwise."""
    from dateline.events.actors import actor_for

    if not _bare_plural(tok):
        return None
    doc = tok.doc
    sent = tok.sent
    spans = [doc[sent.start:tok.i]]
    if sent.start > 0:
        spans.append(doc[sent.start - 1].sent)
    for span in spans:
        for verb in span:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in MEETING_VERBS:
                continue
            for subj in verb.children:
                if subj.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                org = _org_in(subj, ctx)
                if org is None:
                    continue
                actor = actor_for(org, ctx)
                if actor is not None and actor.code:
                    return actor
    return None
