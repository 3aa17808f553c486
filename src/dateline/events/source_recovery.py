"""sources28: the first party of a joint act told as an agentless passive by one of its parties.

An agentless passive is not coded (WIKINEWS_EVENTS.md: "events without an identifiable source").
But a joint act told in the passive by its own party names its doer without a "by" phrase: "the
rebel group said an agreement had been reached with the government", "Kenya said a deal was
signed with Uganda", '"Talks were held with the Ugandan side," the Kenyan ministry said'. The act
is cooperative (roots 03-06: it takes two parties), its "with" phrase names the other party, and
the clause is reported by a speaker: the speaker is the first party (it cannot be the "with"
party, which is named apart). The repair rests on the parse (a passive with no agent, a "with"
party, a verb of saying above or beside it), not on the words of one sentence.

Hoped-for acts ("an accord would be reached with Y") stay uncoded, as do passives with no "with"
party ("police said 40 people were arrested": the reporter of an arrest is not its doer), and a
pronoun reporter ("it said") is left to the pronoun's own resolution.

Only the coder's clause step calls `reporting_party`, for a coding with no subject word; it
returns tokens, which the coder resolves as any subject.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Roots of acts done with a partner, where a "with" phrase names the other side.
PARTNER_ROOTS = ("03", "04", "05", "06")
#: Verbs of reporting whose subject tells a clause.
REPORT_VERBS = frozenset("say announce confirm state report tell declare add note insist".split())


def _agentless_passive(verb: "Token") -> bool:
    """A passive verb with no "by" agent: "were signed", "has been reached"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    kids = list(verb.children)
    if any(c.dep_ == "agent" for c in kids):
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)


def _with_party(verb: "Token") -> bool:
    """The passive names its other party: "reached with the government", "signed with Uganda"."""
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(g.dep_ == "pobj" for g in p.children)
               for p in verb.children)


def _reporter(verb: "Token") -> "Token | None":
    """The subject of the verb of saying that tells the clause: above it ("X said a deal was
    signed") or, in a quotation put first, beside it ('"A deal was signed," X said')."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORT_VERBS:
        say = verb.head
    else:
        say = next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.i > verb.i
                    and c.lemma_.lower() in REPORT_VERBS), None) if verb.dep_ == "ROOT" else None
    if say is None:
        return None
    return next((c for c in say.children if c.dep_ == "nsubj"), None)


def reporting_party(verb: "Token", code: str) -> list["Token"]:
    """ "X said an agreement had been reached with Y": X (with its conjuncts), for a cooperative
    act told as an agentless passive whose "with" names the other party; [] otherwise."""
    if code[:2] not in PARTNER_ROOTS or not _agentless_passive(verb) or not _with_party(verb):
        return []
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return []  # "an accord would be reached with Y": hoped for, not done
    subj = _reporter(verb)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []  # ("it said": the pronoun's own resolution is not repeated here)
    return [subj, *subj.conjuncts]
