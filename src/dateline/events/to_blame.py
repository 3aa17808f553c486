"""integ33: "President Reagan said Iraq was to blame for the attack on the Stark": the speaker
blames Iraq. The small model makes "blame" the complement of "was", so the blame patterns
read Iraq as the one blaming; the one blamed is the copula's subject and the blamer is whoever
said so. Without a speaker the writer is judging, which the standard does not code.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Collection

from dateline.events import filters

if TYPE_CHECKING:
    from spacy.tokens import Token

#: What "to blame for" names, and the accusation code it makes (else plain 112).
ATTACK_WORDS = frozenset("attack bombing strike explosion killing assault shelling airstrike massacre "
                         "invasion incursion death deaths violence downing".split())
CRIME_WORDS = frozenset("corruption fraud crime theft embezzlement bribery".split())


def blamed_by_speaker(tok: "Token", speech: Collection[str]) -> tuple["Token", list["Token"], str] | None:
    """(the verb of saying, the one blamed, the code) for "X said Y was (not) to blame for Z",
    or None. A negated or hypothetical clause ("was not to blame") accuses no one."""
    cop = tok.head
    if tok.lemma_.lower() != "blame" or tok.dep_ != "xcomp" or cop.lemma_ != "be" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    blamed = [c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")]
    said = cop.head if cop.dep_ == "ccomp" else None
    if not blamed or said is None or said.lemma_.lower() not in speech \
            or any(filters.is_negated(t) for t in (tok, cop, said)) or filters.is_hypothetical(cop):
        return None
    what = {g.lemma_.lower() for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
            for g in p.children if g.dep_ == "pobj"}
    code = "1123" if what & ATTACK_WORDS else "1121" if what & CRIME_WORDS else "112"
    return said, blamed, code
