"""bcast33: what a caller or visitor says in the call or meeting ("telephoned X to urge him to ...").

Broadcast copy tells a leader's message by the contact that carried it: "President Clinton
telephoned Suharto today to urge him to stick to the reforms", "Clinton called Prime Minister
Blair to urge him to support the strikes", "Albright met Primakov to ask him for support". Two
readings went wrong. The small model hangs "to urge" on "telephoned" as an xcomp, and the frames
read an xcomp under a verb with an object as object control ("asked Y to <act>": Y acts), so
Suharto urged Clinton; hung as an advcl, the clause was a mere purpose (not done) and the appeal
was lost. A call or a meeting is where the message is delivered: the caller does the speech act
of the "to" clause, and it happened. Only verbs of speaking to someone count here; "flew to
Jakarta to meet Suharto" (a trip's purpose) and "sent Mondale to meet Suharto" (Mondale meets)
keep their readings.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of getting in touch with someone (the object is the one spoken to).
CONTACT_VERBS = frozenset({"telephone", "phone", "ring", "meet", "see", "summon", "contact", "receive", "call"})
# Speech acts a caller delivers in the call itself.
SPOKEN_PURPOSES = frozenset({"urge", "press", "ask", "warn", "thank", "congratulate", "assure", "reassure",
                             "appeal", "tell", "protest", "express", "convey", "offer", "request"})
PERSON_LABELS = frozenset({"PERSON", "NORP", "GPE", "ORG"})


def _person_object(verb: "Token") -> bool:
    """ "called Blair", "called his counterpart", "called Prime Minister Blair": the object is
    someone spoken to (a name, or a pronoun or title), not "a meeting" or "troops"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return obj.ent_type_ in PERSON_LABELS or obj.pos_ == "PROPN" or obj.lemma_.lower() in (
        "counterpart", "leader", "president", "minister", "premier", "chancellor", "king", "him", "her")


def spoken_in_contact(clause: "Token") -> bool:
    """`clause` is the "to" clause of a call or meeting naming what the caller said in it:
    "telephoned X (today) to urge him", "met X to ask him". The caller is its subject and the
    act is done."""
    head = clause.head
    if clause.dep_ not in ("xcomp", "advcl") or clause.lemma_.lower() not in SPOKEN_PURPOSES:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in CONTACT_VERBS and _person_object(head)
