"""politics30: "we oppose the way the government is proceeding": an act of criticism, no stance.

A present-tense stance verb ("oppose", "support") states a standing position and is not coded
(coder `_plausible`). Its object can still be a particular act going on now, told as its manner:
"the way / manner in which X is handling the sale". Opposing how someone acts is criticism of that
actor (CAMEO 111, the union's "we oppose the way the government is proceeding with the sale"); the
relative clause's subject is the party, which the coder's act-author search already reaches.
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
