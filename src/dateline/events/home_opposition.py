"""politics30: an opposition or a union of no stated country is that of the state it faces.

"The ruling ANC accused the opposition Democratic Alliance of fraud", "the Cambodian government
banned the main opposition party": an opposition is such only toward a government, so when the
phrase names no country (a party name the tables lack, a bare "the opposition") and the other side
of the act is a state body of one country, the opposition is that country's (<ISO3>OPP). Asked in
the coder's pair loop beside `coop.home_institution` (which does the same for a legislature, a
court or the police a state acts on); a side whose country is known is never changed. Unions
likewise ("the Argentine government accused the unions of ..."): labour organises at home.
"""
from __future__ import annotations

from dateline.model import Actor

# The state bodies an opposition stands against at home.
STATE_ROLES = frozenset({"GOV", "LEG"})
# Roles that only act at home: the opposition and organised labour.
HOME_ROLES = frozenset({"OPP", "LAB"})


def _placed(side: Actor, country: str) -> Actor:
    return Actor(side.entity, side.name, country + side.role, country, side.role)


def home_opposition(src: Actor, tgt: Actor) -> tuple[Actor, Actor]:
    """(source, target) with an opposition or union of no country placed in the country of the state body
    on the other side; both unchanged otherwise."""
    if tgt.code and tgt.role in HOME_ROLES and not tgt.country and src.role in STATE_ROLES and src.country:
        return src, _placed(tgt, src.country)
    if src.code and src.role in HOME_ROLES and not src.country and tgt.role in STATE_ROLES and tgt.country:
        return _placed(src, tgt.country), tgt
    return src, tgt
