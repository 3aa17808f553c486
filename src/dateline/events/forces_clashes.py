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
