"""politics30: "accused the president of attacking the judiciary": words, not an armed attack.

An accusation whose content is an attack is an armed one (1123) in the dictionary and in
`coder.ACCUSATION_CONTENT`. Politics news attacks institutions and ideas with words: "attacking
the judiciary / the press / democracy / the constitution", "an assault on the independence of
the courts". Such an accusation is a plain one (112, the standard's accusation code).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ATTACK_WORDS = frozenset({"attack", "assault", "undermine"})
# What one attacks with words: institutions, the press, ideas.
INSTITUTION_WORDS = frozenset({"judiciary", "court", "courts", "judge", "press", "media", "democracy", "constitution",
                               "independence", "institution", "freedom", "law", "election", "parliament", "congress",
                               "senate", "legislature", "commission", "opposition", "critic", "values", "rights"})


def verbal_attack(code: str, tok: "Token") -> str | None:
    """112 for an armed-attack accusation (1123) whose attack's object is an institution or an idea;
    None keeps the code."""
    if code != "1123":
        return None
    for t in tok.subtree:
        if t.lemma_.lower() not in ATTACK_WORDS or t.i == tok.i:
            continue
        objs = [c for c in t.children if c.dep_ == "dobj"]
        objs += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
        if objs and all(o.lemma_.lower() in INSTITUTION_WORDS for o in objs):
            return "112"
    return None
