"""politics30: an opposition or a union of no stated country is that of the state it faces.

"The ruling ANC accused the opposition Democratic Alliance of fraud", "the Cambodian government
banned the main opposition party": an opposition is such only toward a government, so when the
phrase names no country (a party name the tables lack, a bare "the opposition") and the other side
of the act is a state body of one country, the opposition is that country's (<ISO3>OPP). Asked in
the coder's pair loop beside `coop.home_institution` (which does the same for a legislature, a
court or the police a state acts on); a side whose country is known is never changed. Unions
likewise ("the Argentine government accused the unions of ..."): labour organises at home.
left45: protesters of a people with several states and none of its own ("Kurdish protesters
occupied the Greek embassy") are placed only in one of the people's states (the Turkish consulate
they attack may be theirs; the Greek embassy is not).
"""
from __future__ import annotations

from dateline.model import Actor

# The state bodies an opposition stands against at home.
STATE_ROLES = frozenset({"GOV", "LEG"})
# Roles that only act at home: the opposition and organised labour.
HOME_ROLES = frozenset({"OPP", "LAB"})


def _placed(side: Actor, country: str) -> Actor:
    return Actor(side.entity, side.name, country + side.role, country, side.role)


def _foreign_people(side: Actor, country: str) -> bool:
    """left45: the side is a stateless people's ("Kurdish protesters") and `country` is none of its states."""
    from dateline.events.actors import _separatist_table

    table = _separatist_table()
    rows = next((table[w] for w in (side.name or "").lower().split() if w in table), None)
    return rows is not None and country not in rows[0][0]


def home_opposition(src: Actor, tgt: Actor) -> tuple[Actor, Actor]:
    """(source, target) with an opposition or union of no country placed in the country of the state body
    on the other side; both unchanged otherwise."""
    if src.code and not src.country and tgt.country and _foreign_people(src, tgt.country):
        return src, tgt
    if tgt.code and tgt.role in HOME_ROLES and not tgt.country and src.role in STATE_ROLES and src.country:
        return src, _placed(tgt, src.country)
    if src.code and src.role in HOME_ROLES and not src.country and tgt.role in STATE_ROLES and tgt.country:
        return _placed(src, tgt.country), tgt
    return src, tgt
