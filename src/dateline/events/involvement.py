"""Involvement told as a passive under a verb of saying (tuneact45; docs/evaluation/events-tuneact45.md).

"X said Sudan was involved in the attempt on Mubarak's life", "X said Iraqi agents were implicated
in the bombing", "X said the rebels were linked to the massacre": the speaker accuses the clause's
subject (112x), as "said Y was responsible for / behind the attack" already codes (coder
`_code_evaluation`). The small model parses "was involved" as a passive verb, not a copula with an
adjective, so that path never saw it.

Only an involvement in a wrong counts: "said Iraq was involved in the talks" is no accusation. The
wrong is read off the "in" / "to" phrase: a word of coder.ACCUSATION_CONTENT (the subcode) or one of
WRONG_WORDS (plain 112). A negated or hypothetical clause, or a negated saying, is not coded.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters  # (perfev55: here, not in `involved_clause` at each call)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Passive verbs that tie a party to an act: "was involved in", "was implicated in", "was linked to".
INVOLVING_VERBS = frozenset({"involve", "implicate", "link", "tie", "connect"})
#: Wrongs that are no armed attack or crime of the subcode table, yet make the tie an accusation.
WRONG_WORDS = frozenset("violence unrest riot disturbance plot coup conspiracy blast explosion ambush "
                        "raid shooting wrongdoing scandal terrorism sabotage".split())


def involved_clause(tok: "Token") -> "tuple[Token, Token, set[str]] | None":
    """For a speech verb `tok`: (its passive involvement clause, the clause's subject, the lemmas of
    the wrong), or None. "said Sudan was involved in the attempt on Mubarak's life" -> (involved,
    Sudan, {...})."""
    if filters.is_negated(tok):
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in INVOLVING_VERBS or c.tag_ != "VBN":
            continue
        if not any(a.dep_ == "auxpass" for a in c.children):
            continue
        subj = next((a for a in c.children if a.dep_ == "nsubjpass"), None)
        if subj is None or subj.pos_ == "PRON" and subj.lower_ in ("it", "this", "that"):
            continue
        if filters.is_negated(c) or filters.is_hypothetical(c):
            continue
        preps = [a for a in c.children if a.dep_ == "prep" and a.lower_ in ("in", "to", "with")]
        words = {t.lemma_.lower() for p in preps for t in p.subtree}
        if words:
            return c, subj, words
    return None
