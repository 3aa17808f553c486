"""spurious69: the country part of an event's actor codes as the CAMEO country table writes it.

The resolver keeps ISO alpha-3 countries inside (an Actor's `country`, the first three letters of
its code, read by many rules to compare an actor with a story's home), and writes East Timor TMP
(resolve.actors.cameo_country). The standard codes actors by the CAMEO tables
(gdelt/lookups/CAMEO.country.txt), where Romania is ROM and Montenegro MTN, not the ISO ROU / MNE;
every annotated file that codes Romania writes ROM (c4, c11, r11, conll_train; none writes ROU).
Changing the codes inside would break those comparisons, so only the events the coder hands out
are rewritten, last.
"""
from __future__ import annotations

from dataclasses import replace

from dateline.model import Actor, Event

#: ISO alpha-3 -> the CAMEO country table's code, where they differ (TMP is already written inside).
TABLE_COUNTRIES = {"ROU": "ROM", "MNE": "MTN"}


def _table_actor(actor: Actor) -> Actor:
    code = actor.code
    if not code or code[:3] not in TABLE_COUNTRIES:
        return actor
    return replace(actor, code=TABLE_COUNTRIES[code[:3]] + code[3:])


def table_codes(events: list[Event]) -> list[Event]:
    """The events with ROU / MNE actor codes written ROM / MTN (the Actor's ISO country kept)."""
    out = []
    for ev in events:
        src, tgt = _table_actor(ev.source), _table_actor(ev.target)
        out.append(ev if src is ev.source and tgt is ev.target else replace(ev, source=src, target=tgt))
    return out
