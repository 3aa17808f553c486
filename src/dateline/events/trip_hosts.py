"""The host of a trip whose clause names no destination (partners28).

A visit or an arrival is read with its source and an empty target slot when the place or the
people visited stand outside the verb's own prepositional phrase. Two shapes recur in wire copy
on diplomatic travel:

- **a relative "where"**: "Funaro is on his way to Tokyo, where he is to arrive on Sunday",
  "flew to Ankara, where he arrived late on Monday": the place is the noun the "where" clause
  hangs on (the small model attaches "where" to the relative clause's verb, and the travel verb
  may be that verb's xcomp: "is to arrive").
- **the purpose of the trip**: "arrived on Monday for talks with Greek officials", "will come for
  a meeting with the prime minister": the people met are the hosts, so their country is the
  place visited (a visit is coded toward the host country: WIKINEWS_EVENTS.md, as "visit Egypt
  for talks with Mubarak" is ISRGOV 036 EGY).

Only travel verbs count (TRAVEL_VERBS): "where he met X", "for talks with X" after another verb
name no trip. Pure functions on spaCy tokens: they return the words to resolve; coder.py resolves
them (and keeps only a host abroad: a trip at home is no visit).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.frames import with_conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Codes of a trip: a visit made (042), an intention to meet or visit (036).
TRIP_CODES = frozenset({"042", "036"})
#: Verbs of travelling to a place (lemmas).
TRAVEL_VERBS = frozenset("arrive travel fly come head visit".split())
#: Nouns of a meeting a trip is made for.
MEETING_NOUNS = frozenset("talk talks meeting consultation consultations negotiation negotiations discussion discussions".split())
#: Adverbs and prepositions by which a travel verb names its destination itself.
PLACE_ADVERBS = frozenset({"here", "there", "home", "abroad"})
PLACE_PREPS = frozenset({"in", "at", "to", "into"})
#: Clause links a travel verb may hang from under its "where" clause ("where he is to arrive").
_CLIMB_DEPS = frozenset({"xcomp"})


def is_trip(code: str, trigger: "Token") -> bool:
    """Whether an act is a trip: a visit or intended visit read on a travel verb."""
    return code in TRIP_CODES and trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in TRAVEL_VERBS


def where_place(trigger: "Token") -> "Token | None":
    """The place a relative "where" clause around the travel verb hangs on ("Tokyo" in "Tokyo,
    where he is to arrive"); None when the verb is in no such clause."""
    clause = trigger
    while clause.dep_ in _CLIMB_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ != "PROPN":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return None
    return clause.head


def met_hosts(trigger: "Token") -> list["Token"]:
    """The people a trip is made to meet ("Greek officials" in "arrived for talks with Greek
    officials"): the "with" objects of a meeting noun in the verb's own "for" phrase. None when the
    verb names its destination itself ("arrived here", "arrived in Nairobi for talks with Egyptian
    officials"): the place says where the trip went, whoever is met there."""
    if any(c.dep_ == "advmod" and c.lower_ in PLACE_ADVERBS or c.dep_ == "prep" and c.lower_ in PLACE_PREPS
           for c in trigger.children):
        return []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in MEETING_NOUNS and noun.lower_ not in MEETING_NOUNS:
                continue
            objs = [o for w in noun.children if w.dep_ == "prep" and w.lower_ == "with"
                    for o in w.children if o.dep_ == "pobj"]
            if objs:
                return with_conjuncts(objs)
    return []


__all__ = ["MEETING_NOUNS", "TRAVEL_VERBS", "TRIP_CODES", "is_trip", "met_hosts", "where_place"]
