"""Cooperative acts a party promises on the other side's conduct (modal70).

"Hawke said Australia would lift the ban on French ships if Paris halted its tests", "Reagan said
he would lift the tariffs if Tokyo opened its markets": a promise held out on a condition is an
offer, and the annotators of the r files code it as the intent of the act (0354, 0331, 0311: issue
#4, events-annr69*.md), as the coder already codes the same sentence with no "if" clause
(`coop.reported_future`). A hostile act on a condition is a threat (`general.conditional_threat`).

Read only when the condition is the act's own "if" / "unless" clause and another party's conduct:
its subject is named and is not the doer ("if it gets the loan" of the doer itself, "if elected",
"if necessary" are the doer's own circumstances or a hypothetical). The forecast and counterfactual
tests of `reported_future` still apply ("analysts said Japan would buy more if ...").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CONDITION_MARKS = frozenset({"if", "unless"})
# Sources that report opinion or forecasts, not a party's own promise.
NO_SPEAKERS = frozenset({"survey", "poll", "study", "report", "analysis", "forecast", "analyst", "economist",
                         "expert", "observer", "source"})
# Subjects that name no other party ("if it rains", "if there is a deal"), nor a speaker.
EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that", "which", "what"})


PARTY_PRONOUNS = frozenset({"they", "he", "she", "we", "you"})


def _party(tok: "Token") -> bool:
    """A name, a party pronoun or a noun the resolver can take for a party (as statements.condition_party)."""
    from dateline.events.statements import advisable_party
    if tok.pos_ == "PRON":
        return tok.lower_ in PARTY_PRONOUNS
    return tok.pos_ == "PROPN" or advisable_party(tok)


def condition_clause(act: "Token", marks: frozenset[str] = CONDITION_MARKS) -> "Token | None":
    """The act's own adverbial clause marked by one of `marks` ("if", "unless"; held_out_acts adds
    "until")."""
    return next((c for c in act.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in marks for m in c.children)), None)


def offered_on_condition(act: "Token", party: bool = True) -> bool:
    """`act` (the reported future verb) carries the sentence's only condition, an "if" / "unless"
    clause of its own whose subject is another party than the act's doer."""
    cond = condition_clause(act)
    if cond is None:
        return False
    marks = [t for t in act.sent if t.dep_ == "mark" and t.lower_ in CONDITION_MARKS | {"whether"}]
    if len(marks) != 1 or marks[0].head != cond:
        return False
    subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in EMPTY_SUBJECTS or party and not _party(subj):
        return False  # "if the rains failed", "if prices rose": no party's conduct (an offer needs one;
        # a threat word with its own target does not: "countermeasures against Y if the curbs go ahead")
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in NO_SPEAKERS for c in act.head.children):
        return False  # "most Spaniards would support talks if ..., a survey said": an opinion polled
    return doer is None or doer.lower_ != subj.lower_
