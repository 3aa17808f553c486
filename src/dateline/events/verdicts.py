"""Praise told as a label: "called the agreement a major step forward", 'described the deal as
"historic"', "hailed the ruling as a victory for the rule of law".

A naming verb (call, describe, label, hail ...) that pins a praising label on a party or its act
endorses it (051, as "praised the agreement"): the coder already reads condemning labels as
criticism (111) and, before coop15, dropped the praising ones. Only labels whose own words
praise count: "a step" needs a word that says which way ("forward", "important", "right"); a
label with a word that turns it ("a step backwards", "a hollow victory", "far from a success")
is none. Pure: the naming verb in, the labelled object out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that pin a label on their object ("called X a ...", "described X as ...").
LABELLING_VERBS = frozenset("call describe hail label term characterize characterise dub praise laud".split())

# Label heads and modifiers that praise on their own.
PRAISE_LABELS = frozenset(
    "historic breakthrough milestone landmark success successful victory triumph achievement "
    "good great excellent positive constructive welcome encouraging important significant "
    "courageous brave wise fair right correct excellent hero heroic".split())

# "a step", "a move", "a development": praise only with a word that says which way.
NEUTRAL_HEADS = frozenset("step move development sign signal decision measure".split())
# Words that turn a label ("a step backwards", "a hollow victory", "a pyrrhic victory").
TURNING_WORDS = frozenset("back backward backwards hollow pyrrhic empty far false wrong bad dangerous "
                          "not no never mistake setback".split())


# Agreements whose parties are named in their own phrase ("the deal with Uganda", "the accord
# between X and Y"): the praise goes to the other party (as "welcomed the deal between X and Y").
AGREEMENT_NOUNS = frozenset("agreement deal accord pact treaty ceasefire truce memorandum partnership".split())


def praised_parties(noun: "Token") -> list["Token"]:
    """Whom praise of `noun` reaches: the parties an agreement's "with/between" phrase names
    (with their conjuncts), else the noun itself (the resolver and the act rules read it)."""
    if noun.lemma_.lower() in AGREEMENT_NOUNS:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                objs += [x for g in objs for x in g.children if x.dep_ == "conj"]
                if objs:
                    return objs
    return [noun]


def _praising(label: "Token") -> bool:
    words = {t.lemma_.lower() for t in label.subtree} | {t.lower_ for t in label.subtree}
    if words & TURNING_WORDS:
        return False
    own = words - {label.lemma_.lower(), label.lower_}
    if label.lemma_.lower() in NEUTRAL_HEADS:
        return bool(own & (PRAISE_LABELS | {"forward", "major", "big", "first", "good"}))
    return bool(words & PRAISE_LABELS)


def praised_by_label(tok: "Token") -> "Token | None":
    """The object `tok` labels with praise ("called the deal a breakthrough", "described the
    ruling as historic"), else None: the label is the object's predicate (oprd/xcomp/ccomp's
    attribute), a second object, or an "as"-phrase."""
    if tok.lemma_.lower() not in LABELLING_VERBS or tok.pos_ != "VERB":
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return None
    labels = [*objs[1:2], *(c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")),
              *(g for c in [*tok.children, *objs[0].children] if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ in ("pobj", "amod", "acomp"))]
    for lab in labels:
        if lab.dep_ == "ccomp":  # "called the bill a major step": the model may make the label a clause
            lab = next((c for c in lab.children if c.dep_ in ("attr", "acomp")), lab)
        if lab.pos_ in ("NOUN", "ADJ", "PROPN") and _praising(lab):
            return objs[0]
    return None


__all__ = ["LABELLING_VERBS", "PRAISE_LABELS", "praised_by_label", "praised_parties"]
