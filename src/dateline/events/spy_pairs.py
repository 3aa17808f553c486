"""roles60: "the services" / "the two services" after two countries' intelligence services.

"Germany and Poland agreed to tighten cooperation between their intelligence services ... A
ministry spokesman said the services would work together against drug smuggling": "the
services" are the two intelligence services named just before, and the standard codes
intelligence services SPY (the tune gold: DEUSPY and POLSPY). A bare plural "the (two)
services" with no modifier of its own takes, from the three sentences before, the countries
owning the last "intelligence / secret / security services" phrase: named by adjectives or
possessors ("Polish and German intelligence services", "Poland's and Germany's"), or by "their"
with the clause's coordinated subjects ("Germany and Poland ... their intelligence services").
"The services sector", "financial services", or a story with no such phrase before are left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.actors import ActorContext
    from dateline.model import Actor

SPY_WORDS = frozenset({"intelligence", "secret", "security", "spy"})
_REACH = 3  # sentences back


def _countries(toks: list["Token"], ctx: "ActorContext") -> list[str]:
    from dateline.events.actors import actor_for

    out: list[str] = []
    for t in toks:
        a = actor_for(t, ctx)
        if a is not None and a.country and a.code == a.country and a.country not in out:
            out.append(a.country)
    return out


def _owners(services: "Token", ctx: "ActorContext") -> list[str]:
    """The countries owning an earlier "intelligence services" phrase."""
    mods = [c for c in services.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < services.i]
    named = [m for c in mods for m in (c, *(x for x in c.subtree if x.dep_ == "conj"))
             if m.pos_ in ("PROPN", "ADJ") and m.lower_ not in SPY_WORDS]
    found = _countries(named, ctx)
    if len(found) >= 2:
        return found
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in services.children):
        # the nearest verb up the tree with a subject ("agreed ... to improve cooperation between their ...")
        subj = next((c for a in services.ancestors if a.pos_ in ("VERB", "AUX") for c in a.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return _countries([subj, *(c for c in subj.subtree if c.dep_ == "conj")], ctx)
    return []


def earlier_services(tok: "Token", ctx: "ActorContext") -> "list[Actor]":
    """The intelligence services "the (two) services" stands for, one actor each; [] otherwise."""
    from dateline.model import Actor

    if tok.lower_ != "services" or tok.pos_ != "NOUN":
        return []
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "both") or c.lower_ in ("two", "both") for c in kids) \
            or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in kids):
        return []
    doc = tok.doc
    sent = tok.sent
    for _ in range(_REACH):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        for t in reversed(list(sent)):
            if t.lemma_.lower() == "service" and t.tag_ == "NNS" \
                    and any(c.lower_ in SPY_WORDS for c in t.children if c.dep_ in ("amod", "compound")):
                owners = _owners(t, ctx)
                if len(owners) >= 2:
                    return [Actor(None, tok.text, c + "SPY", c, "SPY") for c in owners]
    return []
