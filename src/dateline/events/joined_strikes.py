"""A strike joined (frame72, docs/evaluation/events-frame72.md).

verbs.txt's frame72 lines read "300 maintenance workers joined the strike", "joined in the
walkout", "took part in the strike" and "the union leader joined a hunger strike" as the joiner's
own strike (143, 142), as "continued their strike" already was; the target is the strike's (its
"against" party, else the story's employer, as for "went on strike"). "Strike" is also an armed
attack ("Britain joined the strike on Libya"): a joiner that is a state, its government or its
armed forces is no labour party striking, and that reading is dropped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.model import Event

#: The frame72 lines of verbs.txt (matched on the event's pattern text, code included).
JOIN_LINES = ("142 join +hunger >against", "142 join in:hunger >against",
              "143 join +strike|walkout|stoppage|go-slow|work-to-rule >against",
              "143 join in:strike|walkout|stoppage >against", "143 take +part in:strike|walkout|stoppage >against")
_STATE_ROLES = frozenset({None, "GOV", "MIL"})


def armed_strike_joined(ev: "Event") -> bool:
    """A frame72 join line whose joiner is a state, a government or an army: an attack joined."""
    line = " ".join((ev.pattern or "").split())
    return line in JOIN_LINES and ev.source.role in _STATE_ROLES
