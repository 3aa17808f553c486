"""light58: a party labelled a terrorist (112) versus an act labelled terrorist (111).

The verbs.txt light58 lines code "named / branded / designated X as terrorists" (and "X a
terrorist organisation") as an accusation of X (112). A pattern's "as:" lemma set also holds the
label's modifiers, so "described the hijacking as a terrorist act" matched too, though an act so
labelled is criticism of its doers (111, coder.CONDEMNING_WORDS), not a party accused. The label's
head noun must name people or a group. Pure: the trigger token in, a yes/no out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Heads of a label that name people or a group ("terrorists", "a terrorist organisation").
PARTY_LABELS = frozenset("terrorist extremist rioter thug traitor organisation organization group movement network "
                         "outfit militia faction cell sponsor state".split())
_LABEL_VERBS = frozenset("name brand label designate list describe term dub declare call".split())


def labels_a_party(tok: "Token") -> bool:
    """False when `tok` (a labelling verb) pins its label on a thing: the label's head (an "as"
    object or a predicate) is no word for people or a group. True otherwise."""
    if tok.lemma_.lower() not in _LABEL_VERBS:
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    owners = [tok, *([obj] if obj is not None else [])]
    labels = [g for o in owners for p in o.children if p.dep_ == "prep" and p.lower_ == "as"
              for g in p.children if g.dep_ == "pobj"]
    labels += [c for c in tok.children if c.dep_ == "oprd"
               or c.dep_ == "dobj" and obj is not None and c.i > obj.i]
    return not labels or any(lab.lemma_.lower() in PARTY_LABELS for lab in labels)


__all__ = ["PARTY_LABELS", "labels_a_party"]
