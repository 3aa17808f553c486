"""bcast33: inspectors, monitors, peacekeepers or aid a state says it will not let in (CAMEO 1245).

Broadcast copy of the 1990s tells a refusal as a stated "will not": "Iraq says it will not allow
an inspection team led by an American to work", "Baghdad will never allow inspectors into the
presidential palaces", "Belgrade won't permit OSCE monitors to return". The coder's negation
branch dropped every such clause (a negated act did not happen), and "Iraq refused to allow the
U.N. inspectors to visit the sites" coded nothing either: the small model makes the inspectors
the subject of a clause under "allow", so the refusal ("refuse ^xcomp:*") found no party. CAMEO
has a code for the refusal itself: 1245, refuse to allow international involvement.

A letting verb (allow, let, permit, admit) whose party let in is an outside body's people
(inspectors, monitors, observers, an inspection team or mission; peacekeepers or a foreign
force; aid, relief convoys, aid workers) is a refusal toward that party when

- it is negated with a stated future or ability ("will not", "would not", "won't", "cannot",
  "never"), not a past "did not allow" (an act that did not happen stays uncoded), or
- it is the "to" clause of "refuse" or "decline" (the refuser is the subject of that verb).

A refusal inside an "if" or "unless" clause is a condition, not a refusal. Anyone else kept out
("will not allow the opposition to march") is not international involvement: no coding here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.admitted_forces import admitted_kind
from dateline.events.admitted_monitors import AID_NOUNS, INSPECTOR_NOUNS, PEACEKEEPER_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

LETTING_VERBS = frozenset({"allow", "let", "permit", "admit"})
REFUSING_VERBS = frozenset({"refuse", "decline"})
# A "not" with one of these auxiliaries states what the subject will not do (a refusal), unlike the
# "did not" of an act that did not happen.
STATED_AUXILIARIES = frozenset({"will", "would", "wo", "'ll", "shall", "can", "ca", "cannot", "could"})
NEGATIONS = frozenset({"not", "n't", "never"})
# Bodies whose people are let in ("an inspection team", "the OSCE mission") when a word above names
# them as inspecting, monitoring or keeping the peace.
BODY_NOUNS = frozenset({"team", "mission", "group", "force", "unit"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})


def _party(letting: "Token") -> "Token | None":
    """Who is let in: the letting verb's object, else the subject of its clause ("allow the
    inspectors to visit", parsed as a clause under "allow")."""
    obj = next((c for c in letting.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    for c in letting.children:
        if c.dep_ in ("ccomp", "xcomp"):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def outside_body(noun: "Token") -> bool:
    """The noun names an outside body's people: inspectors, monitors, peacekeepers, aid, or a team
    or mission an inspecting or monitoring word qualifies ("an inspection team")."""
    if admitted_kind(noun) is not None:
        return True
    lemma = noun.lemma_.lower()
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in INSPECTOR_NOUNS | PEACEKEEPER_NOUNS or lemma in AID_NOUNS:
        return True
    return lemma in BODY_NOUNS and bool(mods & (INSPECTOR_NOUNS | PEACEKEEPER_NOUNS))


def _stated_negation(verb: "Token") -> bool:
    """ "will not allow", "won't permit", "will never let", "cannot allow": a refusal stated."""
    kids = list(verb.children)
    negs = [c for c in kids if (c.dep_ == "neg" or c.dep_ == "advmod") and c.lower_ in NEGATIONS]
    if not negs:
        return False
    if any(c.lower_ == "never" for c in negs):
        return True
    return any(c.dep_ == "aux" and c.lower_ in STATED_AUXILIARIES for c in kids) \
        or any(c.dep_ == "aux" and c.lower_ in ("cannot", "can't") for c in kids)


def _conditional(verb: "Token") -> bool:
    """The clause is an "if"/"unless" condition (of this verb or of the refusing verb above it)."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "advcl") or node.head == node:
            return False
        node = node.head
    return False


def refused_admission(tok: "Token") -> "tuple[Token, Token] | None":
    """(the refusing verb, the party kept out) when `tok` is a letting verb told as refused:
    stated negated ("will not allow U.N. inspectors") or under "refuse"/"decline" ("refused to
    allow the inspectors to visit"); None otherwise. The refusing verb is the one whose subject
    refuses: `tok` itself, or the "refuse" it depends on."""
    if tok.lemma_.lower() not in LETTING_VERBS or tok.pos_ != "VERB":
        return None
    party = _party(tok)
    if party is None or not outside_body(party) or _conditional(tok):
        return None
    if _stated_negation(tok):
        return tok, party
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in REFUSING_VERBS and head.pos_ == "VERB":
        return head, party
    return None
