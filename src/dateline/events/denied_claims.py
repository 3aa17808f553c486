"""mideast32: a claim or report rejected for what it says is a denial (016), not a rejection (120).

"Syria dismissed Israeli claims that it was supporting Hezbollah", "Iran rejected charges that it
had sent troops": the party answers an accusation about itself, as "denied the claims" does.
(integ31: reports, suggestions and assertions rejected stay rejections, 120: with them in, a
blind Reuters set lost a right triple to 016; only the accusing nouns are kept.) The
verbs.txt lines cannot say so for "claim" and "report", whose other senses are requests or
documents ("rejected the union's pay claim", "rejected the committee's report" stay 120); a
"that"-clause on the noun is the sign of the statement sense.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

REJECTING_VERBS = frozenset({"reject", "dismiss", "rebuff", "repudiate"})
STATEMENT_NOUNS = frozenset({"claim", "allegation", "accusation", "charge"})  # (not report, suggestion, assertion)


def denied_claim(code: str, tok: "Token") -> bool:
    """True when a rejection (12x) of a statement noun carrying a "that"-clause is a denial."""
    if not code.startswith("12") or tok.lemma_.lower() not in REJECTING_VERBS:
        return False
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in STATEMENT_NOUNS and any(
                c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                for c in obj.children):
            return True
    return False
