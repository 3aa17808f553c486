"""spurious74: a country or government named on a traded instrument or a market is no party.

"The Federal Reserve entered the U.S. Government securities market", "offered to buy all
maturities of Treasury notes", "the Reserve Bank was offering to buy short-dated government
securities", "Toshiba plans to enter Britain's telecommunications equipment market": the coder
took the word that names whose bonds or whose market it is ("Government", "Treasury",
"Britain's") for the party the act is done to (USAGOV 1384 USAGOV, AUSBUS 0311 AUSGOV, JPNBUS
1384 GBR). A central bank's open-market operation or a firm's entry into a market is no act
between two parties, and the annotators of the 1987 wire code none (the tuning files: four
market operations in four files, r10, r14, r28, r46, every one wrong, none right).

So a target word that only modifies (compound, adjective, possessive) a noun of a traded
instrument or of a market is no target. Left as they were: a stance on a market ("Japan's
markets are unfair", "criticised the Japanese market": 11x and 12x judge the country, and
spurious73's stance rule already spares a possessive), a debt or a loan ("Brazil's debt" is the
debtor's), shares and stock (a firm's shares bought are a takeover), and a party that is the
object itself ("called on the government to issue bonds").

Pure: tokens in, a yes or no out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of what a money market trades, and of a market itself.
INSTRUMENTS = frozenset("securities bond bonds market markets".split())
#: Nouns that are instruments only with a money-market word on them: "Treasury bills" (a "bill"
#: alone is a law: "would veto any bill"; a "note" is a diplomat's; "paper" a newspaper or a plan).
_QUALIFIED = frozenset("bill bills note notes paper".split())
_MONEY_WORDS = frozenset({"treasury", "commercial"})
#: "the Common Market", "the single market": the European Community, a party.
_BODY_MARKETS = frozenset({"common", "single"})
#: How a word hangs from the noun it names the owner or issuer of.
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
#: Judgements: a stance on a market is a stance on the country that runs it.
_STANCE_ROOTS = frozenset({"11", "12"})


def _instrument_noun(tok: "Token") -> bool:
    if tok.pos_ != "NOUN":
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    if tok.lower_ in INSTRUMENTS:
        return not mods & _BODY_MARKETS
    return tok.lower_ in _QUALIFIED and bool(mods & _MONEY_WORDS)


def _instrument(tok: "Token") -> bool:
    """A noun of a traded instrument or a market, or a part of one ("all maturities of Treasury
    bills")."""
    return _instrument_noun(tok) or tok.pos_ == "NOUN" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _instrument_noun(o) for o in p.children)
        for p in tok.children)


def traded_thing(code: str, trigger: "Token", target_tok: "Token") -> bool:
    """`target_tok` only names whose instrument or market it is: it is the instrument's noun
    (the coder reads the actor off its modifiers: "entered the U.S. Government securities
    market", "buy all maturities of Treasury bills") or hangs (through modifiers alone) from it
    ("Britain's ... market") that is the act's object, and the act is no judgement."""
    if code[:2] in _STANCE_ROOTS:
        return False
    tok = target_tok
    if _instrument(tok):
        return True
    for _ in range(4):
        if tok.dep_ not in _MODIFIER_DEPS or tok.head is tok:
            return False
        tok = tok.head
        if _instrument(tok):
            return _object_of(tok, trigger)
    return False


def _object_of(noun: "Token", trigger: "Token") -> bool:
    """`noun` is what the act is done to ("enter Britain's market"), not a word further down
    ("want the opening of Japan's market": the opening is asked of Japan, intent54)."""
    head = noun.head.head if noun.head.dep_ == "prep" else noun.head
    return head == trigger and noun.dep_ in ("dobj", "pobj")
