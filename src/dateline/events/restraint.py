"""bcast33: appeals and demands for restraint are asked de-escalation (CAMEO 0256 / 1056).

Crisis copy asks one side to hold its fire in words the appeal rules did not read: "Russia is
urging the United States not to attack Iraq", "China urged Washington not to use force", "Annan
appealed to India and Pakistan to show restraint", "urged both countries to refrain from military
action". These were plain appeals (020); CAMEO codes an appeal to de-escalate military engagement
0256 (a demand 1056), as the project already does for "urged Y to stop the shelling".

The asked act is restraint when it is
- a use of force negated in the ask ("not to attack / strike / bomb / invade / retaliate",
  "not to use force", "not to take military action"),
- restraint shown or exercised ("show / exercise / use restraint", "act with restraint"),
- a use of force refrained from or avoided ("refrain from military action", "avoid the use of
  force", "avoid a military confrontation"), or
- tension or the crisis eased ("ease tension", "defuse the crisis", "de-escalate").
"Urged Y not to sign the treaty" or "to avoid delays" ask no restraint: nothing changes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that are themselves a use of force.
FORCE_VERBS = frozenset({"attack", "strike", "bomb", "invade", "retaliate", "escalate", "shell", "fire", "launch"})
# Nouns of a use of force taken by "use", "take", "resort to", "refrain from", "avoid".
FORCE_NOUNS = frozenset({"force", "action", "attack", "strike", "airstrike", "bombing", "confrontation", "war",
                         "violence", "escalation", "hostility", "retaliation", "weapon", "arm", "invasion"})
# "action" and "confrontation" count only when military or armed.
QUALIFIED_NOUNS = frozenset({"action", "confrontation", "weapon", "arm"})
MILITARY_WORDS = frozenset({"military", "armed", "nuclear", "army"})
TAKING_VERBS = frozenset({"use", "take", "resort", "launch", "carry", "start", "begin"})
AVOIDING_VERBS = frozenset({"refrain", "avoid", "abstain", "desist"})
RESTRAINT_NOUNS = frozenset({"restraint", "moderation"})
# ("urged Iraqis to stay calm" asks its own people for calm, no de-escalation: "calm" is no restraint word)
SHOWING_VERBS = frozenset({"show", "exercise", "use", "practice", "practise", "display", "act"})
EASING_VERBS = frozenset({"ease", "defuse", "reduce", "lower", "calm", "de-escalate", "deescalate", "cool"})
TENSION_NOUNS = frozenset({"tension", "crisis", "situation", "standoff", "stand-off", "confrontation"})


def _objects(verb: "Token") -> list["Token"]:
    """The verb's direct object and the objects of its prepositions ("resort to force")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "attr", "acomp")]
    for p in (c for c in verb.children if c.dep_ == "prep"):
        out.extend(g for g in p.children if g.dep_ == "pobj")
    return out


def _force_noun(noun: "Token") -> bool:
    lemma = noun.lemma_.lower()
    if lemma not in FORCE_NOUNS:
        return False
    if lemma in QUALIFIED_NOUNS:
        return any(c.lemma_.lower() in MILITARY_WORDS for c in noun.children if c.dep_ in ("amod", "compound"))
    return True


def _use_of_force(verb: "Token") -> bool:
    """ "attack Iraq", "use force", "take military action", "resort to force"."""
    if verb.lemma_.lower() in FORCE_VERBS:
        return True
    return verb.lemma_.lower() in TAKING_VERBS and any(_force_noun(o) or _use_noun(o) for o in _objects(verb))


def _use_noun(noun: "Token") -> bool:
    """ "the use of force": a use noun whose "of" names force."""
    if noun.lemma_.lower() not in ("use", "resort"):
        return False
    return any(g.dep_ == "pobj" and _force_noun(g) for p in noun.children if p.dep_ == "prep" for g in p.children)


def asked_restraint(act: "Token") -> bool:
    """The asked act (the verb of "to <act>" under an appeal or demand) is restraint from force."""
    lemma = act.lemma_.lower()
    negated = any(c.dep_ == "neg" or c.lower_ == "never" and c.dep_ == "advmod" for c in act.children)
    if negated:
        return _use_of_force(act)
    objects = _objects(act)
    if lemma in SHOWING_VERBS and any(o.lemma_.lower() in RESTRAINT_NOUNS for o in objects):
        return True  # "show restraint", "act with restraint"
    if lemma in AVOIDING_VERBS and any(_force_noun(o) or _use_noun(o) for o in objects):
        return True  # "refrain from military action", "avoid the use of force"
    if lemma in AVOIDING_VERBS and any(c.dep_ in ("pcomp", "xcomp") and _use_of_force(c)
                                       for p in act.children for c in [p, *p.children]):
        return True  # "refrain from attacking", "avoid using force"
    if lemma in ("de-escalate", "deescalate"):
        return True
    return lemma in EASING_VERBS and any(o.lemma_.lower() in TENSION_NOUNS for o in objects)
