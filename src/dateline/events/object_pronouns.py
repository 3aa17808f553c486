"""source68: "Compaq said the General Services Administration has awarded it a contract": the
object "it" is the reporter, not the reported clause's own subject.

Binding: an object "it" / "them" never stands for the subject of its own verb (that would be
"itself" / "themselves"). Coreference had still linked such an "it" to the nearest body before it,
which in "X said <body> <verb> it ..." is the clause's own subject, and the pair was then dropped
as an actor acting on itself ("the Defense Department awarded it a contract", "<firm> filed a
complaint against it"). In wire copy the pronoun stands for the one who reports the act, the
subject of the reporting verb whose "that"-clause holds it. Only asked for a pair that would be
dropped as one actor on itself; the caller resolves the reporter and keeps the pair only when
that is another actor. Pure: the pronoun and the source token in, the reporter token or None out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT_PRONOUNS = frozenset({"it", "them"})

#: Verbs whose direct object is a party, not a thing ("fined it", "sued them"); after any other
#: verb a direct-object "it" may be a plan or a ruling ("the court rejected it") and is left alone.
PARTY_OBJECT_VERBS = frozenset(
    "sue fine penalize penalise punish accuse charge indict investigate probe raid attack ban bar expel "
    "sanction warn urge ask order tell invite pay hire compensate reimburse contact approach "
    "fin".split())  # (the small model lemmatises "fined" as "fin")
#: Prepositions whose object is the other party of an act ("filed suit against it", "talks with them").
PARTY_PREPOSITIONS = frozenset({"against", "with", "on"})


def _own_verb(pron: "Token") -> "Token | None":
    """The verb whose object (direct, dative, or inside a prepositional phrase under it or under
    its object: "filed a complaint against it") the pronoun is."""
    if pron.dep_ not in ("dobj", "dative", "pobj", "iobj"):
        return None
    verb = pron.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def reporter_of_object(pron: "Token | None", source: "Token | None") -> "Token | None":
    """The reporting subject an object "it"/"them" stands for when coreference made it the
    reported clause's own subject `source` ("X said the agency awarded it ..." -> X), or None."""
    from dateline.events.frames import clause_reporter

    if pron is None or source is None or pron.pos_ != "PRON" or pron.lower_ not in OBJECT_PRONOUNS:
        return None
    verb = _own_verb(pron)
    if verb is None:
        return None
    if pron.dep_ == "dobj" and verb.lemma_.lower() not in PARTY_OBJECT_VERBS:
        return None  # "the court rejected it": the pronoun may be a thing
    if pron.dep_ == "pobj" and pron.head.lower_ not in PARTY_PREPOSITIONS:
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i < clause.i:
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(source in s.subtree for s in subjects):
        return None  # the source is not the pronoun's own clause's subject
    said = clause_reporter(clause, pron)
    if said is None or said.i == source.i or source in said.subtree:
        return None
    if pron.lower_ == "it" and (said.ent_type_ in ("PERSON", "NORP") or said.tag_ not in ("NN", "NNP")):
        return None  # "it" is a body or a firm, never a person
    if pron.lower_ == "them" and said.tag_ not in ("NNS", "NNPS") and not said.conjuncts:
        return None
    return said
