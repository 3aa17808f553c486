"""Why a sentence's dictionary word made no act (noact50; issue #4), for the eval's loss tables.

Why: "no act: a dictionary word" is the largest loss class on every set (about a sixth of the gold
triples), and the blind sets may only be read as counts. This splits it by what the coder itself
sees at the sentence's main dictionary word (the one nearest the root, verbs before nouns): a verb
in a clause the coder filters (negated, hypothetical or future, a question); a verb heading a
relative or adverbial clause; a participle used as a modifier; a verb whose frame (object,
preposition) no pattern takes, with or without an event noun in the sentence; a verb whose frame a
pattern takes but no rule read; or no dictionary verb, only an event noun (a nominal event). Counts only: nothing here changes what is coded.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.eval.event_losses import NOACT_REASONS
from dateline.events import filters
from dateline.events.frames import verb_frame
from dateline.events.patterns import Dictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FILTERED, CLAUSE, PARTICIPLE, NO_FRAME_NOUN, NO_FRAME, FRAME_READ, NOUN = NOACT_REASONS[:7]  # (the last is "other")


def _depth(tok: "Token") -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _verb_reason(tok: "Token", d: Dictionary, nouns: bool) -> str:
    if filters.is_negated(tok) or filters.is_hypothetical(tok) or filters.is_question(tok.sent):
        return FILTERED
    if tok.dep_ in ("amod", "acl") or tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBG") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return PARTICIPLE  # "the bombed embassy", "troops sent to X", "citing Y's attack"
    if tok.dep_ in ("relcl", "advcl"):
        return CLAUSE
    lemma = tok.lemma_.lower()
    if lemma in d.intent or lemma in d.threat or d.match(verb_frame(tok)) is not None:
        return FRAME_READ
    return NO_FRAME_NOUN if nouns else NO_FRAME


def no_act_reason(doc: "Doc", start: int, end: int, dictionary: Dictionary | None = None) -> str | None:
    """One of NOACT_REASONS for text[start:end) (whose sentences read no act), or None when no
    dictionary word is there. The word judged is the dictionary verb nearest the root, else the
    dictionary noun nearest the root (the same words `coder.dictionary_words_in_span` counts)."""
    from dateline.events.coder import _SentenceWords  # (imported late: the coder is the heavy module)
    from dateline.events.patterns import load_dictionary

    d = dictionary or load_dictionary()
    words = _SentenceWords(doc)
    verbs: list["Token"] = []
    nouns: list["Token"] = []
    for sent in doc.sents:
        if sent.start_char < end and start < sent.end_char:
            vs, ns = words.of(sent)
            # frame64: an auxiliary ("had already contacted", "did not get") is never the judged word
            verbs += [t for t in vs if start <= t.idx < end and (lem := t.lemma_.lower()) not in d.speech
                      and t.dep_ not in ("aux", "auxpass") and (d.knows(lem) or lem in d.intent or lem in d.threat)]
            nouns += [t for t in ns if start <= t.idx < end and d.knows(t.lemma_.lower(), "noun")]
    if verbs:
        return _verb_reason(min(verbs, key=_depth), d, bool(nouns))
    return NOUN if nouns else None
