"""politics30: "supporters of jailed former prime minister Imran Khan clashed with police": protesters.

A leader's supporters are coded as the leader's country alone (coder `_resolve`: "Trump and his
supporters" are no office of his). When they demonstrate, riot or strike (root 14) they are
protesters, which the standard codes OPP, as it codes private people who march (the coder's
CVL -> OPP rule for root 14, which a role-less country did not reach).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

FOLLOWER_LEMMAS = frozenset({"supporter", "follower", "loyalist", "backer"})


def _follower(tok: "Token | None") -> bool:
    while tok is not None and tok.lemma_.lower() in ("thousand", "hundred", "dozen", "million"):
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None)  # "thousands of supporters of X"
    return tok is not None and tok.lemma_.lower() in FOLLOWER_LEMMAS


def protesting_followers(code: str, src: Actor, stok: "Token | None") -> Actor:
    """<ISO3>OPP for a leader's supporters (coded as the bare country) who protest (root 14)."""
    if code[:2] != "14" or src.role or not src.country or src.code != src.country or not _follower(stok):
        return src
    return Actor(src.entity, src.name, src.country + "OPP", src.country, "OPP")
