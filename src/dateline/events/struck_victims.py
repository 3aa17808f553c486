"""The victim of an attack told by its harm (codes29, docs/evaluation/events-codes29.md).

Wire copy often names an attack only as the circumstance of a death or a wound: "The ISIS
leader was killed in a US raid in Syria", "Two soldiers were wounded in a Taliban attack",
"A commander died in an Israeli airstrike". The attack noun carries the attacker (its owner or
national modifier) and the harmed person is the subject of the verb the noun hangs on. That
person is the attack's target; the place of the attack ("in Syria") is only where it happened,
and is no target when a victim is named (the coder asks this before `_foreign_place`).

When the verb of harm is what the dictionary coded ("killed in an airstrike", 195), the passive
has no agent of its own: the attack noun's owner is the attacker ("in an Israeli airstrike":
Israel), as it is for the noun coded as the act ("died in an Israeli drone strike").

Pure: the attack noun in, the harmed subjects out; the verb of harm in, the attacker out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of harm whose subject suffers it ("was killed / wounded in a raid", "died in a strike").
HARM_VERBS = frozenset("kill wound injure hurt maim die perish".split())
# Verbs that take their sufferer as a plain subject; the others only under the passive.
INTRANSITIVE_HARM = frozenset({"die", "perish"})
# How the attack noun attaches to the verb of harm: "in a raid", "during an assault", "by a drone strike".
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "by"})


def harmed_by(noun: "Token") -> list["Token"]:
    """The people the attack noun harmed: the passive subject (or the subject of "die") of the
    verb of harm the noun hangs on through "in"/"during"/"by", with its conjuncts; [] else."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in CIRCUMSTANCE_PREPS:
        return []
    verb = prep.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in HARM_VERBS:
        return []
    wanted = ("nsubj", "nsubjpass") if lemma in INTRANSITIVE_HARM else ("nsubjpass",)
    subjects = [c for c in verb.children if c.dep_ in wanted]
    return [s for subj in subjects for s in (subj, *subj.conjuncts)]


# Attack nouns a harm can be told in ("in a raid", "during an assault").
ATTACK_NOUNS = frozenset("attack assault ambush raid strike airstrike air-strike bombing bombardment shelling "
                         "offensive operation".split())
OWNER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _owner(noun: "Token") -> "Token | None":
    """Who the attack noun says made it: a possessor, or a name or nationality before it."""
    for c in noun.children:
        if c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in OWNER_ENTS:
            return c
    return None


def circumstance_attacker(verb: "Token") -> list["Token"]:
    """The attacker of "X was killed / died in a US raid": the owner of the attack noun the verb
    of harm hangs on through "in"/"during", when the verb names no agent of its own."""
    lemma = verb.lemma_.lower()
    if lemma not in HARM_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return []
    wanted = ("nsubj", "nsubjpass") if lemma in INTRANSITIVE_HARM else ("nsubjpass",)
    if not any(c.dep_ in wanted for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in ATTACK_NOUNS and (owner := _owner(noun)) is not None:
                    return [owner]
    return []


def names_own_country(victim: "Token") -> bool:
    """The victim's own phrase says whose it is ("two Afghan soldiers", "a Hamas commander",
    "Ukraine's envoy"); an unnamed "two civilians" takes its country from elsewhere, and the
    attacker's own country is then a guess a reader would not make (an Iraqi bombing kills
    the enemy's civilians)."""
    return victim.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
        for c in victim.children)


__all__ = ["ATTACK_NOUNS", "HARM_VERBS", "circumstance_attacker", "harmed_by", "names_own_country"]
