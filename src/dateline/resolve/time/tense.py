"""Which way a relative date points: the tense of the clause it sits in.

"He met them on Monday" (past: the Monday before the anchor) versus "he will meet them on
Monday" (future: the next one). With a parse, the governing verb's morphology decides
(VBD, "will"/"shall", "going to"); without one, a small cue scan over the sentence does.
Returns -1 (past), +1 (future) or 0 (no evidence).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}
#: verbs whose complement clause is about what is still to come
_PROSPECTIVE = {"plan", "expect", "schedule", "due", "intend", "hope", "aim", "set", "promise",
                "vow", "prepare", "want", "seek", "propose", "try", "agree", "threaten", "go"}


def verb_tense(verb: "Token") -> int:
    """-1 for a past-tense verb group, +1 for a future one, 0 otherwise."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return 1
    if any(a.tag_ == "MD" for a in auxes):
        return -1 if any(a.lower_ == "have" for a in auxes) else 1  # "could have met" is past
    if any(a.lower_ == "to" for a in auxes) and verb.dep_ == "xcomp":
        head = verb.head
        if head.lemma_ in _PROSPECTIVE or head.lower_ == "going":
            return 1
        return verb_tense(head) if head is not verb else 0
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return -1
    if verb.tag_ == "VBN" and (auxes or verb.dep_ in ("acl", "relcl", "amod")):
        return -1  # "has said", "was released", "the report, released Tuesday"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return 1 if verb.tag_ == "VBG" or verb.lemma_ not in ("say", "be", "have") else 0
    return 0


def doc_direction(doc: "Doc", start: int, end: int) -> int:
    """The tense of the verb that governs the tokens at [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    tok = span.root
    for _ in range(8):  # climb to the nearest verb; clauses are shallow
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return verb_tense(tok)
        if tok.head is tok:
            break
        tok = tok.head
    return 0


_SENT_END = re.compile(r"[.!?\n]")
_FUT = re.compile(r"(?i)\b(?:will|shall|going\s+to|plans?\s+to|expected\s+to|scheduled|is\s+due|are\s+due|'ll|next|upcoming)\b")
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|said|told|ago|last|yesterday|\w{3,}ed)\b")


def text_direction(text: str, start: int, end: int) -> int:
    """A parse-free guess from cue words in the sentence around [start, end)."""
    left = max((m.end() for m in _SENT_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    m = _SENT_END.search(text, end)
    right = m.start() if m else min(len(text), end + 300)
    sentence = text[left:start] + " " + text[end:right]
    if _FUT.search(sentence):
        return 1
    if _PAST.search(sentence):
        return -1
    return 0
