"""pruned61: the side a force act pursues is its target, not the country it happened in.

"Iran bombarded targets in northern Iraq in pursuit of KDPI guerrillas", "Turkish troops
attacked positions in northern Iraq in pursuit of PKK rebels": the object ("targets",
"positions") names no actor, so the coder fell back on the place phrase (IRN 190 IRQ), and
`filters.place_as_victim` then rightly pruned that event, because the clause names another
side attacked. The event was lost although its side was named. The side pursued ("in pursuit
of / in search of / hunting for X") is what the attack is aimed at: the coder takes it as the
target before the place fallback. ("in pursuit of peace" names no actor and stays no target.)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a chase whose "of" names the side chased.
PURSUIT_NOUNS = frozenset({"pursuit", "search", "hunt", "chase"})


def pursued(trigger: "Token") -> list["Token"]:
    """The heads (with their conjuncts) of "in pursuit of X" on the act's verb: the side chased."""
    out: list["Token"] = []
    for p in trigger.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "on"):
            continue
        for noun in (o for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in PURSUIT_NOUNS):
            for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
                for side in (o for o in of.children if o.dep_ == "pobj"):
                    out.append(side)
                    out.extend(c for c in side.children if c.dep_ == "conj")
    return out
