"""The story's strike told again by its noun (frame72, docs/evaluation/events-frame72.md).

A wire story about a strike names it once as an act ("4,000 miners went on strike at the mine":
LAB 143 BUS) and then as the subject of what it did: "the strike halted production", "the
stoppage forced postponement of the meeting", "ships have been halted by the strike", "a strike
which began on June 11". The round-71 annotators code each such sentence as the strike again
(docs/evaluation/events-annr71a.md: "strikes as nominal subjects ('a strike closed the ports') are
coded 143"; annr71e: the subject of a finite relative, the agent of a passive), as the r18 and r7
annotators did. The strikers and their employer are the story's: the sentence's noun names
neither, so the latest strike the coder coded earlier in the article, with both sides, is copied
onto the sentence. A strike only in an adjunct ("the impact of the strike", "recovered from the
strike", "as a result of the strike") stays uncoded, as do negated or hypothetical clauses and a
strike of another kind (a hunger strike, an air strike).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.model import Event

STRIKE_NOUNS = frozenset({"strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages"})
#: A labour party's strike only: a parliament's boycott (LEG) or an army's strike is no story strike
#: a later "the strike took place at Baghdad airport" tells again.
STRIKER_ROLES = frozenset({"LAB", "EDU", "HLH", "AGR", "BUS", "CVL"})
_SERIES = frozenset({"series", "wave", "round", "string", "spate"})
_OTHER_KINDS = frozenset({"hunger", "air", "military", "missile", "nuclear", "pre-emptive", "preemptive", "first"})


def _strike_told(tok: "Token") -> "Token | None":
    """The finite verb the strike noun is the subject (or passive agent) of, else None."""
    if tok.lower_ not in STRIKE_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.lower_ in _OTHER_KINDS for c in tok.children if c.dep_ in ("compound", "amod")):
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _SERIES \
            and tok.head.head.dep_ == "nsubj":  # "the series of strikes began on January 19"
        tok = tok.head.head
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent":
        verb = tok.head.head
    else:
        rel = next((c for c in tok.children if c.dep_ == "relcl"), None)
        if rel is None or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in rel.children):
            return None
        verb = rel
    if filters.is_negated(verb) or filters.is_hypothetical(verb) or verb.tag_ in ("VB", "VBG") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "should", "'ll") for c in verb.children):
        return None
    return verb


def _quoted(tok: "Token") -> bool:
    """The noun stands inside a quotation ('said: "... the seamen's strike carries a cost"'): the
    speaker's comment on the strike, which the annotators code as the comment."""
    before = tok.doc[tok.sent.start:tok.i].text
    return before.count('"') % 2 == 1


def restated(doc: "Doc", events: "list[Event]") -> "list[Event]":
    """Events with the story's strike copied onto each later sentence whose subject is the strike."""
    strikes = [ev for ev in events if ev.code == "143" and ev.target is not None and ev.target.code
               and ev.source.role in STRIKER_ROLES and ev.source.code != ev.target.code]
    if not strikes:
        return events
    added: list["Event"] = []
    for sent in doc.sents:
        if any(ev.code == "143" and sent.start_char <= ev.evidence.start < sent.end_char for ev in events):
            continue
        noun = next((t for t in sent if _strike_told(t) is not None and not _quoted(t)), None)
        if noun is None:
            continue
        earlier = [ev for ev in strikes if ev.evidence.end <= sent.start_char]
        if not earlier:
            continue
        last = earlier[-1]
        words = [t for t in sent if not t.is_space]
        added.append(replace(last, evidence=Span(words[0].idx, words[-1].idx + len(words[-1].text)),
                             trigger=Span(noun.idx, noun.idx + len(noun.text)), pattern="143 story strike told again"))
    if not added:
        return events
    return sorted([*events, *added], key=lambda ev: ev.evidence.start)
