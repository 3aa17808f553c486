"""conflict15: what a shooting is, read off who fires and who is hit.

The verb dictionary codes "shot / fired at / opened fire on" as 193 (a fight with small arms)
and "fired at" as 175 (violent repression) whatever the sides. The Wikinews standard and the
training annotations code the act by its sides instead: armed forces on armed men fight (190),
state forces firing on protesters repress (175), and a shooting of a private person is an
assault (182), a killing when the sentence says the person died (1823); police or troops
shooting a private person (a gunman, an attacker) are coded as the annotations do, a killing (1823). CAMEO's 193 and a
"surrounding" of one private person (191, a blockade) never occur in the annotations: a police
cordon round a gunman, or "the events surrounding his death", is no blockade.

Pure functions on the coder's codes, actors and the trigger token.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

# Who may use force on a crowd (175): the state's armed services and its government.
STATE_FORCE_ROLES = frozenset({"COP", "MIL", "SPY", "GOV", "UAF"})
# Sides that bear arms: shooting between them is a fight (190).
ARMED_ROLES = frozenset({"MIL", "REB", "UAF"})
# Crowds a state force represses.
CROWD_ROLES = frozenset({"OPP", "EDU", "LAB"})
# Words in the sentence that say the one shot died.
DEATH_WORDS = frozenset({"dead", "death", "die", "kill", "fatally", "fatal", "lethal", "lethally"})


def _death_said(trigger: "Token") -> bool:
    """The shooting's own clause, or a clause it hangs in, says someone died ("shot dead", "shot
    him, killing him", "died after being shot", "gunned down"); a coordinated act ("opened fire on
    police and killed a passer-by") is another event. With no word of death it is an assault."""
    if trigger.lemma_.lower() == "gun_down" or (trigger.lemma_.lower() == "gun" and any(
            c.lower_ == "down" and c.dep_ == "prt" for c in trigger.children)):
        return True
    own = [t for c in trigger.children if c.dep_ not in ("conj", "cc") for t in c.subtree]
    return any(t.lemma_.lower() in DEATH_WORDS or t.lower_ in DEATH_WORDS for t in [*own, *trigger.ancestors])


# codes22: the verbs and predicates of a victim's own death told in a coordinated clause.
DYING = frozenset({"die", "succumb", "perish"})
NO_ONE = frozenset({"none", "nobody", "noone", "neither"})


def victim_died(trigger: "Token") -> bool:
    """codes22: an attack whose coordinated clause says someone died ("started attacking people,
    and one of them died", "stabbed two men; one later died in hospital"): the annotations code
    the killing (1823). Only a death told by the victim's own verb (die, succumb, perish, "was
    dead") counts: a coordinated act of killing ("opened fire on police and killed a passer-by")
    is another event with its own target."""
    head = trigger
    while head.dep_ in ("xcomp", "ccomp") and head.head is not head:
        head = head.head  # "started attacking": the clause the attack is told in
    for verb in {*trigger.children, *head.children}:
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "neg" for c in verb.children) or any(
                c.dep_ == "nsubj" and (c.lower_ in NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                for c in verb.children):
            continue  # "but none of them died", "no one was dead"
        if verb.lemma_.lower() in DYING or (verb.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lower_ == "dead" for c in verb.children)):
            return True
    return False


def is_shooting(code: str, trigger: "Token") -> bool:
    """A 193 reading, or a "fired at" 175 reading (not tear gas or batons)."""
    lemma = trigger.lemma_.lower()
    if code == "193":
        return True
    if code != "175" or lemma not in ("fire", "shoot"):
        return False
    gas = {"gas", "teargas", "cannon", "canon", "baton", "tear"}
    return not any(t.lemma_.lower() in gas for t in trigger.subtree)


def shooting_code(code: str, trigger: "Token", source: "Actor", target: "Actor") -> str:
    """The code of a shooting by its sides: 175 a state force on a crowd, 190 armed on armed,
    1823 / 182 a person killed / hurt. Other codes are returned unchanged."""
    if not target.code or not is_shooting(code, trigger):
        return code
    if source.role in STATE_FORCE_ROLES and target.role in CROWD_ROLES:
        return "175"
    if code == "175" and source.role in STATE_FORCE_ROLES:
        return code  # "troops fired on the village": the dictionary's repression stands
    if target.role in ARMED_ROLES and source.role in ARMED_ROLES | {None}:
        return "190"
    if source.role in STATE_FORCE_ROLES and target.role == "CVL" and not wounded_only(trigger):
        return "1823"  # police shooting a gunman or attacker: the training annotations code the killing (3 of 3)
    return "1823" if _death_said(trigger) or victim_died(trigger) else "182"


def no_blockade(code: str, trigger: "Token", target: "Actor") -> bool:
    """ "police surrounded the attacker", "the events surrounding his death": a 191 reading of
    "surround" whose target is one private person, or whose verb only describes a noun, is no
    blockade (CAMEO 191 restricts a place or a population's movement)."""
    if code != "191" or trigger.lemma_.lower() != "surround":
        return False
    return target.role == "CVL" or trigger.dep_ == "acl"


# A protest its own words call violent: "staged a violent demonstration", "violent protests".
VIOLENT_WORDS = frozenset({"violent", "violently", "riotous", "bloody"})


def violent_protest(code: str, trigger: "Token") -> str:
    """A demonstration (140, 141x) that the sentence calls violent is a riot, CAMEO 145 (the
    standard: protesters clashing or throwing things -> 145). Read off the trigger and the protest
    noun it governs only, so that "a peaceful march after violent clashes" keeps 141."""
    if code[:3] not in ("140", "141"):
        return code
    near = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "advmod", "npadvmod"))]
    words = {c.lower_ for t in near for c in t.children if c.dep_ in ("amod", "advmod")} | {t.lower_ for t in near}
    return "145" if words & VIOLENT_WORDS else code


# Possessive pronouns that point back at a party named in the clause above.
OWNING_PRONOUNS = frozenset({"their", "its", "his", "her"})


def pronoun_owner(trigger: "Token", source_toks: "list[Token]") -> "list[Token]":
    """ "Two soldiers were wounded when militants ambushed their patrol": the victims of a force
    act told by what they own ("their patrol / checkpoint / base") are the subject of the clause
    the act hangs in ("when", "after", "as"), never the attackers themselves. The pronoun's
    number must fit ("their" a plural, "its" a singular). Empty when no such subject exists."""
    from dateline.events.frames import direct_object, with_conjuncts

    obj = direct_object(trigger)
    if obj is None:
        return []
    pron = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS), None)
    if pron is None or trigger.dep_ not in ("advcl", "conj") or trigger.head.pos_ not in ("VERB", "AUX"):
        return []
    own = {t.i for s in source_toks for t in s.subtree}
    for subj in trigger.head.children:
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i in own or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
        if (pron.lower_ == "their") != plural and pron.lower_ in ("their", "its"):
            continue
        return with_conjuncts([subj])
    return []


#: violence65: verbs that tell the one shot was hurt ("shot and wounded", "shot and injured")
WOUNDING = frozenset({"wound", "injure", "hurt", "maim"})


def wounded_only(trigger: "Token") -> bool:
    """violence65: "soldiers shot and wounded a teenager": the shooting's coordinated verb says the
    person was hurt, and no word says anyone died: an assault (182), not the killing the
    annotations give a bare shooting of a private person by police or troops."""
    return any(c.dep_ == "conj" and c.lemma_.lower() in WOUNDING for c in trigger.children) \
        and not _death_said(trigger) and not victim_died(trigger)
