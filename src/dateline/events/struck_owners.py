"""sources35: "the rebel radio said troops shelled its positions": "its" is the reporter's.

Wire copy tells an armed group's claim through its outlet or spokesman: "The Taliban-run radio
said government forces had attacked its positions", "The Tigers' radio said troops shelled its
positions", "A rebel spokesman said the army had bombed their bases". The resolver binds such
"its" only through coreference, which links pronouns to names: after "the PUK said" it worked,
after "the radio said" or "a spokesman said" (common nouns, though the resolver reads them as
the group) the target went uncoded.

The owner of what a use of force hits ("attacked / shelled / bombed its positions", "fired on
their camps") is not the attacker itself, and in a clause a body reports ("X said ..."), it is
the reporter: frames.reporting_self reads "X said it ..." so for the subject pronoun. Only
possessive "its"/"their" on the object of a hostile verb, with one reporting subject that is no
named person and no pronoun; the caller resolves that subject.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of force whose object's owner is not the doer.
HOSTILE_VERBS = frozenset("attack shell bomb raid hit strike pound overrun capture seize storm target fire "
                          "assault shoot ambush besiege invade destroy bombard rocket shoot strafe".split())


def _hostile_clause(pron: "Token") -> "Token | None":
    """The hostile verb whose object (or "on / at" object) the pronoun's noun is."""
    noun = pron.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("on", "at", "against"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSTILE_VERBS:
        return None
    return verb


def reporting_owner(pron: "Token") -> "Token | None":
    """The reporting subject "its"/"their" stands for ("The radio said troops attacked its
    positions": the radio), or None."""
    from dateline.events.frames import clause_reporter

    if pron.lower_ not in ("its", "their") or pron.dep_ != "poss":
        return None
    clause = _hostile_clause(pron)
    if clause is None:
        return None
    said = clause_reporter(clause, pron)
    if said is None or said.ent_type_ == "PERSON":
        return None
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i < clause.i:
        clause = clause.head  # (the reported clause's own subject, read on its first conjunct)
    if any(pron in s.subtree for s in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))):
        return None
    return said
