"""europe37: "Orban accused Brussels of ...": the EU's seat acting is the EU (IGOEUREEC).

A capital standing as an actor is its country ("Washington" -> USA, the standard's rule), and so
"Brussels" was Belgium (BEL). In European news the city acts for the EU's institutions far more
than for Belgium: "Brussels criticised the Polish government", "Brussels imposed new sanctions on
Russia", "Italy rejected Brussels' demand", "May criticised Brussels for its stance". The standard
codes the EU and its institutions IGOEUREEC. Belgium's own government is written "Belgium", "the
Belgian government", "the government in Brussels".

Only the city as a party is moved: the subject, object or owner of a clause. A place ("met in
Brussels", "travelled to Brussels"), a modifier ("Brussels police", "a Brussels court") and "the
government in Brussels" keep Belgium.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

EU_CODE = "IGOEUREEC"
#: the dependencies of a party: the clause's subject, its object, the owner of a demand
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "conj", "appos"})
#: prepositions whose object is a party, not a place ("pressure from Brussels" is not one)
_PARTY_PREPS = frozenset({"by", "with", "against", "on", "at"})
#: verbs whose "at" phrase is aimed at a party ("lashed out at Brussels"), not a place
_AIMED_AT = frozenset({"lash", "hit", "rail", "aim", "swipe", "jab", "strike", "fire", "snipe"})


def _as_party(tok: "Token") -> bool:
    if tok.dep_ in _PARTY_DEPS:
        return tok.dep_ != "conj" or _as_party(tok.head)
    if tok.dep_ == "pobj" and tok.head.lower_ in _PARTY_PREPS:
        # "criticised by Brussels", "talks with Brussels", "lashed out at Brussels"; not "in / to / from"
        return tok.head.lower_ != "at" or tok.head.head.lemma_.lower() in _AIMED_AT
    return False


def eu_seat(tok: "Token", actor: Actor | None) -> Actor | None:
    """The EU for "Brussels" as a party (Belgium before); the actor unchanged otherwise."""
    if actor is None or tok.lower_ != "brussels" or actor.code != "BEL" or not _as_party(tok):
        return actor
    return Actor(actor.entity, actor.name, EU_CODE, None, "IGO")
