"""Forces named bare in a reported clause belong to the body that reports them.

"An Israeli army spokesman said soldiers shot two Palestinians in Nablus": a reader takes the
soldiers for the spokesman's army, not for the country of the place or of the people they shot
(the actor coder's last resort, the article's main country, gave PSEMIL there). Wire copy reports
most clashes so: "the army said troops killed ...", "police said officers arrested ...". A bare
plural force noun ("troops", "soldiers", "the police") inside the "that"-clause of a saying
verb whose subject is a state body of armed or governing role (an army, a ministry, their
spokesmen) takes that body's country. Forces that say whose they are ("Syrian troops") or a
speaker of no state role (rebels, witnesses) leave the noun to the rest of the coder.
Pure: a token and a resolver in, a country code out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: Verbs of saying whose "that"-clause a body reports.
REPORTING_VERBS = frozenset("say tell report add state announce confirm claim".split())
#: Roles of a speaker whose bare "troops" are its own (a state's armed, police or governing bodies).
STATE_SPEAKER_ROLES = frozenset({"MIL", "GOV", "COP"})
#: Roles of the force nouns this reads.
FORCE_ROLES = frozenset({"MIL", "COP"})


def speaker_force_country(tok: "Token", role: str | None, resolve: Callable[["Token"], "Actor | None"]) -> str | None:
    """The country of the state body reporting the clause `tok` (a bare force noun) is in, or None."""
    if role not in FORCE_ROLES or tok.pos_ != "NOUN" or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") or c.dep_ == "prep" and c.lower_ == "of"
            for c in tok.children):
        return None
    clause = tok.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head is not clause:
        if clause.dep_ in ("relcl", "acl", "advcl"):
            return None  # a clause of its own, not the report's
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    # "a spokesman for the Israeli army": the body the speaker speaks for, else the speaker
    body = next((g for p in speaker.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                 for g in p.children if g.dep_ == "pobj"), None)
    actor = (resolve(body) if body is not None else None) or resolve(speaker)
    if actor is None or not actor.country or actor.role not in STATE_SPEAKER_ROLES:
        return None
    return actor.country
