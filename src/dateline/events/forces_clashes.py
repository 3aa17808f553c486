"""euro33: two states' forces clashing is fighting (190), not a riot (145).

"clash" is coded 145 (violent protest) because its usual doers are crowds and police. The
coder drops a 145 whose doer is state forces ("police clashed with the protesters" is the
police's repression, read elsewhere; integ33 kept one case, a storming abroad). Wire copy of
1996 clashes of another kind lost everything: "Palestinian police clashed with Israeli troops in
the West Bank", "Greek and Turkish troops clashed on the border". When both sides are armed
forces (army, police, intelligence) of different states, the clash is a use of conventional
force (CAMEO 190) between them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

CLASH_VERBS = frozenset({"clash", "skirmish", "battle", "fight"})
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})


def forces_clash(trigger: "Token", src: "Actor", tgt: "Actor") -> bool:
    """A clash between the forces of two states ("Palestinian police clashed with Israeli
    troops"); a clash with a crowd, or between forces of one state, is not."""
    return trigger.lemma_.lower() in CLASH_VERBS and src.role in STATE_FORCES and tgt.role in STATE_FORCES \
        and bool(src.country) and bool(tgt.country) and src.country != tgt.country


#: left42b: the sides of a quarrel between states: a bare country or its government.
STATE_SIDES = frozenset({"", "GOV"})


def states_quarrel(code: str, trigger: "Token", src: "Actor", tgt: "Actor",
                   stok: "Token | None" = None, ttok: "Token | None" = None) -> bool:
    """left42b: "Britain and France clashed over the beef ban", "Germany clashed with Britain over
    the single currency": two states or their governments that clash quarrel (words at a meeting),
    they do not riot; a riot (145) is a crowd's act. The clash is dropped (the standard gives a
    disagreement of words no code of its own); armed forces on both sides stay fighting (190,
    `forces_clash`), and a crowd on either side stays a riot, a people named by its plural too
    ("Jewish settlers clashed with Palestinians": the bare PSE is a crowd, not a state)."""
    if any(tok is not None and tok.ent_type_ == "NORP" for tok in (stok, ttok)):
        return False
    return code[:3] == "145" and trigger.lemma_.lower() in CLASH_VERBS \
        and _state_side(src) and _state_side(tgt) and src.code != tgt.code \
        and not (src.country and src.country == tgt.country)


def _state_side(actor: "Actor") -> bool:
    """A bare country, its government, or an international body ("the EU clashed with the
    United States over the Helms-Burton law")."""
    code = actor.code or ""
    if code.startswith("IGO"):
        return True
    return bool(actor.country) and (actor.role or "") in STATE_SIDES and code in (actor.country, actor.country + "GOV")
