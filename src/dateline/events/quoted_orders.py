"""quote51: a quoted order told to a party: '"Release our prisoners now," X told Y'.

An imperative quotation attributed with "told Y" is X's demand on Y (CAMEO 10x; the standard
codes reported speech aimed at a target). The parse is plain: the quoted imperative is a
subjectless base-form ``ccomp`` (or, before the verb, ``advcl``) of "told", the addressee
its object. Before, nothing coded it:
the demand rules read "must / should" clauses ('"You must stop," X told Y') and "told Y to
<act>", not the bare imperative.

Guards: only "tell" with one addressee that is a party (a name or a role word, not the press or
private people: '"Come back tomorrow," the minister told reporters' is no demand); only a
direct quotation; no negated order ("Don't worry"); no verb of courtesy, patience or attention
("be patient", "wait", "listen", "let's talk", "thank you"), which ask for no act.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Imperatives that ask for no act toward anyone.
NO_ACT_ORDERS = frozenset("be let thank worry forgive excuse look see listen wait trust believe remember "
                          "imagine please relax calm rest come go enjoy keep tell ask say understand "
                          "know think consider note".split())
_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
_AUDIENCE = frozenset({"MED", "CVL"})


def _quoted(clause: "Token") -> bool:
    doc = clause.doc
    first = clause.left_edge.i
    return any(0 <= i < len(doc) and doc[i].text in _QUOTE_MARKS for i in (first - 1, first))


def told_order(tok: "Token", role_of) -> "tuple[Token, Token] | None":
    """(addressee, ordered clause) when `tok` is "told" with a quoted imperative, else None.
    `role_of(word)` gives the role a common noun names (actors.ROLE_WORDS.get)."""
    if tok.lemma_.lower() != "tell":
        return None
    told = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN")]
    if len(told) != 1:
        return None
    addressee = told[0]
    role = role_of(addressee.lemma_.lower())
    if addressee.pos_ == "NOUN" and (role is None or role in _AUDIENCE):
        return None
    for c in tok.children:
        if c.dep_ not in ("ccomp", "advcl") or c.tag_ != "VB":
            continue  # (a quote before "told" is often hung on it as an adverbial clause)
        if any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark") for k in c.children):
            continue
        if c.lemma_.lower() in NO_ACT_ORDERS or not _quoted(c):
            continue
        return addressee, c
    return None
