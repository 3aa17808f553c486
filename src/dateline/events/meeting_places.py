"""A meeting place that is nobody's home (subcode64).

The standard codes a meeting at a third location 044. Wire copy about secret contacts hides the
place: "talks at an undisclosed location", "met at a secret venue". A place kept secret is not
named as either side's home, and the Reuters gold codes such talks 044 (`undisclosed_place`).
The coder's "in <place>" test (`coder._third_country`) keeps its own rule for named places.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SECRET_WORDS = frozenset({"undisclosed", "secret", "unnamed", "unspecified"})
PLACE_NOUNS = frozenset({"location", "venue", "place", "site", "spot"})


def undisclosed_place(prep: "Token") -> bool:
    """True for an "at / in" phrase naming a place kept secret ("at an undisclosed location")."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in PLACE_NOUNS
               and any(a.lower_ in SECRET_WORDS for a in o.children if a.dep_ in ("amod", "compound"))
               for o in prep.children)


#: Names of the United Nations as a meeting place ("at the United Nations", "on the sidelines of
#: the U.N. General Assembly"): its seat, New York, is neither side's home unless one is the US.
UN_NAMES = frozenset({"u.n.", "un", "nations"})


def at_the_un(prep: "Token") -> bool:
    """True for "at the United Nations (headquarters)", "on the sidelines of the U.N. General Assembly"."""
    if prep.lower_ not in ("at", "on"):
        return False
    for o in prep.children:
        if o.dep_ != "pobj":
            continue
        if prep.lower_ == "on" and o.lemma_.lower() not in ("sideline", "sidelines", "margin", "margins"):
            continue
        if any(t.lower_ in UN_NAMES and t.ent_type_ == "ORG" for t in o.subtree) \
                and not any(t.lower_ == "in" and t.dep_ == "prep" for t in o.subtree):
            return True  # ("at the U.N. office in Geneva": the named city decides)
    return False


#: Words that put a meeting somewhere the dateline need not be.
ELSEWHERE = frozenset({"here", "there", "abroad", "visit", "trip", "tour", "phone", "telephone"})


def unplaced(trigger: "Token") -> bool:
    """True when the meeting's sentence names no place at all: no "in / at / to <place>", no
    "here", "there" or trip; then the wire dateline is where it was held."""
    for t in trigger.sent:
        if t.lower_ in ELSEWHERE or t.lemma_.lower() in ELSEWHERE:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "to", "near", "outside", "from") \
                and (t.ent_type_ in ("GPE", "LOC", "FAC") or any(c.ent_type_ in ("GPE", "LOC", "FAC")
                                                                for c in t.children if c.dep_ == "compound")):
            return False
    return True


_WIRE_DATELINE = re.compile(r"\s*([A-Z][A-Z .'\-]{1,40}?)\s+\d{4}-\d{2}-\d{2}\s*\n")


def dateline_country(dateline: str | None, text: str) -> str | None:
    """The dateline's country: the record's or a "CITY, Mon DD -" opening (`coop.dateline_country`),
    else the CoNLL rebuild's own paragraph "GENEVA 1996-08-30" that opens the text."""
    from dateline.events import coop

    here = coop.dateline_country(dateline, text)
    if here or dateline:
        return here
    m = _WIRE_DATELINE.match(text[:80])
    if m is None:
        return None
    from dateline.resolve.countries import country_code

    return country_code(m.group(1).strip().title())
