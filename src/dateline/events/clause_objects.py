"""An "it" acted on in a time clause is the main clause's subject (pronoun65).

"The tanker returned to port after an Iraqi jet attacked it", "The embassy was evacuated
when rebels shelled it": "it" is the object of a clause introduced by "after", "when",
"before", "as", "until", "because" or "once" that has a subject of its own, so it cannot
be that subject (that would be "itself"); a reader takes the thing the sentence is about,
the main clause's subject. The coreference stage only links "it" to named organisations or
places that are subjects, and left this one unresolved.

Not when the main clause has an object of its own, which "it" may be as well ("The
government dropped the plan after parliament rejected it": the plan). Only one noun subject (not a person, not a pronoun, not coordinated: "it" is one thing),
and only when the main clause's subject is not the time clause's own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.actors import ActorContext

#: Words that open a clause of time or cause hanging below the main verb.
TIME_MARKS = frozenset({"after", "when", "before", "as", "until", "because", "once", "while"})


def main_subject_for_it(tok: "Token") -> "Token | None":
    """The main clause's subject for an "it" object of a time clause, else None."""
    if tok.lower_ != "it" or tok.dep_ not in ("dobj", "pobj"):
        return None
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.head.dep_ == "prep" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return None
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None:
        return None  # "... after attacking it": the shared subject's rules (frames.object_pronoun_antecedent)
    main = verb.head
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > tok.i or subj.pos_ not in ("NOUN", "PROPN") or subj.conjuncts:
        return None
    if subj.tag_ not in ("NN", "NNP") or subj.ent_type_ in ("PERSON", "NORP"):
        return None
    if own.lemma_.lower() == subj.lemma_.lower():
        return None
    if any(c.dep_ in ("dobj", "attr", "oprd") for c in main.children):
        return None  # "the government dropped the plan after parliament rejected it": the plan
    return subj


def time_clause_they(tok: "Token", ctx: "ActorContext") -> "list[Token]":
    """ "An exile group vowed to support Kurdish rebels after they were attacked by Iranian
    troops": "they" as the subject of a time clause is the one plural group the governing
    clause names (here the rebels; the group is one body, not "they"). Only when exactly one
    plural noun for people or bodies (a role word, or a name of a people or organisation)
    stands in the governing clause before the pronoun, and the coreference stage has no
    answer; [] otherwise."""
    from dateline.events.actors import ROLE_WORDS, actor_for

    if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i in ctx.coref:
        return []
    verb = tok.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return []
    main = verb.head
    inner = {t.i for t in verb.subtree}
    cands = []
    for t in main.subtree:
        if t.i >= tok.i or t.i in inner or t.tag_ not in ("NNS", "NNPS") or t.dep_ == "compound":
            continue
        ent = ctx.entity_at.get(t.i)
        if t.lemma_.lower() in ROLE_WORDS or ent is not None and ent.label in ("NORP", "ORG"):
            cands.append(t)
    if len(cands) != 1:
        return []
    got = actor_for(cands[0], ctx)
    return [cands[0]] if got is not None and got.code else []
