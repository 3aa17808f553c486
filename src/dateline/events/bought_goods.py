"""Goods bought named by their country (reuters41, docs/evaluation/events-reuters41.md).

1987 wire copy reports grain, oil and sugar deals by the goods' nationality more often than by a
"from" phrase: "the Soviet Union bought four mln tonnes of U.S. wheat", "Egypt bought 200,000
tonnes of French wheat". The dictionary's "buy|purchase|import +wheat|oil|... >from" line (061,
trade with the seller) then found no seller and the event was lost. The seller is the country of
the nationality word on the goods (or on the measured noun: "tonnes of U.S. wheat"), as
`trade_wire.goods_country` reads it for curbs on imports. Only for the buying verbs and the
economic-cooperation codes (061, and 0311 should an announced purchase reach here); a "from"
phrase, when present, is tried first. left43b: "agreed to buy ... U.S. wheat" (the intent path,
coder._code_intent) asks here with the purchase's own code (061) and verb, and codes the intent
(0311) toward the seller.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.trade_wire import measured_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

BUYING_VERBS = frozenset({"buy", "purchase", "import"})
BUYING_CODES = frozenset({"061", "0311"})


def seller_of_goods(code: str, tok: "Token") -> "Token | None":
    """The nationality word of the goods "tok" (a buying verb) takes as object; None otherwise."""
    if code not in BUYING_CODES or tok.lemma_.lower() not in BUYING_VERBS:
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        goods = measured_noun(obj) or obj
        for m in goods.children:
            if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE") and m.i < goods.i:
                return m
    return None
