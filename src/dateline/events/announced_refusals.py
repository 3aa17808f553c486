"""Refusals announced with "will not" or "no intention of" (stance35; docs/evaluation/events-stance35.md).

"Israel said it will not release the prisoners", "Russia said it would not withdraw its troops
from Georgia", "the president has no intention of calling off the sanctions", "Kenya is not
willing to hold talks with the rebels": a party announcing that it withholds a cooperative act
rejects it (CAMEO 12x), as "refused to release the prisoners" does. The negated act is otherwise
dropped as a non-event (WIKINEWS_EVENTS.md: negated events are not coded); a refusal is coded.

The refusal code follows CAMEO's own mirror of yielding (08x) in refusing to yield (124x):
release 084x -> 1243, easing sanctions 085 -> 1244, withdrawing forces 087x -> 1246, allowing
involvement 086x -> 1245; meeting and talks (036, 04x) -> 125; material cooperation 061/062 ->
1211/1212; other cooperation (03x-08x) -> 120. A hostile act withheld ("will not attack Y") is an
assurance, no rejection; statements and appeals (01x, 02x) withheld are nothing here.

Only an announcement: "did not release them on Monday" is a negated event, "could not meet"
an inability, "will not meet until May" a schedule, "not only ... but" no refusal, "if elected, he
would not meet Y" a condition, "would not have met Y without" a counterfactual. "X said Y will not
release them" is Y's refusal, as the standard codes the reported act with Y as its source.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Auxiliaries that announce: "will / would / shall not", "won't" ("wo").
_ANNOUNCING = frozenset({"will", "would", "'ll", "shall", "wo"})
#: Words beside the negation that make it no refusal: a schedule or "not only".
_NOT_A_REFUSAL = frozenset({"until", "till", "before", "only", "yet"})


def refusal_code(code: str) -> str | None:
    """The 12x code for refusing the cooperative act `code`; None when no refusal is read."""
    if code[:3] == "036" or code[:2] == "04":
        return "125"
    if code[:2] == "08":
        mirror = {"084": "1243", "085": "1244", "086": "1245", "087": "1246", "081": "1241", "082": "1242"}
        return mirror.get(code[:3], "124")
    if code[:3] == "061":
        return "1211"
    if code[:3] == "062":
        return "1212"
    if code[:2] in ("03", "05", "06", "07"):
        return "120"
    return None


def announced(verb: "Token") -> bool:
    """True when the negated verb announces a refusal: "will not / would not / won't <act>", no
    passive, no schedule ("not until May") and no "not only"."""
    act = verb
    if (going := going_to(verb)) is not None:  # mood72: "is not going to give in": as "will not"
        if _conditional(going) or not any(c.dep_ == "neg" for c in going.children):
            return False
        verb = going if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) else verb
    elif not any(c.dep_ == "neg" for c in verb.children):
        return False
    elif not any(c.dep_ == "aux" and c.lower_ in _ANNOUNCING for c in verb.children):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") or c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False  # "will not be held" (passive), "would not have met Y without ..." (counterfactual)
    if _conditional(verb):
        return False
    return not any(t.lower_ in _NOT_A_REFUSAL for v in {verb, act} for c in v.children
                   if c.dep_ in ("advmod", "prep", "advcl", "mark", "neg") for t in c.subtree)


#: Nouns of a plan or intention that "no" denies: "has no intention of", "has no plans to".
PLAN_NOUNS = frozenset({"intention", "intent", "plan", "plans", "desire", "wish"})


def denied_plan(act: "Token") -> "list[Token] | None":
    """ "X has no intention of releasing Y", "X has no plans to withdraw": the subjects of the
    having verb (who withholds the act); None when the act is not told that way."""
    if act.dep_ == "pcomp" and act.head.lower_ == "of":
        noun = act.head.head
    elif act.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
        noun = act.head
    else:
        return None
    if noun.lemma_.lower() not in PLAN_NOUNS and noun.lower_ not in PLAN_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    gov = noun.head
    if noun.dep_ != "dobj" or gov.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in gov.children):
        return None
    from dateline.events.frames import subjects

    return subjects(gov) or None


#: "Be" auxiliaries of "is / was not going to <act>" (mood72: an announcement as "will not" is).
_BE = frozenset({"is", "are", "was", "were", "'s", "'re", "am", "'m"})


def going_to(verb: "Token") -> "Token | None":
    """The "going" of "X is not going to <verb>", when the verb is its "to"-complement; else None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lower_ != "going" or head is verb:
        return None
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    return head if any(c.dep_ == "aux" and c.lower_ in _BE for c in head.children) else None


def _conditional(verb: "Token") -> bool:
    """An "if" clause on the verb or on the verb of saying above it: "if elected, he said he would not"."""
    for v in (verb, verb.head):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               for c in v.children):
            return True
    return False

