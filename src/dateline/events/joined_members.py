"""frame68b: "Poland became a member of NATO" names the joining with a copula.

The verb dictionary's joining lines ("join +alliance|nato ...", "accede to:alliance") need a
direct object or a "to" phrase; "became (full) members of NATO" has neither: the parser makes
"members" the copula's attribute (attr). The annotators code it as joining (057 to the body,
docs/evaluation/events-annt67b.md), so for "become" the attribute "member" plays the object
and the line "057 become +member of:alliance|nato|union ... >of" takes it. Other attributes
("became president", "became a rival") are not objects: nothing else changes. A becoming told as
the time of something else ("before they became EC members") is background and left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

MEMBER_NOUNS = frozenset({"member"})
BACKGROUND_MARKS = frozenset({"before", "after", "since", "until", "till", "when", "once", "as", "while"})


def member_attribute(tok: "Token") -> "Token | None":
    """The "member(s)" attribute of a form of "become", or None."""
    if tok.lemma_.lower() != "become":
        return None
    if tok.dep_ == "relcl" or any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children):
        return None  # "before they became EC members", "Spain, which became a member of the EC": background
    return next((c for c in tok.children if c.dep_ == "attr" and c.lemma_.lower() in MEMBER_NOUNS), None)
