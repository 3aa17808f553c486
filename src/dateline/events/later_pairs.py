"""The parties of a deal a lead names before the story does (partners28).

News leads summarise: "The United States on Tuesday welcomed a deal aimed at resuming the troop
withdrawal", "The UN praised the ceasefire", and only the following paragraphs say who made it
("The Russian commander and rebel chief X signed the agreement on Monday"). The coder reads the
welcome with its source and no party; the existing rule for "welcomed the agreement" looks back
(coder._agreement_pair_before), which a lead cannot do. A reader takes the deal's parties from
the next sentences: the first pair the article codes both ways for a joint act (an intention
agreed, talks, an agreement, a truce) within REACH sentences after the act.

Only a deal the clause does not place itself: no possessor, no compound name, no "between" or
"with" party ("the Paris agreement", "X's deal", "the deal between X and Y" say whose it is).
Pure: tokens and Events in, the two sides out; coder.py builds the events.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor, Event

#: Sentences after the act in which the deal's parties may be named.
REACH = 4
#: Roots of the joint acts that make a deal a lead names: intentions agreed (03), talks (04),
#: agreements signed (05), truces (08).
PAIR_ROOTS = frozenset({"03", "04", "05", "08"})
#: The nouns of a deal.
DEAL_NOUNS = frozenset("agreement deal treaty pact accord accords truce ceasefire armistice".split())


def unplaced_deal(noun: "Token") -> bool:
    """Whether a noun names a deal the clause does not say whose it is ("a deal aimed at ...",
    "the ceasefire"; not "the Paris agreement", "their deal", "the deal between X and Y")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEAL_NOUNS:
        return False
    return not any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep" and c.lower_ in ("between", "with", "of")
                   for c in noun.children)


def _reach_end(tok: "Token", n: int) -> int:
    """The character offset where the n-th sentence after tok's ends."""
    sent = tok.sent
    for _ in range(n):
        if sent.end >= len(tok.doc):
            break
        sent = tok.doc[sent.end].sent
    return sent.end_char


def pair_after(noun: "Token", later: list["Event"], exclude: set[str]) -> "tuple[Actor, Actor] | None":
    """The first pair coded both ways for a joint act within REACH sentences after ``noun``, neither
    side one of ``exclude`` (the actor welcoming it); None when there is none."""
    lo, hi = noun.sent.end_char, _reach_end(noun, REACH)
    near = [ev for ev in later if ev.trigger is not None and lo <= ev.trigger.start < hi]
    for ev in near:
        src, tgt = ev.source, ev.target
        if ev.root not in PAIR_ROOTS or not src.code or not tgt.code or src.code == tgt.code \
                or src.code in exclude or tgt.code in exclude:
            continue
        if any(e.source.code == tgt.code and e.target.code == src.code and e.root == ev.root for e in near):
            return src, tgt
    return None


__all__ = ["DEAL_NOUNS", "PAIR_ROOTS", "REACH", "pair_after", "unplaced_deal"]
