"""mood51: "it is time for X to <act>" in what a speaker says: an appeal to X (issue #4).

Why: the coder's mood filters drop the clause ("for X to <act>" is an unrealised infinitive on a
noun), yet the speaker who says it is time for another party to act is telling that party what to
do, the same speech act as "X should <act>" (CAMEO 02x from the speaker to X; WIKINEWS_EVENTS.md:
reported speech aimed at a target is coded). The small model parses the clause as a copular "be"
(the speech verb's ccomp) whose "time" (attr or subject) carries a relative clause with a "for"
marker and the party as its subject:

    "It is time for Taiwan to hold talks," X said       is -attr-> time -relcl-> hold (for Taiwan)
    "Now is the time for the rebels to return to the table"   is -nsubj-> time -relcl-> return

Not: a negated or hypothetical copula ("it is not time", "it would be time"), "time for a change"
(no act verb), "time" without a party subject. The coder (`coder._code_obligation`) picks the
subcode by the asked act, as for "urged X to <act>".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters

if TYPE_CHECKING:
    from spacy.tokens import Token

_TIME_WORDS = frozenset({"time", "moment"})


def time_for_act(clause: "Token") -> "tuple[Token, Token] | None":
    """(party, asked act) of a copular "it is time for X to <act>" clause, else None."""
    if clause.lemma_.lower() != "be" or filters.is_negated(clause) \
            or any(a.dep_ == "aux" and a.lower_ in filters.HYPOTHETICAL_MODALS | {"will", "'ll"} for a in clause.children):
        return None
    for time in clause.children:
        if time.dep_ not in ("attr", "nsubj") or time.lemma_.lower() not in _TIME_WORDS:
            continue
        for act in time.children:
            if act.dep_ not in ("relcl", "acl") or act.tag_ != "VB" or act.pos_ != "VERB":
                continue
            kids = list(act.children)
            if not any(k.dep_ == "mark" and k.lower_ == "for" for k in kids) \
                    or not any(k.dep_ == "aux" and k.lower_ == "to" for k in kids) \
                    or any(k.dep_ == "neg" for k in kids):
                continue
            party = next((k for k in kids if k.dep_ == "nsubj"), None)
            if party is not None:
                return party, act
    return None


# The asked act is talks: "to hold talks", "to return to the negotiating table", "to engage in
# dialogue" (CAMEO 026, appeal to meet or negotiate; the dictionary's "urge ^xcomp:" lines key on
# the verb, which here is "hold", "return" or "sit down").
_TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "dialogue", "dialog", "table"})


def asks_talks(act: "Token") -> bool:
    """The asked act, or a verb joined to it ("sit down and hold talks"), takes talks as its
    object or prepositional object."""
    verbs = [act, *(c for c in act.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for v in verbs:  # ("come back to the table": the preposition may hang on the adverb)
        for t in v.subtree:
            if t.dep_ in ("dobj", "pobj") and t.lemma_.lower() in _TALK_NOUNS and _near(t, v):
                return True
    return False


def _near(t: "Token", verb: "Token") -> bool:
    """t is the verb's object, or a prepositional object on it or on its adverb or particle."""
    steps = 0
    while t.i != verb.i and steps < 3:
        if t.pos_ == "VERB":
            return False
        t, steps = t.head, steps + 1
    return t.i == verb.i
