"""spurious69: asking a court for a remedy against a party is the legal action against that party.

Wire copy of lawsuits goes on after the filing with what the plaintiff asks: "JWT said it asked the
court to enjoin the defendants from acquiring further stock", "the suit requests the court to order
Cyclops to provide the information", "asked the judge to bar the company from ...". The coder read
each as an appeal to the court (020 toward JUD). The annotators code it as part of the suit (annr67b:
"asked the court to enjoin / award damages / order X to ... is part of the legal action: 115 against
the defendant named"): three r12 rows, none coded 020. Asking a court for a procedural step ("asked the
high court to review a ruling", "asked Judge Miller to delay his ruling") stays an appeal to the
court (020: r16, w1), as do remedies whose verb is not one of a court's orders against a party.

`remedy_request` gives the party the remedy is sought against, when it is named (the asked verb's
object, or the one an "order" tells to act: a proper name); "to award JWT damages" gives an empty
list (the appeal is not coded: no party the remedy binds is named); a common noun ("to block the
decree", "to enjoin the defendants") or a court's own ruling keeps the appeal to the court (None).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of asking.
ASKING_VERBS = frozenset("ask request petition urge seek".split())
#: A court's own words (the one asked).
COURT_WORDS = frozenset("court judge tribunal magistrate justice".split())
#: What a court orders against a party (not review, delay, hear, rule, reconsider).
REMEDY_VERBS = frozenset("enjoin award order bar block prohibit halt stop prevent compel force freeze "
                         "restrain forbid void invalidate rescind require declare".split())
#: A court's own acts: asking a court to block or void one is an appeal to it, not a suit.
COURT_DECISIONS = frozenset("ruling decision judgment judgement verdict order injunction sentence conviction".split())
#: Beneficiary-only remedies: the asked verb's object is the winner, not the party bound.
_BENEFIT_VERBS = frozenset({"award"})


def _court_asked(trigger: "Token") -> bool:
    return any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in COURT_WORDS for c in trigger.children)


def remedy_request(code: str, trigger: "Token") -> list["Token"] | None:
    """The party a court is asked to act against, when an appeal (02x) asks a court for a remedy;
    None when the coding is no such request."""
    if code[:2] != "02" or trigger.lemma_.lower() not in ASKING_VERBS or not _court_asked(trigger):
        return None
    remedy = next((c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in REMEDY_VERBS), None)
    if remedy is None:
        return None
    objects = [c for c in remedy.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in COURT_DECISIONS for o in objects):
        return None  # "asked the Supreme Court to block the ruling": an appeal against a court, to the court (020)
    if remedy.lemma_.lower() in _BENEFIT_VERBS:
        return []
    named = [c for c in objects if c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")]
    return named or None  # (a common noun, "to block the decree", "the defendants": the appeal to the court stays)
