"""politics30: "submitted an impeachment motion against President X": the impeachment (1121).

Impeachment is a formal accusation (WIKINEWS_EVENTS.md: 1121). Besides "impeached X" news tells
it through the motion, the articles or the proceedings a legislature or a party files, submits,
tables, passes or launches "against X". The dictionary line "pass +article of:impeachment" needs
the "of" form; the compound form ("an impeachment motion / impeachment proceedings against X")
and other filing verbs came out uncoded. The target is the "against" phrase, on the noun or on the
verb where the parser hangs it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

FILING_VERBS = frozenset({"submit", "file", "table", "introduce", "bring", "launch", "initiate", "start", "begin",
                          "open", "pass", "approve", "adopt", "present", "lodge"})
MOTION_NOUNS = frozenset({"motion", "proceedings", "proceeding", "petition", "resolution", "article", "articles",
                          "case", "bill", "complaint"})


def _against(tok: "Token") -> list["Token"]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
            if g.dep_ == "pobj"]


def _impeaching(noun: "Token") -> bool:
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == "impeachment" for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() == "impeachment" for g in c.children)
               for c in noun.children)


def impeachment_filed(verb: "Token") -> list["Token"] | None:
    """The one impeached by a motion filed ("submitted an impeachment motion against X"), or
    None when the verb files no impeachment naming its target."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FILING_VERBS:
        return None
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MOTION_NOUNS
                 and _impeaching(c)), None)
    if noun is None:
        return None
    return _against(noun) or _against(verb) or None
