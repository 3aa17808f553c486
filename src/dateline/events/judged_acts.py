"""wiki33: an act named as the subject of a reported verdict ("Amnesty said Turkey's crackdown on
journalists was deeply alarming", "Merkel said the arrest of journalists by the Turkish
government was unacceptable").

The Wikinews standard codes no event that is written only as a nominalisation inside another
clause; the sentence's event is the speaker's verdict (coder._code_evaluation codes 111 toward the
act's doer where the verdict condemns). The same act as the object of a criticism verb
("condemned Turkey's crackdown") already makes no event of its own; this is its reported-speech
twin: the act noun heads (or owns through "of"/"on") the subject of "be" in a speech verb's
clause.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token


def judged_in_speech(noun: "Token", speech_verbs: "Collection[str]") -> bool:
    """True when `noun` is the subject of a copular clause reported by a speech verb."""
    if noun.dep_ != "nsubj":
        return False
    be = noun.head
    if be.lemma_.lower() != "be" or be.dep_ != "ccomp":
        return False
    if not any(c.dep_ in ("acomp", "attr") for c in be.children):
        return False
    return be.head.lemma_.lower() in speech_verbs


__all__ = ["judged_in_speech"]
