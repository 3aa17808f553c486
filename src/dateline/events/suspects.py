"""tunecode46: "police said the rebels were the main suspects in the murder": naming a suspect
accuses it of a crime (1121).

The copular verdict branch (coder._code_evaluation) read "were suspects" as criticism (111); a
suspect is the named doer of a crime under investigation, the tuned Reuters gold codes "Police
said FARC rebels were prime suspects in the killings" as 1121. What the suspicion is about picks
the subcode as for any accusation: an armed attack ("suspects in the bombing of a bridge") is
1123, war crimes (massacre, genocide) 1124; anything else, killings and kidnappings included, is
a crime (1121). ("Killing" alone reads 1122 in coder.ACCUSATION_CONTENT; a suspect in a killing
is a criminal suspect, not a state's abuse of rights.)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUSPECT_WORDS = frozenset({"suspect", "suspects"})
_KEPT = frozenset({"1123", "1124"})


def suspect_code(words: set[str], clause: "Token", content: dict[str, frozenset[str]]) -> str | None:
    """The accusation code of a copular "X is/was (a) suspect(s) in Y" clause, else None."""
    if not words & SUSPECT_WORDS:
        return None
    lemmas = {t.lemma_.lower() for t in clause.subtree}
    code = next((k for k, v in content.items() if lemmas & v), None)
    return code if code in _KEPT else "1121"
