"""target71: a member answering "its quota" answers the body that set the quota.

"Iraq rejected its quota" (an OPEC story), "Indonesia rejected its quota" (coffee talks of the
International Coffee Organization), "Ireland rejected its milk quota" (EC): the object's
possessor is the acting state itself, so the pair was dropped as an actor acting on itself. A
quota is allotted to a member by a body (OPEC production quotas, ICO export quotas, EC milk
quotas); the tuning files code these rejections toward that body (IRQ 120 IGOOPC twice), as
"rejected its OPEC quota" already codes when the body is named in the phrase.

The body: an organisation named in the quota's own phrase, else the nearest organisation named
before in the article that resolves to an intergovernmental code (IGO..., ---IGO). None when
the article names no such body: then the old drop stands.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

QUOTA_NOUNS = frozenset("quota quotas allocation allotment".split())
#: Answers to an allotted quota (statements, appeals, commitments, talks, agreement, demands,
#: complaints, rejections); a state cutting or lifting its own import quota (08x, 16x) acts on
#: traders, not on a body.
ANSWER_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12"})


def _quota_noun(tok: "Token") -> "Token | None":
    """The quota noun the target token is or owns ("its quota": "its" or "quota")."""
    if tok.lemma_.lower() in QUOTA_NOUNS:
        return tok
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in QUOTA_NOUNS:
        return tok.head
    return None


def _intergovernmental(actor: "Actor | None") -> bool:
    return actor is not None and bool(actor.code) and (actor.code.startswith("IGO") or actor.code.startswith("---IGO"))


def quota_body(code: str, ttok: "Token | None", resolve: Callable[["Token"], "Actor | None"]) -> "Actor | None":
    """The intergovernmental body whose quota the target token names, or None."""
    if code[:2] not in ANSWER_ROOTS or ttok is None or (quota := _quota_noun(ttok)) is None:
        return None
    for w in quota.subtree:  # "its OPEC quota", "its quota under the ICO agreement"
        if w.ent_type_ == "ORG" and w.i != ttok.i and _intergovernmental(found := resolve(w)):
            return found
    doc = quota.doc
    for ent in reversed([e for e in doc.ents if e.label_ == "ORG" and e.end <= quota.sent.start]):
        if _intergovernmental(found := resolve(ent.root)):
            return found
    return None
