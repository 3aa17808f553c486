"""left44b: a truce broken BY an act names its victim in that act: "Serb forces violated the
ceasefire by shelling Gorazde", "the rebels broke the truce by attacking two army posts".

The 196 line ("violate|break|breach +ceasefire|truce >with") looks for the other side in a
"with" phrase; when the sentence instead says how the truce was broken ("by <verb>ing X"), the
side struck is the object of that means verb, and the 194/190 coded on it already names it.
Without this the 196 came out target-less beside the attack. Only a "by" complement that is a
verb with a direct object counts ("broke the truce by dawn" has none). Pure.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

BROKEN_TRUCE_CODES = frozenset({"196"})


def means_objects(code: str, trigger: "Token") -> list["Token"]:
    """The direct object(s) of the "by <verb>ing" complement of a broken truce, else []."""
    if code not in BROKEN_TRUCE_CODES:
        return []
    out = []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for verb in prep.children:
            if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
                for obj in verb.children:
                    if obj.dep_ == "dobj":
                        out.extend([obj, *obj.conjuncts])
    return out
