"""left42a: "pardoned 24 officers jailed for the 1992 coup attempts" names no jailer.

A reduced passive relative clause of detention on a noun ("officers jailed for the coup",
"students arrested during the riots", "soldiers captured in the fighting") says how the noun's
people came to be held; it names no one who held them unless a "by" agent does. The coder read
it as a second act of the main clause's subject with no target ("Kim Young-sam pardoned two
former presidents jailed for mutiny" -> KORGOV 0841 KORELI and a target-less KORGOV 173; "Rebels
freed 12 soldiers captured in the fighting" -> a target-less 192). The jailing is background to
the release, which is coded on its own verb, and the standard codes no act whose doer is not
named (WIKINEWS_EVENTS.md: unnamed perpetrators are not coded). A "by" agent ("students arrested
by police") keeps the reading; a relative clause with its own subject ("the men it arrested")
is no participle and is untouched.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

DETAINING_PARTICIPLES = frozenset({"jail", "imprison", "detain", "arrest", "capture", "hold", "intern",
                                   "abduct", "kidnap", "seize", "convict", "sentence"})


def unowned_detention(tok: "Token") -> bool:
    """The verb is a detention participle (VBN) on a noun, with no "by" agent."""
    if tok.lemma_.lower() not in DETAINING_PARTICIPLES or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    if tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)
