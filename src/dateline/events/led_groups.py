"""source59: a movement named only by its leader is the leader's side.

1990s wire copy names a new or splinter group by the man who leads it: "Ieng Sary's new
movement", "Aideed's faction", or, in what the leader says, "the new movement" ("Ieng Sary said
in a written statement that the new movement would seek an end to civil war"). The noun
"movement" (group, faction, ...) has no role of its own in the tables, so the act had no source
("source unresolved") although the leader resolves (Ieng Sary: KHMREB in 1996). A reader takes
the group for the leader's: the same country and the same non-state role (rebels, opposition).

Only for a group noun the tables left unresolved, whose owner ("X's", "his" for the speaker) or,
with "the" and no other owner, the one who says the clause it is the subject of, is a leader
of a non-state side (REB, OPP, ...). A state leader's "movement" or a private person's "group"
is left alone (a government's party is `leaders_parties`'s).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns for a body a leader heads that the role tables do not fix.
LED_GROUP_WORDS = frozenset({"movement", "group", "faction", "organisation", "organization", "front", "wing",
                             "followers", "loyalists"})
#: Roles of a leader whose group shares them.
NON_STATE_ROLES = frozenset({"REB", "OPP", "INS", "SEP", "RAD"})
_REPORTING = frozenset("say tell add state announce declare write".split())
_MESSAGES = frozenset("statement letter interview speech message communique declaration".split())


def _speaker_of(clause: "Token") -> "Token | None":
    """The subject of the saying verb whose that-clause `clause` is (or is joined into)."""
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ == "acl" and clause.head.lemma_.lower() in _MESSAGES and clause.head.dep_ == "pobj" \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        # "said in a written statement that the new movement ...": the parser hangs the clause on
        # the statement; the speaker is the saying verb's subject all the same
        said = clause.head.head.head
        return next((c for c in said.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None) \
            if said.lemma_.lower() in _REPORTING else None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _REPORTING:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def leader_of(tok: "Token") -> "Token | None":
    """The token naming the leader of the group noun `tok`: its owner ("Ieng Sary's movement"),
    the speaker for "his movement" or for "the (new) movement" as the subject of what the speaker
    says; None otherwise."""
    if tok.lemma_.lower() not in LED_GROUP_WORDS and tok.lower_ not in LED_GROUP_WORDS or tok.pos_ != "NOUN":
        return None
    if any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG") for c in tok.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children):
        return None  # "a Cambodian group", "the group of experts": the phrase says whose
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PROPN":
        return owner
    if owner is not None and owner.lower_ not in ("his", "her"):
        return None
    if owner is None and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if owner is None and tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return _speaker_of(tok.head) if tok.dep_ in ("nsubj", "nsubjpass") else None


def leader_group(tok: "Token", actor: Actor | None, actor_for: Callable[["Token"], Actor | None]) -> Actor | None:
    """The leader's code for an unresolved group noun led by a non-state leader; else `actor`."""
    if actor is not None and actor.code:
        return actor
    leader = leader_of(tok)
    if leader is None:
        return actor
    got = actor_for(leader)
    if got is None or not got.code or not got.country or got.role not in NON_STATE_ROLES:
        return actor
    return Actor(None, tok.text, got.code, got.country, got.role)
