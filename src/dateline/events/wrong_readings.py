"""Coded events the standard does not code, though their trigger matched a pattern (extra25).

The tuning sentences' predicted triples whose root the gold does not have in that sentence
(docs/evaluation/events-extra25.md) are mostly one-offs; these guards take the kinds that recur:

- `private_cooperation`: a private person's cooperation with another private person (met, helped,
  forgave, agreed to help, went to): CAMEO's cooperation roots 03-07 are political acts, and the
  tuning gold codes none between two civilians (conflict between them, 13x-18x, stays coded:
  "the gunman killed a girl", "blackmailed two women with letters threatening death").
- `same_mention`: the source's own words read again as the target through an object pronoun
  ("police ... fired tear gas at them", with "them" resolved to the police): the act needs two
  parties. (A guilty plea or denial,
  015 / 016, is coded as its speaker's own: filters.SELF_CODES.)
- `speaking_of`: "speak" in its sense of mentioning a topic ("statements speaking of an imminent
  incursion") or speaking at an occasion whose own noun names the partner ("speaking after a
  meeting of farm leaders with the ministers"): no meeting (040) between the speaker and anyone.

Each looks at a finished event (filters.prune calls them), so every coder path passes them.

One recodes instead of dropping: `struck_employer`, a union or its members "striking" a firm
("the guild's members struck the news staffs of CBS") is a labour strike (143), not an attack
(190); general.lexicon9_subcode asks it (its own labour-strike line wants no object).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Event

# Cooperation roots: intent to cooperate, consult, diplomatic / material cooperation, aid.
_COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07"})
_PRIVATE_PERSON = "CVL"
# A guilty plea or a denial is coded with its speaker on both sides (filters.SELF_CODES).
_SELF_CODES = frozenset({"015", "016"})
_SPEAK_LEMMAS = frozenset({"speak", "talk"})
_TOPIC_PREPS = frozenset({"of", "about"})
_PARTNER_PREPS = frozenset({"with", "to"})


def private_cooperation(ev: "Event") -> bool:
    """A cooperation act (roots 03-07) between two private persons: no political news."""
    return ev.root in _COOPERATION_ROOTS and ev.source.role == _PRIVATE_PERSON \
        and ev.target.role == _PRIVATE_PERSON


_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it"})


def _pronoun_object(tok: "Token") -> bool:
    """The trigger's object, or the object of its preposition, is a personal pronoun ("at them")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") and c.lower_ in _OBJECT_PRONOUNS:
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in _OBJECT_PRONOUNS for g in c.children):
            return True
    return False


def same_mention(ev: "Event", tok: "Token | None") -> bool:
    """Source and target are the same words and the target is an object pronoun of the trigger
    resolved back to the subject. (One plural mention read as both sides of a joint act stays:
    "the Kurdish factions reached a ceasefire", IRQREB 0871 IRQREB; so does a plea or a denial,
    015 / 016, which is the speaker's own.)"""
    return tok is not None and ev.code not in _SELF_CODES and bool(ev.source.name) \
        and ev.source.name == ev.target.name and _pronoun_object(tok)


def speaking_of(ev: "Event", tok: "Token | None") -> bool:
    """A 040 read from "speak"/"talk" as a verb whose partner is no "with"/"to" phrase of its own:
    the verb mentions a topic ("spoke of", "speaking about") or the partner hangs from a noun
    under it ("speaking after a meeting ... with the ministers")."""
    if tok is None or ev.code != "040" or tok.pos_ != "VERB" or tok.lemma_.lower() not in _SPEAK_LEMMAS:
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if preps & _PARTNER_PREPS or any(c.dep_ == "dative" for c in tok.children):
        return False
    if preps & _TOPIC_PREPS:
        return True
    return any(t.dep_ == "prep" and t.lower_ == "with" and t.head.pos_ in ("NOUN", "PROPN")
               for t in tok.subtree if t.i != tok.i)


_LABOUR = "LAB"
_FIRMS = frozenset({"BUS", "MED"})  # a broadcaster or paper is an employer too


def struck_employer(ev: "Event") -> bool:
    """A force code (190 / 195) read from "strike" with labour as the source and a firm as the
    target (a broadcaster included): the workers' strike against their employer."""
    return ev.code in ("190", "195") and ev.source.role == _LABOUR and ev.target.role in _FIRMS


def wrong_reading(ev: "Event", tok: "Token | None") -> bool:
    """Any of this module's guards: the event is a reading the standard does not code
    (codes29: a union or league at home joined or left is no membership, events/memberships.py)."""
    from dateline.events.claimed_holdings import claimed_holding
    from dateline.events.craft_trips import craft_trip
    from dateline.events.liked_habits import liked_habit
    from dateline.events.memberships import not_a_membership

    return private_cooperation(ev) or same_mention(ev, tok) or speaking_of(ev, tok) or not_a_membership(ev, tok) \
        or craft_trip(ev, tok) or claimed_holding(ev, tok) \
        or liked_habit(ev, tok)
