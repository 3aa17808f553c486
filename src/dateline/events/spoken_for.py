"""Whom a bare "a spokesman" speaks for: the body the sentence before was about.

Wire copy names a body and then quotes its spokesman without naming the body again: "The
Pentagon said the strike answered a plot. A spokesman accused Iraq of state terrorism." A
reader takes the spokesman as the Pentagon's; the actor coder gave the bare title the
article's home country, which in a story about a strike on Iraq is Iraq, and the accusation
was then dropped as Iraq accusing itself. `spokesman_body` answers only for a spokesman with
no owner of its own ("for X", "X's", "a ministry spokesman"), right after a sentence whose
main subject is a named body, a country or an office holder (context33).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

SPOKESMAN_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Roles a spokesman can speak for (not a private person's or a firm's: "a company spokesman" says so).
_BODY_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "PTY", ""})


def _bare(tok: "Token") -> bool:
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in kids) and not any(
        c.dep_ in ("poss", "compound", "nmod", "amod", "appos") or c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
        for c in kids)


def spokesman_body(tok: "Token", actor_of: "Callable[[Token], Actor | None]") -> Actor | None:
    """The body of the sentence before for a bare spokesman that opens its own clause as the
    subject; `actor_of` is the actor coder (for the earlier subject). None when unsure."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPOKESMAN_WORDS or not _bare(tok) \
            or tok.dep_ not in ("nsubj", "nsubjpass") or tok.sent.start == 0:
        return None
    prev = tok.doc[tok.sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    got = actor_of(subj)
    if got is None or not got.code or got.code[:3] == "---":
        return None
    role = got.code[3:6]
    if role not in _BODY_ROLES:
        return None
    if got.code[:3] in ("IGO", "NGO"):
        return Actor(got.entity, got.name, got.code, got.country, got.role)
    if not role:  # a country named bare: its government speaks
        return Actor(got.entity, got.name, got.code[:3] + "GOV", got.code[:3], "GOV")
    return Actor(got.entity, got.name, got.code, got.country, got.role)
