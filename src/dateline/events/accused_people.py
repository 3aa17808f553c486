"""wire40a: "arrested two men accused of a plot against Preval" names no accuser.

A reduced passive relative clause, "accused of ..." on a noun ("men accused of plotting",
"people accused of crimes"), says the noun's people stand accused; it names no accuser unless a
"by" agent does. The coder used to read it as an accusation by the main clause's subject aimed
at whatever its "of" phrase mentions ("UN peacekeepers arrested two men accused of a plot against
Preval" -> IGOUNO 112 HTIGOV: Preval is the plot's victim, not the accused; "a law that would
allow China to extradite people accused of crimes from Hong Kong" -> CHNGOV 1121 HKG). The
standard codes no accusation whose accuser is not named (WIKINEWS_EVENTS.md: unnamed
perpetrators are not coded); the arrest or the extradition around it is coded on its own verb.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ACCUSING_PARTICIPLES = frozenset({"accuse", "charge", "suspect"})


def unowned_accusation(tok: "Token") -> bool:
    """The verb is "accused / charged / suspected" as a participle on a noun (acl), with no "by"
    agent: the people it hangs on stand accused by no one named."""
    if tok.lemma_.lower() not in ACCUSING_PARTICIPLES or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    if tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)
