"""mood51: "talks with X should / must be held (resumed)", said by one side: its intent to
negotiate with X (036).

Why: the obligation branch (`coder._code_obligation`) reads "Y should / must <act>" as advice or a
demand toward the clause's subject; with talks as the passive subject there is no party to advise,
so the sentence read no act, and the talks themselves are filtered as hypothetical (issue #4, the
"negated, hypothetical or asked" class). A speaker who says talks with X ought to be held or
resumed states his own side's wish to negotiate with X: CAMEO 036 (express intent to meet or
negotiate), the speaker toward the party of "with".

talks59: talks with no party named ("consultations should be held to set the date of the
talks") are coded too, without a target: the coder takes the other party of the story's dispute
(events/talk_partners.py) and drops the act when there is none.

Not: negated ("should not be resumed"), other verbs ("talks should be ended"), a verb of saying that is negated (the coder checks).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters

if TYPE_CHECKING:
    from spacy.tokens import Token

TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "dialogue", "dialog", "consultation", "meeting", "summit"})
HELD_VERBS = frozenset({"hold", "resume", "start", "begin", "open", "reopen", "restart", "launch", "convene"})
_OPENING = frozenset({"resume", "start", "begin", "open", "restart"})  # intransitive: "a dialogue should begin"
_DUTY = frozenset({"should", "must", "ought"})


def talks_partner(clause: "Token") -> "list[Token] | None":
    """The party of "with" in a reported "talks with X should / must be held" clause ([] when the
    talks name none), else None."""
    if clause.lemma_.lower() not in HELD_VERBS or filters.is_negated(clause):
        return None
    kids = list(clause.children)
    if not any(a.dep_ == "aux" and a.lower_ in _DUTY for a in kids):
        return None
    passive = any(a.dep_ == "auxpass" for a in kids)
    if clause.tag_ != ("VBN" if passive else "VB") or not passive and clause.lemma_.lower() not in _OPENING:
        return None  # "talks should be held", "a dialogue should begin"
    for subj in kids:
        if subj.dep_ == ("nsubjpass" if passive else "nsubj") and subj.lemma_.lower() in TALK_NOUNS:
            partners = [p for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "with"
                        for p in prep.children if p.dep_ == "pobj"]
            return partners  # talks59: [] when no "with": the coder seeks the story's other side
    return None
