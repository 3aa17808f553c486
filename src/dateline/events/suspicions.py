"""mood51: "X is suspected of <crime>, police said": the speaker's criminal inquiry into X (091).

Why: in the passive the suspicion names no one who suspects, and the crime is a gerund the mood
filters drop as unrealised ("of murdering"), so the sentence read no act (issue #4, the "negated,
hypothetical or asked" loss class). The one who says a person is suspected is the one whose
suspicion it is (police, prosecutors, Interpol): the Wikinews convention codes an investigation as
091 with the suspect as target. The active form ("police suspect X of planting the bomb") is the
dictionary line `091 suspect of:* >obj` (verbs.txt, mood51 block).

Only police and the judiciary investigate: a suspicion held by anyone else ("Washington suspects
Tehran of seeking the bomb", an IGO's statement) codes no 091 (`investigators`, checked by the coder
once the source is resolved, for both forms).

Not: a negated or hypothetical suspicion ("was not suspected", "may be suspected"), a speaker
verb that is negated, a suspicion of a thing ("suspected of being a spy" still codes: the
suspicion is of a person), a suspect that is a pronoun the speaker uses for himself ("we").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters

if TYPE_CHECKING:
    from spacy.tokens import Token


def suspected_by_speaker(tok: "Token", speech: "frozenset[str] | set[str]") -> "list[Token] | None":
    """The suspects of a passive "is suspected of <V-ing / crime>" clause reported by the speech
    verb tok, else None."""
    if tok.lemma_.lower() not in speech or filters.is_negated(tok):
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() != "suspect" or c.tag_ != "VBN":
            continue
        if not any(a.dep_ == "auxpass" for a in c.children) or filters.is_negated(c) \
                or any(a.dep_ == "aux" and a.lower_ in filters.HYPOTHETICAL_MODALS for a in c.children):
            continue
        if not any(p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ in ("pcomp", "pobj") for g in p.children)
                   for p in c.children):
            continue
        subj = [s for s in c.children if s.dep_ == "nsubjpass" and s.lower_ not in ("we", "i", "us")]
        if subj:
            return subj
    return None


INVESTIGATING_ROLES = frozenset({"COP", "JUD"})


def investigators(actors: list) -> bool:
    """Every source actor is police or judiciary (role COP or JUD)."""
    return bool(actors) and all(a.role in INVESTIGATING_ROLES for a in actors)
