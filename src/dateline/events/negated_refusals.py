"""politics30: refusals told by a service or a recognition withheld (CAMEO 120, reject).

Coalition news tells a refusal to govern with someone as the service declined: "the Social
Democrats refused to serve in a government led by X", "the party said it would not serve under
X", "declined to join X's coalition". The rejected party is the leader, named after "under", as the
"led / headed by" agent of the government or coalition served in or joined, or as its possessor.
Nothing in the bare verb says so: "serve in the army" or "joined the protest" name no leader and
give nothing here. A negated service ("would not serve under X") is itself the refusal, so the
coder's negation branch asks `refused_service` before it drops the clause.

The same holds for a body's standing denied: "the governor did not recognise the senate's
authority", "the opposition does not recognise the legitimacy of the government", "will not recognise the
new parliament" reject the body (`withheld_recognition`: the body, or the owner of the
authority, legitimacy or mandate not recognised).

negact58: a refusal told as a "no" said: "France said no to the Community's farm price
proposals", "Iraq said no to the U.N. demand for inspections" reject what the "to" phrase names,
as "rejected the proposals" does (`said_no`: the coder reads that noun with the dictionary's
"reject" lines). Not "said no decision had been made" ("no" a determiner), not "No, he said" (no
"to"), nor a "no" negated, asked or hypothetical ("would say no to", checked by the coder).

negact58: the same standing denied in a speaker's words: "the governor said the Senate had no say
in his confirmation", "the president said parliament had no right / no authority to block the
decree" reject the body (120, `denied_standing`). The body must be one of RECOGNISED_BODIES or
a name: "voters had no say" or "we have no right to interfere" deny no one's standing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of taking part in a government.
SERVICE_VERBS = frozenset({"serve", "join", "enter", "sit", "work"})
# Bodies one serves in under a leader.
GOVERNING_BODIES = frozenset({"government", "coalition", "cabinet", "administration", "ministry", "alliance",
                              "team", "leadership"})
# Participles that name a body's leader as their "by" agent.
LEADING_VERBS = frozenset({"lead", "head", "chair", "run", "form", "dominate"})


def _pobj(prep: "Token") -> "Token | None":
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def _body_leader(body: "Token") -> "Token | None":
    """The leader a governing body names: "a government led by X", "X's coalition"."""
    if body.lemma_.lower() not in GOVERNING_BODIES:
        return None
    for c in body.children:
        if c.dep_ == "acl" and c.lemma_.lower() in LEADING_VERBS and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent" and (who := _pobj(a)) is not None:
                    return who
    own = next((c for c in body.children if c.dep_ == "poss"), None)
    if own is not None and own.pos_ == "PROPN":  # "X's government" (not "its own government")
        return own
    return None


def served_leader(verb: "Token") -> list["Token"]:
    """The leader whom the subject of a service verb would serve: "serve under X", "serve in a
    government led by X", "join X's coalition"; [] when the clause names none."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SERVICE_VERBS:
        return []
    bodies = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "under" and (who := _pobj(c)) is not None:
            return [who]
        if c.dep_ == "prep" and c.lower_ in ("in", "with") and (body := _pobj(c)) is not None:
            bodies.append(body)
        if c.dep_ == "dobj":
            bodies.append(c)
    return next(([who] for b in bodies if (who := _body_leader(b)) is not None), [])


def refused_service(verb: "Token") -> list["Token"]:
    """The leader a negated service verb refuses ("said it would not serve under X",
    "will not join a coalition led by X"); [] for any other negated verb."""
    from dateline.events.filters import is_negated

    if verb.lemma_.lower() not in SERVICE_VERBS or not is_negated(verb):
        return []
    return served_leader(verb)


def declined_service(verb: "Token", service: "Token") -> bool:
    """ "declined to join / serve in ..." (the dictionary's politics30 line): a refusal only of a
    leader's government, so one naming no leader ("declined to join the protest") has no party."""
    return verb.lemma_.lower() == "decline" and service.lemma_.lower() in SERVICE_VERBS


RECOGNISING_VERBS = frozenset({"recognise", "recognize", "accept", "acknowledge"})
# A body's standing, which one recognises or denies.
STANDING_NOUNS = frozenset({"authority", "legitimacy", "mandate", "jurisdiction", "power", "powers"})
# Bodies whose very standing one recognises or denies ("will not recognise the new parliament").
RECOGNISED_BODIES = frozenset({"parliament", "government", "regime", "administration", "assembly", "congress",
                               "senate", "legislature", "council", "cabinet", "president", "presidency"})


def withheld_recognition(verb: "Token") -> list["Token"]:
    """The body whose standing a negated recognition denies: "did not recognise its authority"
    (its), "will not accept the legitimacy of the government" (the government), "would not
    recognise the new parliament"; [] otherwise, and for a standing "does not recognise"."""
    from dateline.events.filters import is_negated

    if verb.lemma_.lower() not in RECOGNISING_VERBS or not is_negated(verb):
        return []
    if any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return []  # "China does not recognise Taiwan's government": a standing position, not an act
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in RECOGNISED_BODIES:
        return [obj]  # "would not recognise the new parliament"
    if obj is None or obj.lemma_.lower() not in STANDING_NOUNS:
        return []
    for c in obj.children:
        if c.dep_ == "poss":
            return [c]
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return [g for g in c.children if g.dep_ == "pobj"][:1]
    return []


def said_no(tok: "Token") -> "Token | None":
    """negact58: the noun a "said no to" refuses ("said no to X's proposals" -> proposals), or None."""
    if tok.lemma_.lower() != "say":
        return None
    no = next((c for c in tok.children if c.dep_ in ("intj", "dobj") and c.lower_ == "no"), None)
    if no is None or any(c.dep_ != "prep" for c in no.children):
        return None  # ("no" with a noun of its own is a determiner misread)
    return next((_pobj(c) for c in (*tok.children, *no.children)  # the "to" hangs on "said" or on "no"
                 if c.dep_ == "prep" and c.lower_ == "to" and _pobj(c) is not None), None)


#: negact58: what a body is said to lack: "had no say in", "has no right / authority to".
LACKED_STANDING = STANDING_NOUNS | frozenset({"say", "right", "business", "role"})


def denied_standing(clause: "Token") -> "Token | None":
    """negact58: the body a reported "had no say / no right / no authority" denies its standing,
    or None: `clause` is a speech verb's complement "have" whose object, with "no", is a standing
    noun, and whose subject is a governing body or a name (not the speaker's "we", not people)."""
    if clause.lemma_.lower() != "have" or clause.dep_ != "ccomp":
        return None
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in LACKED_STANDING or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lemma_.lower() in RECOGNISED_BODIES or subj.pos_ == "PROPN"):
        return None
    return subj
