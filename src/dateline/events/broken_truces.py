"""left44b: a truce broken BY an act names its victim in that act: "Serb forces violated the
ceasefire by shelling Gorazde", "the rebels broke the truce by attacking two army posts".

The 196 line ("violate|break|breach +ceasefire|truce >with") looks for the other side in a
"with" phrase; when the sentence instead says how the truce was broken ("by <verb>ing X"), the
side struck is the object of that means verb, and the 194/190 coded on it already names it.
Without this the 196 came out target-less beside the attack. Only a "by" complement that is a
verb with a direct object counts ("broke the truce by dawn" has none). Pure.

tunecode46: a truce REPORTED broken by a side ("Bosnia said the ceasefire was violated by Serb
forces", "the rebels said the truce had been broken by government troops") is the reported act
(WIKINEWS_EVENTS.md: reported speech codes the reported act), toward the side that reports it,
the other party to the truce, as the tuned Reuters gold codes "the KDP said a ceasefire ... was
broken by the PUK" (PUK 196 KDP). The dictionary's "say ^ccomp:break|violate" accusation (112,
for "said the government is breaking the law") is not coded beside it. "Accused X of breaking the
truce" stays an accusation (112): only a saying verb's clause is read here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

BROKEN_TRUCE_CODES = frozenset({"196"})


def means_objects(code: str, trigger: "Token") -> list["Token"]:
    """The direct object(s) of the "by <verb>ing" complement of a broken truce, else []."""
    if code not in BROKEN_TRUCE_CODES:
        return []
    out = []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for verb in prep.children:
            if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
                for obj in verb.children:
                    if obj.dep_ == "dobj":
                        out.extend([obj, *obj.conjuncts])
    return out


TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
REPORTING_VERBS = frozenset({"say", "state", "add", "insist", "report", "charge", "complain", "claim", "tell"})


def _truce_broken(trigger: "Token") -> bool:
    return trigger.lemma_.lower() in ("violate", "break", "breach") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TRUCE_WORDS for c in trigger.children)


def reporting_side(code: str, trigger: "Token") -> list["Token"]:
    """The subject(s) of the saying verb whose clause reports this broken truce, else []."""
    if code not in BROKEN_TRUCE_CODES or trigger.dep_ != "ccomp" or not _truce_broken(trigger):
        return []
    head = trigger.head
    if head.lemma_.lower() not in REPORTING_VERBS:
        return []
    return [c for c in head.children if c.dep_ == "nsubj"]


def reported_break(code: str, trigger: "Token") -> bool:
    """True for the saying verb's 112 whose reported clause is a broken truce (coded as the 196)."""
    if code != "112" or trigger.lemma_.lower() not in REPORTING_VERBS:
        return False
    return any(c.dep_ == "ccomp" and _truce_broken(c) for c in trigger.children)


def other_named_side(reporter: "Token", breaker: "Token") -> bool:
    """Two named factions of one code ("the PUK" and "the KDP", both IRQREB; "the Taliban" and
    "Dostum's militia") are still two sides:
    the reporter may be the target though its code is the breaker's."""
    named = {t.lower_ for t in breaker.subtree if t.pos_ == "PROPN"}  # "the PUK", "Dostum's militia"
    return reporter.pos_ == "PROPN" and bool(named) and reporter.lower_ not in named
