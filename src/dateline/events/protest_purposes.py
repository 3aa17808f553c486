"""politics30: "began a general strike to protest against the tax": one protest, not two.

A strike, rally or walkout whose purpose clause is "to protest / to demonstrate" tells one act
of dissent: the strike (143) or the march (141) is coded, the purpose verb adds nothing of its own
(the standard codes the sentence once). The dictionary's protest line would otherwise code the
purpose verb as a second, plainer protest (140). "Staged a rally to protest" was already one
act (the light verb's pattern consumes its purpose); this covers the verbs whose own protest is
their object or their "on" phrase ("began a strike", "went on strike", "held a walkout").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PURPOSE_PROTEST_VERBS = frozenset({"protest", "demonstrate"})
PROTEST_NOUNS = frozenset({"strike", "walkout", "stoppage", "shutdown", "rally", "march", "demonstration",
                           "protest", "boycott", "sit-in", "vigil", "blockade"})


def purpose_of_protest(tok: "Token") -> bool:
    """ "to protest" as the purpose of a verb whose object or "on" phrase is itself a protest."""
    if tok.lemma_.lower() not in PURPOSE_PROTEST_VERBS or tok.dep_ not in ("advcl", "xcomp") \
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
        return False
    head = tok.head
    acts = [c for c in head.children if c.dep_ == "dobj"]
    acts += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    return head.lemma_.lower() in PROTEST_NOUNS or any(a.lemma_.lower() in PROTEST_NOUNS for a in acts)
