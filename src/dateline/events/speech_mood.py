"""The mood of what a speaker says about another party's act (demand15).

A statement whose content is another party's obligation, the speaker's wish for another's act,
or the harm another party will suffer is itself a speech act toward that party (CAMEO 02x
appeal, 13x threat), whatever the exact words: the standard codes the speech act of X "when it
is itself directed at a target" (WIKINEWS_EVENTS.md, reported speech). The coder already reads
"must" and "should"; this module reads the other ways English marks the same moods:

- obligation by a semi-modal: "said Y needs to / has to / will have to / ought to <act>";
- desire for another's act: "X wants / wishes / would like / expects Y to <act>";
- announced harm: "warned (that) Y would face consequences / pay a heavy price / regret it".

Each function takes the clause's head token and returns the tokens it found (or None); the
coder decides source and code (events/coder.py `_code_mood`, `_context_codings`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose "to"-infinitive under a subject of their own is an obligation ("Iran needs to
# release the sailors", "the ministry will have to decide"): the semi-modals of "must".
OBLIGATION_HEADS = frozenset({"need", "have", "ought"})
# Verbs of wanting another's act: "the opposition wants the government to hold elections".
DESIRE_VERBS = frozenset({"want", "wish", "like", "expect"})
# Predicates of announced harm to their subject ("Y would face consequences"), with the objects
# that make them harm; "regret" needs none ("Y will regret it").
HARM_PREDICATES = frozenset({"face", "pay", "suffer", "bear", "incur", "regret"})
HARM_OBJECTS = frozenset({"consequence", "price", "retaliation", "response", "punishment", "reprisal",
                          "repercussion", "wrath", "cost"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
# Clause verbs that are states or forecasts, not acts a party can be asked to do.
NON_ACTS = frozenset("be have seem appear remain reach total exceed rise fall grow climb decline drop increase "
                     "decrease benefit expect hear know get become stay happen occur continue last come go "
                     "see feel understand realise realize recognise recognize".split())


def _has_to(tok: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _act_verb(tok: "Token") -> bool:
    """An active act verb in the base form ("release", "withdraw"), not a state or a passive."""
    return tok.pos_ == "VERB" and tok.tag_ == "VB" and tok.lemma_.lower() not in NON_ACTS \
        and not any(c.dep_ == "auxpass" for c in tok.children)


def obliged_act(clause: "Token") -> "Token | None":
    """The act of a clause that says its subject is obliged to do it by a semi-modal: "Iran
    needs to release the sailors" -> release; "Y will have to decide" -> decide. "ought to" is
    read as an auxiliary by the parser ("ought" aux of the act): the clause itself is the act.
    A negated obligation ("does not need to ask") is none."""
    if any(c.dep_ == "neg" or c.lower_ == "longer" and c.dep_ == "advmod" for c in clause.children):
        return None  # "does not need to", "no longer needs to"
    if any(c.dep_ == "aux" and c.lower_ == "ought" for c in clause.children):
        return clause if _act_verb(clause) else None
    if clause.lemma_.lower() not in OBLIGATION_HEADS or clause.pos_ not in ("VERB", "AUX"):
        return None
    act = next((c for c in clause.children if c.dep_ == "xcomp" and _has_to(c)), None)
    if act is None or any(c.dep_ == "neg" for c in act.children) or not _act_verb(act):
        return None
    if clause.lemma_.lower() == "have" and any(c.dep_ == "dobj" for c in clause.children):
        return None  # "has a plan to ...": possession
    return act


def desired_act(tok: "Token") -> "tuple[Token, Token] | None":
    """(the party wanted to act, the act) when `tok` is a verb of wanting whose "to"-clause has
    its own subject: "wants the government to hold elections", "expected Jakarta to do more",
    "would like Y to withdraw". A negated or passive want ("is expected to") is none."""
    lemma = tok.lemma_.lower()
    if lemma not in DESIRE_VERBS or tok.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass") for c in tok.children):
        return None
    if lemma == "like" and not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children):
        return None  # "would like Y to": "likes Y to" is a taste
    for act in tok.children:
        if act.dep_ not in ("ccomp", "xcomp") or not _has_to(act) or not _act_verb(act):
            continue
        if any(c.dep_ == "neg" for c in act.children):
            return None
        subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if subj is None:  # "wanted Y to ...": some parses put Y on the want as its object
            subj = next((c for c in tok.children if c.dep_ == "dobj" and c.i < act.i), None)
        if subj is not None and subj.lower_ not in ("it", "this", "that", "there"):
            return subj, act
    return None


def harm_to_subject(clause: "Token") -> "Token | None":
    """The subject of a future clause that says it will suffer: "Japan would face serious
    consequences", "they will pay a heavy price", "you will regret it". None otherwise."""
    if clause.lemma_.lower() not in HARM_PREDICATES or any(c.dep_ == "neg" for c in clause.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children):
        return None
    if clause.lemma_.lower() != "regret" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in HARM_OBJECTS for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def other_party_pronoun(subj: "Token", speakers: "list[Token]") -> bool:
    """ "They" as the subject of an obligation a single speaker states ('"They should give up
    violence," the minister said'): a plural the singular speaker is not, so another party (the
    resolver finds it through coreference). Plural, coordinated or missing speakers ("the unions
    said they must be consulted") may be speaking of themselves: not read."""
    if subj.lower_ != "they" or not speakers:
        return False
    return all(s.tag_ in ("NN", "NNP") and not s.conjuncts and s.lower_ not in ("government", "party", "side",
                                                                                  "union", "group", "team")
               for s in speakers)


# What a party asked to stop fighting is asked to give up: "give up violence", "lay down their
# arms", "end the attacks", "stop hostilities" (de-escalation: 1056 demanded, 0256 advised).
STOPPING_VERBS = frozenset({"give_up", "lay_down", "renounce", "abandon", "end", "stop", "halt", "cease",
                            "abjure", "forswear"})
FIGHTING_NOUNS = frozenset({"violence", "arm", "weapon", "attack", "hostility", "fighting", "struggle",
                            "insurgency", "terrorism", "offensive", "bombing", "shelling", "raid", "rebellion"})


def stops_fighting(clause: "Token") -> bool:
    """The clause asks its subject to stop using force: a stopping verb (with its particle) whose
    object is force, or a violent activity ("give up their violent activities")."""
    lemma = clause.lemma_.lower()
    prt = next((p.lower_ for p in clause.children if p.dep_ == "prt"), None)
    if lemma not in STOPPING_VERBS and f"{lemma}_{prt}" not in STOPPING_VERBS:
        return False
    for obj in (c for c in clause.children if c.dep_ == "dobj"):
        words = {obj.lemma_.lower(), *(m.lemma_.lower() for m in obj.children if m.dep_ in ("amod", "compound"))}
        if words & FIGHTING_NOUNS or "violent" in words or "armed" in words:
            return True
    return False
