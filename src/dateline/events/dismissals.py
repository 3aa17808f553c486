"""politics30: a leader firing a minister is a change of staff, not a shot or a rejection.

"Netanyahu fired Defence Minister Yoav Gallant", "Scholz dismissed his finance minister": the
dictionary's "fire" (193, shooting) and "dismiss" (120, rejecting a request or claim) readings
fit their other senses. Dismissing an office holder is like an appointment or a resignation:
the standard has no code for it (WIKINEWS_EVENTS.md, "Not coded"). Workers or strikers fired
keep the dictionary's 172 (their own lines name them), and "dismissed X as a liar" stays the
criticism it is. A party or a chamber expelling one of its members ("the ruling party expelled
the lawmaker") is the same internal change, not the expulsion of foreign personnel (166) that
"expel" codes; expelled diplomats, journalists or inspectors keep their lines.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

DISMISSING_VERBS = frozenset({"fire", "sack", "dismiss", "axe"})
# Office holders a government or a party leader appoints and removes.
OFFICE_NOUNS = frozenset({"minister", "secretary", "chief", "head", "director", "governor", "commander",
                          "general", "ambassador", "envoy", "adviser", "advisor", "aide", "spokesman",
                          "spokeswoman", "deputy", "official", "premier", "chairman", "chairwoman", "boss",
                          "administrator", "commissioner"})


# Members a party or a chamber expels from its own ranks.
MEMBER_NOUNS = frozenset({"lawmaker", "member", "mp", "legislator", "senator", "deputy", "politician", "councillor",
                          "councilor", "congressman", "congresswoman", "representative"})


def _office_holder(obj: "Token") -> bool:
    if obj.ent_type_ == "PERSON":
        return True
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in OFFICE_NOUNS


def office_dismissal(tok: "Token") -> bool:
    """The verb dismisses an office holder: "fired Defence Minister X", "sacked his interior
    minister", "dismissed the army chief" (not "dismissed X as a liar", not "fired at X")."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "expel":
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.lemma_.lower() in MEMBER_NOUNS  # "expelled the lawmaker"
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DISMISSING_VERBS:
        return False
    if any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ in ("as", "at", "into") for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
           for c in tok.children):
        return False  # "fired on the crowd" (not "fired X on Sunday")
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and _office_holder(obj)
