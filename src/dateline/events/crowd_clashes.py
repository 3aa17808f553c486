"""domestic41: "police clashed with strikers" is the crowd's clash with the police (145).

A clash is reciprocal, and the standard codes the crowd's side of it: protesters clashing or
throwing things -> 145 (WIKINEWS_EVENTS.md; the variety gold "riot police clashed with
thousands of students" codes KOREDU 145 KORCOP). The coder drops a 145 whose doer is state
forces ("police stormed the party's headquarters" is a raid, no riot), so when the police or
army were the grammatical subject of "clashed with <a crowd>", the whole event was lost. Here
the two sides trade places: the crowd (students, strikers, protesters, opposition supporters)
clashes with the forces. Clashes between forces (euro33's forces_clashes) are left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

CLASH_VERBS = frozenset({"clash", "scuffle", "brawl"})
STATE_SIDES = frozenset({"MIL", "COP", "SPY", "GOV", "JUD", "LEG", "REB", "UAF", "INS"})
#: left42b: a crowd of another country in the forces' land ("Saudi police clashed with Iranian
#: pilgrims", "Israeli police clashed with Palestinian stone-throwers") is a crowd too: the
#: people's role says so; a bare foreign country or any other side stays out.
FOREIGN_CROWDS = frozenset({"CVL", "OPP", "EDU", "LAB", "REF", "REL"})


def crowd_clash(code: str, trigger: "Token", src: "Actor", tgt: "Actor") -> bool:
    """True when state forces (src) "clashed with" a non-state side (tgt) of their own
    country or of none: the event is the crowd's, toward the forces."""
    if code[:3] != "145" or trigger.lemma_.lower() not in CLASH_VERBS:
        return False
    if src.role not in ("COP", "MIL", "SPY") or not tgt.code or tgt.role in STATE_SIDES:
        return False
    if tgt.country and src.country and tgt.country != src.country:
        return tgt.role in FOREIGN_CROWDS  # left42b: "Saudi police clashed with Iranian pilgrims"
    return True
