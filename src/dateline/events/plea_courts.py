"""target75: a guilty plea in wire copy is made to the court (015 toward the judiciary).

A guilty plea names one party, the pleader; the other is implied: a plea is entered before a
court. The coder's first reading (general.py, the Wikinews conventions) codes the pleader as
its own target ("X pleaded guilty" -> XCVL 015 XCVL). The annotators of the Reuters wire
code the addressee instead, and state it as a convention in six notes of four rounds
(annr69a, annr69c, annr71a, annr71b, annr71f, annr73e/f: "A guilty plea is 015 JUD"); the tune
gold codes every main-clause plea of the wire that way ("pleaded guilty in Manhattan Federal
Court to charges ...", "pleaded guilty to two technical violations of the Bank Secrecy Act",
"Levine and Siegel have already pleaded guilty"). So in a story that opens with a wire
dateline (`Article.dateline`: "NEW YORK, April 9 -"), a guilty plea with no target named is
aimed at the judiciary of the state the plea's "in" place names ("in a London court"), else of
the pleader's state, else of the story's home. Text without a dateline keeps the self-target.

Only the verb "plead" (spelled "pled" too) with "guilty" counts: an admission or a confession
("admitted his guilt", "confessed to the killing") is not made to a court. Pure parse tests
here; the coder resolves the place and the country.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Spellings of the pleading verb the small model may leave unlemmatised ("pled").
PLEA_FORMS = frozenset({"plead", "pled", "pleaded"})


def guilty_plea(trigger: "Token") -> bool:
    """ "pleaded guilty", "pled guilty": the verb with "guilty" among its dependents."""
    if trigger.lemma_.lower() not in PLEA_FORMS and trigger.lower_ not in PLEA_FORMS:
        return False
    return any(c.lemma_.lower() == "guilty" and not _not(c) for c in trigger.children)


def _not(guilty: "Token") -> bool:
    """ "pleaded not guilty" (a denial, which the coder aims at the accuser): the negation on the
    adjective or just before it."""
    before = guilty.doc[guilty.i - 1] if guilty.i > 0 else None
    return any(c.dep_ == "neg" for c in guilty.children) or (before is not None and before.lower_ in ("not", "n't"))


def court_place(trigger: "Token") -> "Token | None":
    """The place the plea's "in" phrase names as its court's: "in Manhattan federal court",
    "in a London court", "in Britain" (a GPE inside the phrase), else None."""
    for p in trigger.children:
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for t in p.subtree:
            if t.ent_type_ == "GPE" and t.i != p.i:
                return t
    return None
