"""wire40a: "rammed a labour bill through parliament" is law-making, not a ramming attack.

verbs.txt codes "ram" as an attack (190: "a truck rammed into the crowd", "rammed the patrol
boat"). A government or a ruling party that "rammed / bulldozed / railroaded a bill through
parliament" passed a law in haste, which the standard does not code (law-making is no act toward
another party; the protests and strikes it sets off are coded on their own verbs). The sign of
that sense is a legislative object (bill, law, legislation, amendment, budget) or a "through"
phrase naming a chamber.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

RAMMING_VERBS = frozenset({"ram", "bulldoze", "railroad", "steamroller", "steamroll"})
LEGISLATION_NOUNS = frozenset({"bill", "law", "legislation", "amendment", "budget", "measure", "motion",
                               "resolution", "reform", "package", "constitution", "treaty"})
CHAMBER_NOUNS = frozenset({"parliament", "congress", "assembly", "legislature", "senate", "house", "chamber",
                           "diet", "duma", "knesset", "committee"})


def rammed_bill(tok: "Token") -> bool:
    """The verb forces a law through a chamber: its object is a legislative noun, or it has a
    "through" phrase whose object is a chamber ("rammed it through the Duma")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in RAMMING_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in LEGISLATION_NOUNS for o in objs):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "through" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in CHAMBER_NOUNS or g.ent_type_ == "ORG") for g in c.children)
        for c in tok.children)
