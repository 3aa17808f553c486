"""left43a: "Russian commanders and Chechen rebels agreed to withdraw their forces from Grozny".

Why: coordinated agents of an intent are paired with each other only outside ONE_WAY_INTENTS
(coder.py), which keeps "China and Russia pledged funds" from coding a triple between them; but
0356 (intent to de-escalate) sat in that set too, so two warring sides agreeing to pull back,
separate or disarm their forces coded nothing once the place ("from Grozny") was dropped as
their own. A pullback agreed by a rebel force and the state it fights is made toward each
other, as a truce is (coop.reciprocal pairs 0871 the same way). Kept narrow: exactly two
sources, one a non-state armed side (REB, UAF) and the other a state side (bare state, GOV,
MIL, COP); two states ("the United States and Britain agreed to withdraw from the Gulf") are
left alone, since allies withdraw together as often as foes do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: De-escalation intents and acts (0356 agreed to de-escalate; 087 family, done).
PULLBACK_CODES = frozenset({"0356", "087", "0873", "0874"})
ARMED_ROLES = frozenset({"REB", "UAF"})
STATE_ROLES = frozenset({"", "GOV", "MIL", "COP"})


def mutual(code: str, sources: Sequence[tuple["Token", "Actor"]]) -> bool:
    """A pullback by a rebel side and a state side named together: each toward the other."""
    if code not in PULLBACK_CODES or len(sources) != 2:
        return False
    roles = [(a.role or "") for _, a in sources]
    return any(r in ARMED_ROLES for r in roles) and any(r in STATE_ROLES and a.country
                                                        for r, (_, a) in zip(roles, sources))


def home_places(targets: Sequence[tuple["Token", "Actor"]], sources: Sequence[tuple["Token", "Actor"]]) -> bool:
    """Every target is a bare place of a source's own country ("from Grozny" in Chechnya): no
    party, so the pair is left to act on each other."""
    homes = {a.country for _, a in sources if a.country}
    return all(not a.role and a.code in homes for _, a in targets)
