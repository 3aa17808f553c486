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
    """-1 for a past-tense verb group, +1 for a future one, 0 otherwise (simple present:
    "the talks begin Tuesday" and "the move follows Tuesday's decision" both occur)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return 1
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return -1  # "met", "was meeting", "had been due to"
    if any(a.lemma_ == "have" for a in auxes):
        return -1  # the present perfect reports the past: "has said", "have been searching"
    if any(a.tag_ == "MD" for a in auxes):
        return 1  # "could meet", "should arrive"
    if "to" in lowers:  # an infinitive looks ahead of its governing verb, unless that is past
        head = verb.head
        if head is not verb and head.pos_ in ("VERB", "AUX", "ADJ"):
            return -1 if verb_tense(head) < 0 else 1
        return 1
    if verb.tag_ == "VBN":
        if verb.lemma_ in _PROSPECTIVE or verb.lower_ in ("expected", "scheduled", "slated", "due", "set"):
            return 1  # "is expected in December"
        if not auxes and verb.dep_ in ("acl", "relcl", "amod", "advcl"):
            return -1  # "the report, released Tuesday"
        return 0
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return 1  # "is meeting on Monday"
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
