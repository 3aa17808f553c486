"""mideast34: armed men "loyal to" a leader fight on the leader's side.

"Fighters loyal to Muammar Gaddafi shelled Misrata", "gunmen loyal to Moqtada al-Sadr attacked a
police station", "forces loyal to Khalifa Haftar advanced on Tripoli": wire copy names an armed
side by the person it follows. The noun alone ("fighters", "gunmen") gave no actor, or a private
person of the place (IRQCVL); a reader codes the leader's side: the army (MIL) of a head of state
or commander in office, the armed group of a rebel leader (REB / UAF). A leader with no such role
leaves the noun as it was. Pure functions on spaCy tokens; the caller resolves the leader.

clause52: a relative clause names the side the same way: "Kabila, whose forces captured Goma",
"the Taliban, whose troops took Kabul": the armed men are the antecedent's (CODREB, AFGREB), not
the country's army the bare noun gave (CODMIL). A state antecedent ("Turkey, whose warplanes")
has no leader role and keeps the noun's own reading.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns for armed men that take a side by loyalty.
ARMED_NOUNS = frozenset("fighter gunman militiaman militia force troop soldier guerrilla unit brigade "
                        "tribesman man".split())

_STATE_ROLES = frozenset({"GOV", "MIL"})
_GROUP_ROLES = frozenset({"REB", "UAF", "INS"})


def leader_of(tok: "Token") -> "Token | None":
    """The person an armed noun is "loyal to" ("fighters loyal to Gaddafi": Gaddafi), or None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ARMED_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ == "loyal" and c.i > tok.i:
            return next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                         for g in p.children if g.dep_ == "pobj"), None)
    return relative_owner(tok)


def relative_owner(tok: "Token") -> "Token | None":
    """The antecedent of "whose" on an armed noun ("Kabila, whose forces captured ...": Kabila):
    the noun the relative clause holding the armed noun describes."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
        return None
    clause = tok.head
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i and clause.pos_ != "NOUN":
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("PROPN", "NOUN"):
        return None
    return clause.head


def loyal_side(tok: "Token", actor: Actor | None, resolve: Callable[["Token"], Actor | None]) -> Actor | None:
    """The leader's side for armed men loyal to a leader; `actor` otherwise."""
    leader = leader_of(tok)
    if leader is None:
        return actor
    got = resolve(leader)
    if got is None or not got.country or got.role not in _STATE_ROLES | _GROUP_ROLES:
        return actor
    if got.role in _GROUP_ROLES:
        return Actor(None, tok.text, got.code, got.country, got.role)
    return Actor(None, tok.text, got.country + "MIL", got.country, "MIL")
