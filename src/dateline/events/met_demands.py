"""politics30: "refused to meet the farmers' demands" is no refusal of talks.

"meet" takes demands, conditions and requests in the sense of satisfying them (the dictionary's
080 "meet +demand": yielding). Under a refusal the dictionary's line for refused meetings
("refuse ^xcomp:meet|talk|negotiate": 125, reject talks) matched the word, not the sense; a
refusal to meet demands is a refusal to yield (124, as "refused to concede / to comply").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# What one "meets" by satisfying it.
SATISFIED_NOUNS = frozenset({"demand", "request", "condition", "need", "expectation", "requirement", "target",
                             "deadline", "grievance", "claim"})


def satisfies(verb: "Token") -> bool:
    """ "meet the demands / conditions": the satisfying sense of "meet"."""
    if verb.lemma_.lower() != "meet":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in SATISFIED_NOUNS


def refused_yield(code: str, xcomps: list["Token"]) -> str | None:
    """124 for the talks refusal (125) whose refused act is meeting demands; None keeps the code."""
    if code != "125" or not xcomps or not satisfies(xcomps[0]):
        return None
    return "124"
