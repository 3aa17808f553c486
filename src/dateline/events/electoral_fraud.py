"""politics30: "said the ruling party had stolen the election": an accusation of fraud.

An election, a vote or its result is no property: "stole / rigged the election" is electoral
fraud, not a seizure (the dictionary's "steal" reads 1711). Told by a speaker ("the opposition
said the president's party had stolen the election") it is the speaker's accusation of fraud
(1121) toward the one said to have stolen it, read by the coder's reported-accusation branch
like any accusing clause; the theft itself is not coded as a fact.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

FRAUD_VERBS = frozenset({"steal", "rig", "fix", "manipulate", "falsify", "hijack"})
VOTE_NOUNS = frozenset({"election", "vote", "poll", "ballot", "result", "count", "referendum", "runoff", "win",
                        "victory"})


def stolen_vote(verb: "Token") -> bool:
    """ "stole / rigged / falsified the election (vote, results)"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FRAUD_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is not None and obj.lemma_.lower() in VOTE_NOUNS
