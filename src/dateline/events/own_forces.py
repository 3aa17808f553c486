"""left42b: a side's own fighters are no target of its acts.

Why: "The RUF agreed to disarm its fighters" was SLEREB 0356 SLEREB, and "UNITA agreed to
demobilise its troops" AGOREB 0356 AGOMIL: the object names the doer's own armed men ("its",
"their", "his"), so the act is done within one side (a step of a peace accord, aimed at no one
the sentence names), as a consultation with one's own advisers is (filters.own_staff). The
pair is dropped when the target word is a force noun with such a possessive and resolves to the
doer's own country. "disarmed the rebels' fighters" (another side's men, no possessive pronoun)
and "agreed to withdraw its troops from Lebanon" (the target is Lebanon, not the troops) stay.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

FORCE_NOUNS = frozenset({"fighter", "troop", "soldier", "force", "guerrilla", "militiaman", "army", "militia",
                         "combatant", "unit", "man", "gunman", "rebel", "commando", "militant", "cadre"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her"})


#: The acts read here: pledges and intents (03: "agreed to disarm") and concessions (08). Other
#: acts toward one's own men keep their target (tune: leaders who "accepted responsibility for
#: the acts of their forces" answer for them, 015).
ROOTS = frozenset({"03", "08"})


def own_forces(code: str, target_tok: "Token | None", src: "Actor", tgt: "Actor") -> bool:
    """The target word of a pledge or concession is the doer's own armed men ("its fighters",
    "their troops")."""
    if code[:2] not in ROOTS or target_tok is None or not src.country or tgt.country != src.country:
        return False
    lemma = target_tok.lemma_.lower()
    if lemma not in FORCE_NOUNS and target_tok.lower_.rstrip("s") not in FORCE_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in target_tok.children)
