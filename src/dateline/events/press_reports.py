"""A report, story or article that an act answers is the press's that carried it: "The
Washington Post reported that ... Trump dismissed the report as fake news" -> USAGOV 111 USAMED.

Criticism (11), rejection (12) and denial (016) aimed at "the report" / "the story" are aimed,
for a reader, at whoever published it (WIKINEWS_EVENTS.md: definite descriptions are resolved
from the article; journalists and media companies are MED). `coder._reporting_media` already
codes a denial of a report at the press of the denier's country; this module is asked last, when
no other reader found a target, and for the other answering roots as well:

1. the teller the article named before the answer, the latest within REACH characters: a
   media actor that is the subject of a saying verb ("a Moscow newspaper said"), or any actor
   tied to a report of its own ("The Washington Post reported", "Human Rights Watch said in a
   report", "a UN report", "the Times' story", target65: "the World Bank released a report");
2. else, for the nouns that only the press writes ("story", "article", "broadcast", "coverage",
   "editorial"), the press of the answering side's own country (the fall-back
   `_reporting_media` uses for denials).

A plain "report" with no press named before is left alone: governments, the UN and rights
groups write reports too. Only a definite noun counts ("the report", "this story"), never one
with its own owner phrase (the other readers resolve those), and never a negated answer.
Pure functions on spaCy tokens; actor resolution is the coder's, passed in as `resolve`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

Resolver = Callable[[list["Token"]], list[tuple["Token", Actor]]]

# Nouns for what someone reports; the second set is only ever written by the press.
REPORT_NOUNS = frozenset({"report", "story", "article", "broadcast", "coverage", "editorial", "reporting"}) \
    | frozenset({"finding", "findings", "study", "survey", "audit", "assessment", "dossier"})  # target65: what a report finds
PRESS_ONLY = frozenset({"story", "article", "broadcast", "coverage", "editorial", "reporting"})
# target65: verbs whose subject puts out a report of its own when a report noun is their object
# ("The World Bank released a report", "the committee issued a report").
ISSUING_VERBS = frozenset({"release", "issue", "present", "unveil", "submit", "produce", "compile", "prepare",
                           "publish", "deliver", "file"})
# Verbs whose subject tells a report.
TELLING_VERBS = frozenset({"report", "say", "write", "publish", "claim", "reveal", "allege", "broadcast", "air",
                           "print", "quote", "carry", "run", "cite"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
_OWN = frozenset({"by", "from", "in", "of"})
ANSWER_ROOTS = frozenset({"11", "12"})
# Labels that deny what a report says ("described the story as a hoax", "dismissed the report as
# false"): such an answer is a denial (016), as context.denied_claim reads 'called the claim "false"'
# (the Wikinews gold codes "described the story as possibly a hoax" 016).
DENYING_LABELS = frozenset("false untrue lie lies fabrication fabricated baseless unfounded groundless "
                           "nonsense fake invented hoax hoaxes fiction fictitious".split())
REACH = 1500


def answers_report(code: str) -> bool:
    """Roots whose target a report noun can stand for: criticism, rejection, denial."""
    return code[:2] in ANSWER_ROOTS or code == "016"


def report_noun(toks: list["Token"]) -> "Token | None":
    """The definite, ownerless report noun among `toks` ("the report", "this story"), else None."""
    for t in toks:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in REPORT_NOUNS:
            continue
        kids = list(t.children)
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids):
            continue
        if any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "amod" and c.ent_type_
               or c.dep_ == "prep" and c.lower_ in _OWN for c in kids):
            continue
        return t
    return None


def _tellers(doc, before: int) -> list[tuple["Token", bool]]:
    """Tokens naming a report's teller before char offset `before`, latest first, each with
    whether a report noun or "report"/"publish" ties it to a report of its own ("X said in a
    report", "an X report", "X published"): such a teller may be any actor, a plain sayer only
    the press."""
    out = []
    for t in doc:
        if t.idx >= before or before - t.idx > REACH or t.pos_ not in ("PROPN", "NOUN"):
            continue
        head = t.head
        if t.dep_ == "nsubj" and head.lemma_.lower() in TELLING_VERBS:
            own = head.lemma_.lower() in ("report", "publish") or any(
                p.dep_ == "prep" and p.lower_ == "in" and any(g.lemma_.lower() in REPORT_NOUNS for g in p.children)
                for p in head.children)
            out.append((t, own))
        elif t.dep_ == "nsubj" and head.lemma_.lower() in ISSUING_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in REPORT_NOUNS for c in head.children) \
                and not filters.is_negated(head):
            out.append((t, True))  # target65: "The World Bank released a report on Asia"
        elif t.dep_ in ("poss", "compound") and head.lemma_.lower() in REPORT_NOUNS:
            out.append((t, True))
    return list(reversed(out))


def press_of_report(code: str, trigger: "Token", toks: list["Token"], sources: list[tuple["Token", Actor]],
                    resolve: Resolver, told_only: bool = False) -> list[tuple["Token", Actor]]:
    """The press that carried the report an answer is aimed at (module doc); [] when none.
    `told_only`: step 1 only (the coder asks so before `act_targets.act_author`, which would
    take an actor of the reported act itself)."""
    if not answers_report(code) or len(sources) != 1 or filters.is_negated(trigger):
        return []
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]
    # "called the article fake news": the small clause's subject is what is labelled
    noun = report_noun(toks + objs + [g for o in objs for g in o.children if g.dep_ in ("nsubj", "dobj", "nmod")])
    if noun is None:
        return []
    src = sources[0][1]
    for t, own in _tellers(trigger.doc, noun.idx):
        got = [x for x in resolve([t]) if (own or x[1].role == "MED") and x[1].code and x[1].code != src.code
               and not (x[1].entity and x[1].entity == src.entity)]
        if got:
            return [(noun, got[0][1])]
    if not told_only and noun.lemma_.lower() in PRESS_ONLY and src.country:
        return [(noun, Actor(None, noun.text, src.country + "MED", src.country, "MED"))]
    return []


def denying_label(trigger: "Token") -> bool:
    """The answer labels what it answers with a denying word: the verb's "as" phrase or its
    object predicate ("dismissed the report as false", "called the story fake news")."""
    labels = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children]
    labels += [c for c in trigger.children if c.dep_ in ("oprd", "acomp")]
    return any(t.lemma_.lower() in DENYING_LABELS or t.lower_ in DENYING_LABELS for g in labels for t in g.subtree)
