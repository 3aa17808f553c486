"""frame73: a deal signed to buy, sell or merge with a firm, the firm named in the deal's clause.

Takeover copy reports the deal a firm signed by what the deal is for: "Hadson Corp said it has
signed a definitive agreement to acquire 85 pct of Seaxe Energy Corp", "SunGard said it had entered
into a definitive agreement to buy the Securities Products unit of CheckFree Corp", "ISS said it had
signed a letter of intent to sell its U.S. unit to Aaxis Limited". The annotators code the deal
057 toward the firm bought (or the buyer of a sale), as "agreed to acquire Y" (annot71, source72).
The deal lines ("sign +agreement >with") look for a "with" party only, and the small parser hangs
the to-clause on a noun one step away from the verb's object: on the "of" noun of "a letter of
intent to buy", or on the object of "entered into an agreement to buy", so no pattern's complement
saw it. `deal_clause` hands that clause to the frame (frames.complement_verbs) for the deal nouns
only; the verbs.txt frame73 lines name the takeover verbs, and `firm_deals.not_firm_takeover`
keeps them between private parties with a named firm on the other side.

Pure functions on spaCy tokens.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a signed deal whose to-clause says what the deal is for.
DEAL_NOUNS = frozenset({"agreement", "accord", "deal", "contract", "letter", "memorandum", "pact"})
#: "a letter of intent to buy", "a memorandum of understanding to build": the to-clause hangs on
#: the "of" noun.
OF_NOUNS = frozenset({"intent", "intention", "understanding"})


def _to_clauses(noun: "Token") -> list["Token"]:
    return [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
            and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")]


def deal_clause(tok: "Token", obj: "Token | None") -> list["Token"]:
    """The to-clause of the deal the verb `tok` takes: on its object's "of" noun ("signed a letter
    of intent to acquire Y") or on the noun of its "into" ("entered into an agreement to buy Y").
    Empty for any other verb, object or clause."""
    nouns = []
    if obj is not None and obj.lemma_.lower() in DEAL_NOUNS:
        nouns = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in OF_NOUNS]
    elif obj is None:
        nouns = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "into"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in DEAL_NOUNS]
        nouns += [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in OF_NOUNS]
    return [c for n in nouns for c in _to_clauses(n)]
