"""sources35: "a top judge and critic of the president" is one person, not two sides.

News often gives one person two descriptions under one article: "A top judge and critic of
President X accused the government ...", "a senior police officer and outspoken critic of the
prime minister ...", "the veteran lawmaker and ally of the president ...". The parse makes the
second noun a conjunct, and the coder took each conjunct as a side of its own: the critic as
the opposition (OPP) beside the judge (JUD), two triples for one act, one of them wrong.

A second conjunct that is a relational description of a person (critic, opponent, ally,
supporter, member, friend, adviser of someone: it needs an "of" or owner to say whose), in the
singular and without an article of its own, after a singular noun with an article or a name,
describes the same person, so it is no side. Two bodies or two people with their own articles
("the judge and the critic", "the army and the police") stay two sides.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Descriptions that say how a person stands to someone else (not an office of their own).
RELATIONAL_NOUNS = frozenset({"critic", "opponent", "ally", "supporter", "member", "friend", "adviser",
                              "advisor", "confidant", "associate", "backer", "champion", "foe", "rival",
                              "protege", "protégé", "loyalist", "veteran", "founder", "co-founder"})


def _singular_one(tok: "Token") -> bool:
    """A singular noun with its own article, or a name: one person."""
    if tok.tag_ == "NNP":
        return True
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children)


def same_person_conjunct(first: "Token", conj: "Token") -> bool:
    """`conj`, a conjunct of `first`, describes the person `first` names ("a top judge and critic
    of X"): a singular relational noun with no article of its own and an "of" or owner."""
    if conj is first or conj.lemma_.lower() not in RELATIONAL_NOUNS or conj.tag_ != "NN":
        return False
    if any(c.dep_ == "det" for c in conj.children) or not _singular_one(first):
        return False
    # (the parse may hang the "of" on the first noun: "a judge and critic | of X")
    return any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss" for w in (conj, first) for c in w.children)


def described_twice(tok: "Token") -> bool:
    """`tok` heads a person's first description and has a second one as a conjunct ("a top judge
    and critic of X"): the role is the first noun's (the dictionary coder reads the whole span
    and takes the last role word, "critic": OPP)."""
    return any(same_person_conjunct(tok, c) for c in tok.conjuncts)


def first_role(tok: "Token") -> str | None:
    """The role the first description names by itself, read as a title phrase from its first
    word to `tok` ("a senior police officer": COP, "a top judicial official": JUD), so that the
    longest phrase of the role table decides, not the last role word."""
    from dateline.resolve.actor_roles import role_code

    return role_code(tok.doc[tok.left_edge.i:tok.i + 1].text)
