"""Whom a call for someone's release is aimed at: the one holding them (integ29).

"Students demanded the release of political prisoners", "The UN called for the release of the
detained journalists from Iran": the training annotations aim such an appeal (0253) or demand
(1053) at the holder (the government that jails its own dissidents; the state "from" which or
"in" which they are held, or the one that holds them "by"), not at the people to be freed. The
verb dictionary's ">poss" slot reads the released people, so this module finds the holder:

- a holder the sentence names: "the release of X from Iran", "X held by rebels", "X detained in
  Russia";
- else, when a non-state caller (opposition, students, unions, media, legislators) asks for
  people of its own country who are private persons, dissidents, journalists, students or
  workers (not officials or troops, whom another side holds), their own government. A state
  calling for its citizens' release is asking a foreign holder; it keeps the freed as target.

Pure: tokens in, the holder's words or a government actor out; coder.py resolves and hooks it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Codes of a call for or demand of a release.
RELEASE_CODES = frozenset({"0253", "1053"})
#: Nouns of the act of freeing.
RELEASE_NOUNS = frozenset({"release", "freeing", "return"})
#: Participles of holding that hang on the people held ("journalists detained in Iran").
HOLDING_VERBS = frozenset("hold detain jail imprison arrest abduct kidnap capture seize".split())
#: Roles of people a state holds at home: its government holds them.
HELD_AT_HOME = frozenset({"CVL", "OPP", "MED", "EDU", "LAB", "NGO", "REL"})
#: Callers who ask their own government: the opposition, students, unions, media, private people.
CALLERS_AT_HOME = frozenset({"OPP", "EDU", "LAB", "MED", "CVL", "NGO", "REL", "LEG"})


def release_noun(trigger: "Token") -> "Token | None":
    """The release noun of "called for / demanded the release of X" (the trigger's object or its
    "for" object), or None."""
    for c in trigger.children:
        if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in RELEASE_NOUNS:
            return c
        if c.dep_ == "prep" and c.lower_ == "for":
            for o in c.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in RELEASE_NOUNS:
                    return o
    return None


def named_holder(noun: "Token") -> list["Token"]:
    """The holder the sentence names: "the release of X from Y", "X held by Y", "X detained in Y"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            return [o for o in c.children if o.dep_ == "pobj"]
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for person in prep.children:
            # oneactor64: "X, a rebel leader who has been held in ...": the apposition's clause too
            for c in [*person.children, *(g for a in person.children if a.dep_ == "appos" for g in a.children)]:
                if c.dep_ == "prep" and c.lower_ == "from":
                    return [o for o in c.children if o.dep_ == "pobj"]
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in HOLDING_VERBS:
                    for p in c.children:
                        if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ in ("in", "by"):
                            return [k for o in p.children if o.dep_ == "pobj" for k in _keeper(o)]
    return []


#: oneactor64: places of custody, which name no holder themselves ("a Zurich jail").
CUSTODY_PLACES = frozenset({"jail", "prison", "gaol", "cell", "camp", "penitentiary", "custody", "detention"})


def _keeper(place: "Token") -> list["Token"]:
    """oneactor64: who keeps a prison: its place or nation word ("a Zurich jail", "an Israeli
    prison", "a prison in Turkey" name the holding state); another object is the holder itself."""
    if place.lemma_.lower() not in CUSTODY_PLACES:
        return [place]
    return [m for m in place.children if m.dep_ in ("amod", "compound") and m.ent_type_ in ("GPE", "NORP", "LOC")] \
        or [o for q in place.children if q.dep_ == "prep" and q.lower_ == "in" for o in q.children
            if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")]


def jailing_state(tok: "Token", holder: Actor) -> Actor:
    """oneactor64: the state that keeps a prison named by its place or nation word ("a Zurich
    jail", "an Israeli prison") is its government (CHEGOV), not the bare country a place gives."""
    if holder.role is not None or not holder.country or holder.code != holder.country:
        return holder
    place = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if place.lemma_.lower() not in CUSTODY_PLACES or place is tok:
        return holder
    return Actor(holder.entity, holder.name, holder.country + "GOV", holder.country, "GOV")


def home_holder(caller: Actor, released: Actor) -> Actor | None:
    """The caller's own government, for people of the caller's country it holds at home."""
    if not caller.country or released.country != caller.country or released.role not in HELD_AT_HOME:
        return None
    if caller.role not in CALLERS_AT_HOME:
        return None  # a state calls for its own people's release abroad; it does not ask itself
    return Actor(None, "government", caller.country + "GOV", caller.country, "GOV")
