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


#: Roles of a state's own forces and offices, whose coercion at home falls on the opposition.
_STATE_ROLES = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})


def repressed_followers(code: str, src: Actor, tgt: Actor, ttok: "Token | None") -> Actor:
    """asia33: "Indonesian police arrested supporters of Megawati Sukarnoputri", "troops fired on
    supporters of the opposition leader": a leader's supporters (the bare country) whom their own
    state's police, army, courts or government coerce (roots 17-18 and 175: arrests, bans, force,
    attacks) are the opposition (OPP), as protesters are; the bare country would be the state
    acting on itself and was dropped. left42a: so are those it accuses or charges (112:
    "Prosecutors charged Megawati's supporters with subversion")."""
    if not (code[:2] in ("17", "18") or code[:3] in ("175", "112")) or tgt.role or not tgt.country \
            or tgt.code != tgt.country or src.country != tgt.country or src.role not in _STATE_ROLES \
            or not _follower(ttok) or _ruler_followed(ttok):
        return tgt
    return Actor(tgt.entity, tgt.name, tgt.country + "OPP", tgt.country, "OPP")


#: Words of the governing side: supporters of "the prime minister" or "the ruling party" are no opposition.
_RULING_WORDS = frozenset("president prime premier minister government king ruling junta governor".split())


def _ruler_followed(tok: "Token | None") -> bool:
    """The followers' owner ("his", "of X") is named by an office of the governing side."""
    while tok is not None and tok.lemma_.lower() not in FOLLOWER_LEMMAS:
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None)
    if tok is None:
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(w.lower_ in _RULING_WORDS for o in owners for w in o.subtree)
