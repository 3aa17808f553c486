"""quote51: "the statement said" after a sentence that says who issued the statement.

Wire and Wikinews copy introduce a text once with its author and then quote it by the bare
noun: 'North Korea issued a statement on Tuesday. "South Korea is responsible for the
tension," the statement said.' / 'In a statement, the party accused ... . "The PUK has broken
the truce," the statement added.' The bare "the statement" names no author in its own phrase
(authored.py leaves such a message alone), so the quote had no source and was lost. Its
author is the author of the nearest earlier mention of the same message noun: that mention's
own author phrase ("a statement by X", "X's statement"), the subject of the verb that issued
it ("X issued / released / published a statement"), or the speaker of "X said in a statement".

Guards: only a definite bare noun ("the statement", not "a statement", not "the army's
statement", which authored.py reads), only the nearest earlier mention within reach (a nearer
mention with no readable author gives no answer rather than a guess further back), and only
when the noun is the subject of the clause that speaks (the source side).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.authored import ISSUE_VERBS, carried_sign, is_message, message_author

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How far back (characters) an earlier mention of the message may be.
REACH = 1500
#: Verbs of saying that carry "in a statement" ("X said in a statement").
SAYING_VERBS = frozenset("say add state announce declare tell insist accuse warn urge "
                         "call condemn deny claim charge".split())
_SUBJ = frozenset({"nsubj", "nsubjpass"})


def _bare_definite(tok: "Token") -> bool:
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids):
        return False
    return not any(c.dep_ in ("poss", "compound", "nmod", "appos")
                   or c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                   or c.dep_ == "amod" and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
                   for c in kids)


def _other_ones(tok: "Token") -> bool:
    """source62: "other banners said", "more placards read": a plural message noun with no
    determiner, only "other" / "more" / "further", takes up the ones introduced before."""
    kids = list(tok.children)
    return tok.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in ("other", "more", "further") for c in kids) \
        and not any(c.dep_ in ("det", "poss", "compound", "nmod", "appos", "nummod") or c.dep_ == "prep"
                    or c.dep_ == "amod" and c.lower_ not in ("other", "more", "further") for c in kids)


def _subject(verb: "Token") -> "Token | None":
    subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    if subj is None and verb.dep_ == "conj":  # "X met Y and issued a statement"
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
    if subj is None and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        # source62: "students marched, carrying placards": the marchers carry them
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)
    if subj is not None and is_message(subj):
        return None
    return subj


def issuer(mention: "Token") -> "Token | None":
    """Who issued the message `mention` (an indefinite or authored mention): its author phrase,
    the subject of an issuing verb it is the object of, or the speaker of "said in <it>"."""
    if (author := message_author(mention)) is not None:
        return author
    head = mention.head
    if mention.dep_ == "dobj" and head.pos_ == "VERB" and (head.lemma_.lower() in ISSUE_VERBS
                                                           or carried_sign(mention, head)):
        return _subject(head)
    if mention.dep_ == "pobj" and head.lower_ in ("in", "through") and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in SAYING_VERBS:
        return _subject(head.head)
    return None


def earlier_author(tok: "Token") -> "Token | None":
    """The author of the earlier mention a bare "the statement" (subject of its clause) takes up,
    or None."""
    if not is_message(tok) or tok.dep_ not in _SUBJ or not (_bare_definite(tok) or _other_ones(tok)):
        return None
    lemma = tok.lemma_.lower()
    doc = tok.doc
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if tok.idx - t.idx > REACH:
            return None
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        if _bare_definite(t):
            continue  # another "the statement": look further back for the one introduced
        return issuer(t)  # the nearest introducing mention decides, even when it names no one
    return None
