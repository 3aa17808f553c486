"""sources35: "X used the summit to urge Y": whoever uses a means does the act it serves.

News tells a leader's words by the occasion or channel that carried them: "Kishida used the
summit to urge China to ...", "the foreign minister used a news conference to condemn NATO",
"the union used Twitter to thank its supporters", "Israel used the UN debate to denounce Iran".
The small model hangs the "to" clause on "used" as an xcomp, and the frames read an xcomp under
a verb with an object as object control ("asked Y to <act>": Y acts), so the summit or the
conference was the speaker: no source at all, or the UN for "the UN debate". With "use" (and
"take / seize the opportunity, the floor to"), the subject is the doer of the purpose clause.

Object control stays where the object is someone who can act ("the government used the army to
crush the protests": the army crushes, as the coder reads "sent troops to"), and force as the
means ("used water cannon to disperse the crowd") is left to the dictionary's "use +gas|cannon"
line, which codes the use itself; so only a thing, an occasion or a channel as object passes the
act to the subject.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose object is a means, and whose subject does the "to" clause ("used X to").
MEANS_VERBS = frozenset({"use", "utilise", "utilize", "exploit"})
#: Verbs that take an occasion ("took the opportunity / the floor to criticise").
OCCASION_VERBS = frozenset({"take", "seize", "grab"})
#: The occasions those verbs take.
OCCASION_NOUNS = frozenset({"opportunity", "occasion", "chance", "moment", "floor", "podium", "stage",
                            "platform", "microphone", "opening"})
#: Force as the means ("used tear gas / water cannon to disperse ..."): the dictionary codes the
#: use itself (175 "use +gas|cannon|..."), and its purpose clause is no second act.
FORCE_MEANS = frozenset({"gas", "teargas", "cannon", "canon", "bullet", "baton", "truncheon", "force", "weapon",
                         "gun", "rifle", "grenade", "ammunition", "stun", "pepper", "spray", "club", "whip",
                         "tank", "missile", "rocket", "drone", "bomb", "artillery", "jet", "helicopter"})
#: Entity labels of objects that can act themselves (a named person, people or country). A
#: named organisation as the means is most often a channel ("used Twitter / Instagram to").
ACTING_LABELS = frozenset({"PERSON", "NORP", "GPE"})


def _acting_object(obj: "Token") -> bool:
    """An object that is someone, not something: a named person, body or country, or a role
    noun (troops, police, allies)."""
    from dateline.events.actors import ROLE_WORDS

    if obj.ent_type_ in ACTING_LABELS and obj.pos_ == "PROPN":
        return True
    return obj.pos_ == "PRON" or obj.lemma_.lower() in ROLE_WORDS and obj.lemma_.lower() not in OCCASION_NOUNS


def means_of_subject(clause: "Token") -> bool:
    """`clause` is the "to" clause of "use <thing> to ..." (or "take the opportunity to ..."),
    whose doer is the subject of the governing verb, not its object."""
    head = clause.head
    if clause.dep_ != "xcomp" or head is clause or head.pos_ != "VERB":
        return False
    lemma = head.lemma_.lower()
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if lemma in OCCASION_VERBS:
        return obj.lemma_.lower() in OCCASION_NOUNS
    if lemma not in MEANS_VERBS or obj.lemma_.lower() in FORCE_MEANS:
        return False
    return not _acting_object(obj)


def taken_occasion(clause: "Token") -> bool:
    """`clause` is the "to" clause of an occasion taken ("took the opportunity to criticise
    Russia", "used the occasion to urge ..."): the parse hangs it on the noun as a clause of
    purpose, which reads as not done, but taking the opportunity is doing the act."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.lemma_.lower() not in OCCASION_NOUNS or noun.dep_ != "dobj":
        return False
    taker = noun.head
    if any(c.dep_ == "neg" for c in taker.children):
        return False  # "did not take the opportunity to criticise": not done
    return taker.lemma_.lower() in OCCASION_VERBS | MEANS_VERBS
