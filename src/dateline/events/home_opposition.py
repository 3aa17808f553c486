"""politics30: an opposition of no stated country is the opposition of the state it faces.

"The ruling ANC accused the opposition Democratic Alliance of fraud", "the Cambodian government
banned the main opposition party": an opposition is such only toward a government, so when the
phrase names no country (a party name the tables lack, a bare "the opposition") and the other side
of the act is a state body of one country, the opposition is that country's (<ISO3>OPP). Asked in
the coder's pair loop beside `coop.home_institution` (which does the same for a legislature, a
court or the police a state acts on); a side whose country is known is never changed.
"""
from __future__ import annotations

from dateline.model import Actor

# The state bodies an opposition stands against at home.
STATE_ROLES = frozenset({"GOV", "LEG"})


def _placed(opp: Actor, country: str) -> Actor:
    return Actor(opp.entity, opp.name, country + "OPP", country, "OPP")


def home_opposition(src: Actor, tgt: Actor) -> tuple[Actor, Actor]:
    """(source, target) with an opposition of no country placed in the country of the state body
    on the other side; both unchanged otherwise."""
    if tgt.code and tgt.role == "OPP" and not tgt.country and src.role in STATE_ROLES and src.country:
        return src, _placed(tgt, src.country)
    if src.code and src.role == "OPP" and not src.country and tgt.role in STATE_ROLES and tgt.country:
        return _placed(src, tgt.country), tgt
    return src, tgt
