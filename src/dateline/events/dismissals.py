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
                          "administrator", "commissioner",
                          # europe37: "dismissed the Catalan president, Carles Puigdemont", "dismissed the
                          # mayor of Istanbul", "dismissed the chief prosecutor": elected and legal offices
                          "president", "mayor", "prosecutor", "vice-president",
                          # wire40a: "Leghari dismissed Benazir Bhutto's government", "voted to dismiss
                          # the government of Crimea", "sacked the cabinet": a head of state (or a
                          # chamber) removing a whole government is the same change of staff
                          "government", "cabinet",
                          # domestic41: "Peru's Congress dismissed three constitutional court judges",
                          # "the president sacked the police chief and two judges": judicial offices
                          "judge", "magistrate", "justice"})


# euro33: verbs whose bare named object is a person removed ("dismissed Lebed", "sacked Grachev",
# the surname tagged anything); the other senses take a claim or a call, not a name ("fired a Scud"
# is a shot, so "fire" is not here)
NAMED_DISMISSALS = frozenset({"dismiss", "sack"})


# Members a party or a chamber expels from its own ranks.
MEMBER_NOUNS = frozenset({"lawmaker", "member", "mp", "legislator", "senator", "deputy", "politician", "councillor",
                          "councilor", "congressman", "congresswoman", "representative"})


def _as_office(prep: "Token") -> bool:
    """euro33: "dismissed Lebed as Security Council secretary": the "as" phrase names the office
    he loses (an office noun), not what he is called."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in OFFICE_NOUNS for g in prep.children)


def _office_holder(obj: "Token") -> bool:
    if obj.ent_type_ == "PERSON":
        return True
    if obj.pos_ == "PROPN" and obj.head.lemma_.lower() in NAMED_DISMISSALS and not any(
            c.dep_ == "case" for c in obj.children):
        return True  # euro33: "Yeltsin dismissed Lebed" (a surname the small model tags as a place)
    if obj.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children):
        return True  # europe37: "dismissed the regional leader, Carles Puigdemont": a named holder
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in OFFICE_NOUNS


def office_dismissal(tok: "Token") -> bool:
    """The verb dismisses an office holder: "fired Defence Minister X", "sacked his interior
    minister", "dismissed the army chief" (not "dismissed X as a liar", not "fired at X")."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "expel":
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.lemma_.lower() in MEMBER_NOUNS  # "expelled the lawmaker"
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DISMISSING_VERBS:
        return False
    if any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ in ("at", "into") for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" and not _as_office(c) for c in tok.children):
        return False  # "dismissed X as a liar" (euro33: not "dismissed Lebed as security chief")
    if any(c.dep_ == "prep" and c.lower_ == "on" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
           for c in tok.children):
        return False  # "fired on the crowd" (not "fired X on Sunday")
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and _office_holder(obj)
