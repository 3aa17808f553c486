"""wire38: an object named by a person's name, as a dictionary word.

Why: a verb's object constraint ("+writer|officer") reads lemmas, so a name never matches one:
"the Taliban hanged Najibullah", "Nigeria hanged Ken Saro-Wiwa" coded nothing though the same
act done to "a writer" is coded. A dictionary line may name PERSON_OBJECT among its object
lemmas ("1823 hang +~person|writer"); the frame's object carries it when the object (or one of
its conjuncts) is a proper noun the entities stage tagged PERSON. Pronouns ("hanged himself")
and things ("hung banners") never carry it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSON_OBJECT = "~person"


def person_marker(obj: "Token") -> frozenset[str]:
    """{PERSON_OBJECT} when the object, or a conjunct of it, is a person's name; else empty."""
    for tok in (obj, *obj.conjuncts):
        if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
            return frozenset({PERSON_OBJECT})
    return frozenset()
