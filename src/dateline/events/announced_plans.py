"""Intentions announced by a noun (tuneact45; docs/evaluation/events-tuneact45.md).

"Moscow announced a complete withdrawal from Afghanistan", "Washington announced the pullout of its
troops from Somalia": a withdrawal announced is the announced intention to de-escalate (0356, the
intent form of 087), as the training gold codes it. "X announced plans for talks with Y": the plan
noun makes the act intended (03x), as "announced plans to meet Y" already codes (appeals.nominal_intent);
modal61-full (merged by reported64): "X announced plans for sanctions against Y" is X's threat (1312),
as "plans to impose" is.

Only the announcer's own act: a noun with a possessor, a "by" doer or a "between" pair names someone
else's act ("announced Syria's withdrawal"). Other act nouns under "announce" stay as they were: an
agreement or an arrest announced is done, not intended. Negated or hypothetical announcing verbs
announce nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that put an act on record as the subject's own decision.
ANNOUNCING = frozenset({"announce", "unveil", "declare", "order"})
#: Nouns of withdrawal (087) whose announcement is the intent to withdraw.
WITHDRAWAL_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "pullback"})
#: Plan nouns: "announced plans for talks with Y".
PLAN_NOUNS = frozenset({"plan", "plans"})
#: Roots whose act a plan noun can intend (meetings, cooperation, aid, concessions), as readiness.py.
PLANNED_ROOTS = frozenset({"04", "05", "06", "07", "08"})
#: modal61: sanctions and cut ties (16x) a plan noun announces ("announced plans for new sanctions
#: against Russia"): an announced hostile act is a threat (the coder maps it with `threat_code`,
#: 1312 for sanctions), as "announced plans to impose sanctions on Russia" already codes.
THREATENED_ROOTS = frozenset({"16"})


def _announcer(verb: "Token") -> "list[Token] | None":
    from dateline.events import filters
    from dateline.events.frames import subjects

    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ANNOUNCING:
        return None
    if filters.is_negated(verb) or filters.is_hypothetical(verb):
        return None
    return subjects(verb) or None


def _own_act(noun: "Token") -> bool:
    return not any(c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our")
                   or c.dep_ == "prep" and c.lower_ in ("by", "between") for c in noun.children)


def announced_withdrawal(tok: "Token") -> bool:
    """The noun is a withdrawal its verb's subject announces as its own (filters.nominal_argument
    keeps it: the announcement is the news)."""
    return tok.dep_ == "dobj" and tok.lemma_.lower() in WITHDRAWAL_NOUNS and _own_act(tok) \
        and _announcer(tok.head) is not None


def announced_intender(tok: "Token", code: str) -> "list[Token] | None":
    """Who announced the act noun `tok` (coded `code`) as their own intention, or None."""
    if tok.dep_ == "dobj" and tok.lemma_.lower() in WITHDRAWAL_NOUNS and code[:3] == "087" and _own_act(tok):
        return _announcer(tok.head)
    if tok.dep_ == "pobj" and (code[:2] in PLANNED_ROOTS or code[:2] in THREATENED_ROOTS) and _own_act(tok):
        prep, plan = tok.head, tok.head.head
        if prep.lower_ == "for" and plan.lemma_.lower() in PLAN_NOUNS and plan.dep_ == "dobj":
            return _announcer(plan.head)
    return None
