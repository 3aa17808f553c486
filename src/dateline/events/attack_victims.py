"""integ33: "North Korea fired artillery shells at a South Korean island, killing two marines":
the marines killed in an attack on South Korea are South Korea's. The participle ("killing")
names its victims by a bare description, and the resolver gives a description with no country
of its own the article's home country (North Korea's here, the attacker's), so the killing came
out as North Korea attacking its own troops. When the attack the participle hangs on has a
target in a country, victims with no stated country are that country's.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.events.filters import trigger_token
from dateline.model import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Roots of acts of force whose victims a participle may name.
FORCE_ROOTS = frozenset({"18", "19", "20"})
#: Entity types that state a victim's country in its own words ("two Israeli soldiers").
_STATING = frozenset({"GPE", "NORP"})


def _states_country(victims: "Token") -> bool:
    return victims.ent_type_ in ("PERSON", "ORG") or any(t.ent_type_ in _STATING for t in victims.subtree)


def victims_of_the_attack(events: list[Event], doc: "Doc") -> list[Event]:
    """One sentence's events, the victims of a participle of force re-homed to the country of
    the attack it hangs on (same source, a target with a country)."""
    out = list(events)
    for i, ev in enumerate(events):
        if ev.root not in FORCE_ROOTS or not ev.target.country or ev.target.entity:
            continue
        tok = trigger_token(ev, doc)
        if tok is None or tok.dep_ != "advcl" or tok.tag_ != "VBG":
            continue
        attack = next((a for a in events if a is not ev and a.root in FORCE_ROOTS and a.source.code == ev.source.code
                       and a.target.country and a.target.country != ev.target.country
                       and (t := trigger_token(a, doc)) is not None and t == tok.head), None)
        victims = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if attack is None or ev.target.country != ev.source.country or victims is None or _states_country(victims):
            continue
        role = ev.target.role or ""
        target = Actor(ev.target.entity, ev.target.name, attack.target.country + role, attack.target.country, ev.target.role)
        out[i] = replace(ev, target=target)
    return out
