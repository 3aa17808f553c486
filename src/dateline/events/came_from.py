"""source72: "criticism of X came from Y": an act noun whose coming names its doer.

Wire copy reports who voiced an act by making the act noun the subject of "come" and the doer the
object of "from": "Calls for a rescheduling of the debt have come from the opposition party and
the biggest trade union", "Sharp criticism of the plan came from the bishops". The noun is the
subject of its clause, so `coder._code_noun` found no owner, no "by" object and no light verb
and dropped it as a nominalisation inside another clause; its doer was there all along.

Guards: the verb is "come" with no negation and no hypothetical (checked by the caller), the noun
is its subject, and the "from" object is a party (a noun or name, with its conjuncts); "the money
came from the budget" has no act noun and is never asked.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

COMING_VERBS = frozenset({"come"})


def from_doers(noun: "Token", gov: "Token | None") -> "list[Token]":
    """The "from" objects of "come" when `noun` is its subject, else []."""
    if gov is None or noun.dep_ != "nsubj" or noun.head != gov or gov.lemma_.lower() not in COMING_VERBS:
        return []
    for prep in gov.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            return [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    return []
