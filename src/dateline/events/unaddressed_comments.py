"""spurious73: a comment declined with no addressee is not coded.

"X declined to comment (on the report)", "X had no comment on the rumours", "X did not comment
on reports that ...": the coder used to aim these at the press (the wire's ---MED when no one is
named, the report's medium when a report is the topic). Every annotator of the Reuters batches
since annr67d writes the same convention (docs/evaluation/events-annr67d.md, annr69a-d,
annr71a-h, annr73a-f): declined comment is coded (011) only toward an addressee the sentence
names, whoever asked ("when asked by reporters", "asked by Reuters") or was told ("told
Reuters"); a report the comment is *on* is its topic, not its addressee. On the tuning files the
press read was the largest single class of wrong triples in sentences with no gold triple (14
of 272), against 2 right ones from the earliest files.

Left as they were: "could not confirm or deny the report" (lexicon18: the idiom withholds
comment from the report's medium, and the tuning gold codes it), a non-press party whose
statement is the topic ("had no comment on the Chinese statement": a reaction to China,
tuneact45), and any addressee found by the coder's asker readers.

Pure: tokens in, a yes or no out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_DECLINING = frozenset({"decline", "refuse"})
_GIVING = frozenset({"have", "make", "offer", "give", "issue"})
_NEGATIONS = frozenset({"not", "n't", "never"})


def _comment_word(trigger: "Token") -> "Token | None":
    """The "comment" of a declined comment at `trigger`, or None when `trigger` declines none:
    "declined to comment", "declined comment", "refused all comment", "had no (immediate)
    comment", "did not comment"."""
    lemma = trigger.lemma_.lower()
    if lemma in _DECLINING:
        return next((c for c in trigger.children if c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() == "comment"), None)
    if lemma != "comment":
        if lemma in _GIVING:
            return next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() == "comment"
                         and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None)
        return None
    if trigger.head.lemma_.lower() in _DECLINING and trigger.dep_ in ("xcomp", "dobj"):
        return trigger
    if trigger.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "no" for d in trigger.children):
        return trigger  # "had no comment on ...": the coder's trigger is the noun
    if trigger.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" and c.lower_ in _NEGATIONS for c in trigger.children):
        return trigger
    return None


def declined(trigger: "Token") -> bool:
    """`trigger` declines or withholds a comment (not "could not confirm or deny")."""
    return _comment_word(trigger) is not None


def _topic_tokens(trigger: "Token") -> set[int]:
    """Token indices inside the "on" / "about" phrase of the declined comment (or of the verb
    that declines it): what the comment would have been on."""
    comment = _comment_word(trigger)
    heads = [trigger] if comment is None or comment == trigger else [trigger, comment]
    if comment is not None and comment != trigger and comment.head not in heads:
        heads.append(comment.head)
    return {t.i for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "about")
            for t in p.subtree}


def unaddressed(trigger: "Token", target_tok: "Token", role: str | None) -> bool:
    """A press target of a declined comment that the sentence names as no addressee: the report
    or rumour the comment is on ("declined to comment on the newspaper report"), or no word of
    the sentence at all (the wire's press, put on the trigger itself)."""
    if role != "MED" or not declined(trigger):
        return False
    return target_tok.i == trigger.i or target_tok.i in _topic_tokens(trigger) \
        or (c := _comment_word(trigger)) is not None and target_tok.i == c.i
