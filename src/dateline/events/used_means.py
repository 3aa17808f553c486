"""sources35: "X used the summit to urge Y": whoever uses a means does the act it serves.

News tells a leader's words by the occasion or channel that carried them: "Kishida used the
summit to urge China to ...", "the foreign minister used a news conference to condemn NATO",
"the union used Twitter to thank its supporters", "Israel used the UN debate to denounce Iran".
The small model hangs the "to" clause on "used" as an xcomp, and the frames read an xcomp under
a verb with an object as object control ("asked Y to <act>": Y acts), so the summit or the
conference was the speaker: no source at all, or the UN for "the UN debate". With "use" (and
"take / seize the opportunity, the floor to"), the subject is the doer of the purpose clause.
noact61: so too "took steps / measures / action to <act>" (and "adopted measures to"): the light
verb's subject does the act, and taking the steps is doing it (not a purpose left undone).

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
#: noact61: verbs that take steps ("took steps / measures / action to ease the sanctions").
STEP_VERBS = frozenset({"take", "adopt"})
#: The steps they take: taking them is doing what their "to" clause names, as taking an
#: opportunity is ("a plan to", "an effort to" stay intentions: coop.PURPOSE_NOUNS).
STEP_NOUNS = frozenset({"step", "measure", "action"})
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
    if step_taken(clause):
        return True  # noact61: "took steps to impose sanctions on Y": the subject imposes them
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
    if step_taken(clause):
        return True  # noact61: "has taken steps to ease restrictions on Y"
    noun = clause.head
    if clause.dep_ != "acl" or noun.lemma_.lower() not in OCCASION_NOUNS or noun.dep_ != "dobj":
        return False
    taker = noun.head
    if _negated(taker):
        return False  # "did not take the opportunity to criticise": not done
    return taker.lemma_.lower() in OCCASION_VERBS | MEANS_VERBS


def step_taken(clause: "Token") -> bool:
    """noact61: `clause` is the "to" clause of steps taken ("took steps / measures / action to
    ease the sanctions", "adopted measures to curb exports"), however the parser hangs it: on the
    noun (acl, relcl) or on the verb (xcomp, advcl). Taking the steps is doing the act, and the
    taker does it. Not when the taking is denied ("did not take", "took no steps")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    if clause.dep_ in ("acl", "relcl"):
        noun, taker = clause.head, clause.head.head
        if noun.dep_ != "dobj":
            return False
    elif clause.dep_ in ("xcomp", "advcl"):
        taker = clause.head
        noun = next((c for c in taker.children if c.dep_ == "dobj"), None)
        if noun is None:
            return False
    else:
        return False
    return noun.lemma_.lower() in STEP_NOUNS and taker.lemma_.lower() in STEP_VERBS and not _negated(taker)


def _negated(verb: "Token") -> bool:
    """ "did not take", "never took", "took no steps": nothing was done."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never" for c in verb.children) or any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)
