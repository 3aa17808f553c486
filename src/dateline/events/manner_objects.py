"""politics30: "we oppose the way the government is proceeding": an act of criticism, no stance.

A present-tense stance verb ("oppose", "support") states a standing position and is not coded
(coder `_plausible`). Its object can still be a particular act going on now, told as its manner:
"the way / manner in which X is handling the sale". Opposing how someone acts is criticism of that
actor (CAMEO 111, the union's "we oppose the way the government is proceeding with the sale"); the
relative clause's subject is the party, which the coder's act-author search already reaches.
So is a particular decision its maker owns ("opposes the government's decision to sell the
port", "the ministry's plan"): an act answered now, not a standing position on an issue.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

MANNER_NOUNS = frozenset({"way", "manner", "fashion"})


def manner_doer(obj: "Token | None") -> "Token | None":
    """The subject of the relative clause on a manner noun ("the way [the government] is
    proceeding"), None when the object is no such noun."""
    if obj is None or obj.lemma_.lower() not in MANNER_NOUNS:
        return None
    for c in obj.children:
        if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX"):
            return next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
                         and g.pos_ in ("NOUN", "PROPN")), None)
    return None


# A maker's particular act, opposed as it happens ("the government's decision to ...").
DECIDED_ACTS = frozenset({"decision", "plan", "move", "proposal", "bid", "attempt", "order", "decree"})


def opposed_act_owner(obj: "Token | None") -> "Token | None":
    """The doer of the act a present-tense stance verb takes as its object: the manner noun's
    clause subject, or the possessor of a decision noun ("the government's decision"); None when
    the object is a standing issue ("opposes abortion", "supports the peace process")."""
    if obj is None:
        return None
    if (doer := manner_doer(obj)) is not None:
        return doer
    if obj.lemma_.lower() in DECIDED_ACTS:
        return next((c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    return None
