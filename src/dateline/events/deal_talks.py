"""code71: talks about a deal are negotiation (046), not a plain consultation (040).

CAMEO 046 "Engage in negotiation" is bargaining with another party; 040 is a consultation or
meeting with no more said. Talks whose subject is the terms of a transaction or an accord are
bargaining: "is talking with American Motors about a possible merger", "held discussions with
RCA on the sale of its television unit", "holding talks with Citibank on the terms of a new
loan", "have been meeting in New York in a bid to reschedule the debt", "held merger talks with
X". The Reuters annotators' notes decided the same (events-annr69a/d: talks on a purchase or an
acquisition are 046; events-annc67b: merger or sale talks in progress are 046).

Read only on a 040 of a talk, a meeting or a discussion (the dictionary's "talk >with",
"hold +talk >with", "meet >with", "discussion >with" lines): its subject ("about / on / over /
concerning / regarding" + a deal noun, or a gerund of a deal verb "about being acquired"), a
deal noun as the talks' modifier ("merger talks"), or its purpose ("in a bid / an effort / an
attempt to reschedule ...", "to negotiate ..."). Talks about a topic that is no deal ("talked
with Mitterrand about the farm budget") stay 040.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs and nouns of the dictionary's 040 talk / meeting lines.
TALK_WORDS = frozenset("talk talks speak confer consult discuss meet hold have conduct continue begin start open "
                       "resume engage meeting discussion discussions consultation consultations".split())
TALK_NOUNS = frozenset("talk talks meeting meetings discussion discussions consultation consultations".split())
# The terms of a transaction or an accord.
DEAL_NOUNS = frozenset(
    "acquisition acquisitions merger mergers sale sales purchase purchases takeover buyout venture ventures "
    "contract contracts deal deals term terms price prices settlement rescheduling refinancing loan loans "
    "agreement accord treaty pact wage wages tender bid offer repayment repayments".split())
# code73: creditors as the other side of talks: a debtor talking to its creditors bargains over its
# debt ("Brazil is talking to bank creditors"; "debt talks with creditors" is 046 already).
CREDITORS = frozenset("creditor creditors lender lenders".split())
# Acts whose terms are bargained over.
# ("agree", "conclude" are left out: "meeting in an attempt to agree on a method" is a meeting, as
# the r28 tune gold codes it.)
DEAL_VERBS = frozenset("acquire buy sell purchase merge settle reschedule refinance negotiate bargain".split())
SUBJECT_PREPS = frozenset({"about", "on", "over", "concerning", "regarding"})
PURPOSE_NOUNS = frozenset({"bid", "effort", "attempt", "search"})


def _deal_object(o: "Token") -> bool:
    if o.lemma_.lower() in DEAL_NOUNS or o.lower_ in DEAL_NOUNS:
        return True
    if o.pos_ == "VERB" and o.lemma_.lower() in DEAL_VERBS:
        return True  # "about being acquired", "on selling the unit"
    return False


def _purpose_verb(x: "Token") -> bool:
    return x.pos_ == "VERB" and x.lemma_.lower() in DEAL_VERBS \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)


def _about_a_deal(head: "Token") -> bool:
    for c in head.children:
        if c.dep_ == "compound" and c.lemma_.lower() in DEAL_NOUNS and head.lemma_.lower() in TALK_NOUNS:
            return True  # "merger talks"
        if c.dep_ == "prep" and c.lower_ in SUBJECT_PREPS:
            if any(o.dep_ in ("pobj", "pcomp") and _deal_object(o) for o in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ == "in":  # "in a bid to reschedule the debt"
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in PURPOSE_NOUNS \
                        and any(x.dep_ in ("acl", "relcl") and _purpose_verb(x) for x in o.children):
                    return True
        if c.dep_ in ("advcl", "xcomp") and _purpose_verb(c):
            return True  # "met to negotiate the terms"
        if c.dep_ == "prep" and c.lower_ in ("with", "to") and head.lemma_.lower() in ("talk", "talks") \
                and any(o.dep_ == "pobj" and o.lemma_.lower() in CREDITORS for o in c.children):
            return True  # code73: "is talking to bank creditors"
    return False


def negotiation_code(code: str, trigger: "Token") -> "str | None":
    """ "046" for a 040 talk, meeting or discussion about a deal (see module doc); None keeps the
    code."""
    if code != "040" or trigger.lemma_.lower() not in TALK_WORDS and trigger.lower_ not in TALK_WORDS:
        return None
    heads = [trigger, *(c for c in trigger.children
                        if c.dep_ in ("dobj", "obj", "pobj") and c.lemma_.lower() in TALK_NOUNS)]
    for p in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "into")):
        heads += [o for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in TALK_NOUNS]  # "engage in talks"
    return "046" if any(_about_a_deal(h) for h in heads) else None


__all__ = ["DEAL_NOUNS", "DEAL_VERBS", "negotiation_code"]
