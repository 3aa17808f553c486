"""Investigations told from the side of the one investigated: "the mayor is under investigation
by federal prosecutors", "the senator faces an inquiry by the FBI", "the company is the subject
of a probe by the European Commission".

News reports an inquiry from its target's side as often as from the investigator's ("police
are investigating X"): the investigation is a noun under a light verb (be/come/remain under,
face, be the subject/target of), and the investigator is its "by"-phrase or its owner ("an FBI
inquiry", "Scotland Yard's investigation"). That is the investigator's 090 toward the clause's
subject (subcoded 091/092 by the coder's existing rules: police and prosecutors investigate
crime). With no investigator named it is an agentless event and is not coded (the Wikinews
conventions). Pure: the light verb in, (investigator tokens, investigated tokens) out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

INQUIRY_NOUNS = frozenset("investigation inquiry enquiry probe scrutiny".split())
# Light verbs that put their subject under an inquiry noun: "is/came/remains under", "faces".
UNDER_VERBS = frozenset("be come remain stay fall go".split())
FACING_VERBS = frozenset({"face"})
# "is the subject/target/focus of an investigation".
SUBJECT_NOUNS = frozenset("subject target focus".split())
LIGHT_VERBS = UNDER_VERBS | FACING_VERBS


def _pobjs(prep: "Token") -> list["Token"]:
    return [g for g in prep.children if g.dep_ == "pobj"]


def _inquiry_noun(verb: "Token") -> "Token | None":
    """The inquiry noun the light verb puts its subject under, else None."""
    lemma = verb.lemma_.lower()
    if lemma in UNDER_VERBS:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "under":
                found = [g for g in _pobjs(c) if g.lemma_.lower() in INQUIRY_NOUNS]
                if found:
                    return found[0]
            if lemma == "be" and c.dep_ == "attr" and c.lemma_.lower() in SUBJECT_NOUNS:
                found = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in _pobjs(p) if g.lemma_.lower() in INQUIRY_NOUNS]
                if found:
                    return found[0]
    if lemma in FACING_VERBS:
        found = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS]
        if found:
            return found[0]
    return None


def _investigators(noun: "Token") -> list["Token"]:
    """Who runs the inquiry: its "by/from"-phrase, else its owner or a name before it."""
    by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in _pobjs(c)]
    if by:
        return by[:1]
    return [c for c in noun.children if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")][:1]


def investigated_by(verb: "Token") -> "tuple[list[Token], list[Token]] | None":
    """(investigators, investigated) for "X is under investigation by Y" and its kin, read from
    the light verb; None when it is no such clause, is negated, or names no investigator."""
    if verb.lemma_.lower() not in LIGHT_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    noun = _inquiry_noun(verb)
    if noun is None:
        return None
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    who = _investigators(noun)
    if not subj or not who:
        return None
    return who, subj


__all__ = ["INQUIRY_NOUNS", "LIGHT_VERBS", "investigated_by"]
