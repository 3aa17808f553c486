"""Which way a relative date points: the tense of the clause it sits in.

"He met them on Monday" (past: the Monday before the anchor) versus "he will meet them on
Monday" (future: the next one). With a parse, the governing verb's morphology decides
(VBD, "will"/"shall", "going to"); without one, a small cue scan over the sentence does.
Returns -1 (past), +1 (future) or 0 (no evidence).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}
#: verbs whose complement clause is about what is still to come
_PROSPECTIVE = {"plan", "expect", "schedule", "due", "intend", "hope", "aim", "set", "promise",
                "vow", "prepare", "want", "seek", "propose", "try", "agree", "threaten", "go",
                "decide", "vote", "slate", "announce", "call"}
#: verbs whose own date is ahead of the telling: "planned a rally for Saturday"
_PLANNED = {"plan", "schedule", "expect", "slate", "due", "intend"}
#: phrases right before a day that put it ahead ("as early as Tuesday"); deadlines and
#: start dates ("until 9 a.m. Tuesday", "effective Feb. 1") are nearly always still to come
#: when reported (TimeBank: 12 of 13), whatever the tense of the verb ("was given until")
_AHEAD = re.compile(r"(?i:as\s+(?:early|soon|late)\s+as|no\s+later\s+than|in\s+time\s+for|ahead\s+of|"
                    r"in\s+the\s+run-up\s+to|in\s+advance\s+of|effective|until|till)\s+$")
#: "since Tuesday", "since March": counted up to now, so in the past
_BEHIND = re.compile(r"(?i:since|ever\s+since)\s+$")


def verb_tense(verb: "Token") -> int:
    """-1 for a past-tense verb group, +1 for a future one, 0 otherwise (simple present:
    "the talks begin Tuesday" and "the move follows Tuesday's decision" both occur)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return 1
    if "had" in lowers:
        return -1  # the past perfect: "had been scheduled to expire Friday"
    if verb.lemma_ in _PLANNED:
        return 1  # "planned a rally on Saturday", "was scheduled for March": ahead of the plan
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return -1  # "met", "was meeting", "had been due to"
    if any(a.lemma_ == "have" for a in auxes):
        return -1  # the present perfect reports the past: "has said", "have been searching"
    if any(a.tag_ == "MD" for a in auxes):
        # "would meet Monday" looks ahead; "could be located Wednesday" is as often past
        return 0 if "could" in lowers else 1
    if "to" in lowers:  # an infinitive looks ahead of its governing verb, unless that is past
        head = verb.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.lemma_ in _PROSPECTIVE:
                return -1 if any(c.lower_ == "had" for c in head.children) else 1
            return -1 if verb_tense(head) < 0 else 1
        return 1
    if verb.tag_ == "VBN":
        if verb.lemma_ in _PLANNED or verb.lower_ in ("expected", "scheduled", "slated", "due"):
            return 1  # "is expected in December"
        if not auxes:
            return -1  # "the report, released Tuesday"; a main verb tagged VBN is a past
        return 0
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return 1  # "is meeting on Monday"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in ("say", "be", "have", "tell"):
        return 1  # "they meet Monday": the news present of schedules
    return 0


def doc_direction(doc: "Doc", start: int, end: int, text: str | None = None) -> int:
    """The tense of the verb that governs the tokens at [start, end); pass `text` (the
    doc's text) to spare rebuilding it from the tokens."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    text = text if text is not None else doc_text(doc)
    if _AHEAD.search(text, max(0, start - 40), start):
        return 1
    if _BEHIND.search(text, max(0, start - 20), start):
        return -1
    tok = _head_word(span)
    if tok.dep_ == "poss" and tok.pos_ in ("PROPN", "NOUN"):
        return -1  # "Wednesday's ruling": an event already reported
    for _ in range(8):  # climb to the nearest finite verb; clauses are shallow
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            if tok.tag_ == "VBD" and tok.lemma_ in _PLANNED and span.start < tok.i \
                    and not (span.start > 0 and doc[span.start - 1].lower_ == "for"):
                return -1  # "On Friday, officials planned to ...": the day of the planning
            tense = verb_tense(tok)
            if tense or not _non_finite(tok):
                return tense
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return 0


def _depth(tok: "Token") -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _head_word(span) -> "Token":
    """The span's syntactic head, skipping determiners and possessive pronouns ("its third
    quarter" is headed by "quarter", not "its")."""
    words = [t for t in span if t.tag_ not in ("DT", "PRP$", "WP$", "IN", "CC", "HYPH")] or list(span)
    return min(words, key=_depth)


def _non_finite(verb: "Token") -> bool:
    """A participle or gerund with no auxiliary takes its tense from the verb above."""
    return verb.tag_ in ("VBG", "VBN", "VB") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and verb.head.i != verb.i


_SENT_END = re.compile(r"[.!?\n]")
_FUT = re.compile(r"(?i)\b(?:will|shall|going\s+to|plans?\s+to|expected\s+to|scheduled|is\s+due|are\s+due|'ll|next|upcoming)\b")
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|said|told|ago|last|yesterday|\w{3,}ed)\b")


def text_direction(text: str, start: int, end: int) -> int:
    """A parse-free guess from cue words in the sentence around [start, end)."""
    if _AHEAD.search(text, max(0, start - 40), start):
        return 1
    if _BEHIND.search(text, max(0, start - 20), start):
        return -1
    left = max((m.end() for m in _SENT_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    m = _SENT_END.search(text, end)
    right = m.start() if m else min(len(text), end + 300)
    sentence = text[left:start] + " " + text[end:right]
    if _FUT.search(sentence):
        return 1
    if _PAST.search(sentence):
        return -1
    return 0
