"""story50: a sole title in a later sentence stands for its named holder introduced before.

Wire stories introduce a head of state by title and name ("King Birendra left Nepal on Friday
...", "President Rafsanjani arrived in Paris ...") and then go on with the bare title ("The
king will meet ...", "The constitutional monarch, who last visited China in 1993, ..."). The
actor coder's `_same_title` already took a later "the emir" for an earlier title whose own
phrase states the country ("the Emir of Kuwait"); a title that is part of a named person's
name ("King Birendra") was not taken, and an epithet ("the constitutional monarch", "the
ailing king") kept the description from looking back at all, so the article's home country
(China in a story of the Nepalese king's visit to Beijing) was given to the visitor.

Two pure readers here: `titled_person` (the named holder a title word belongs to) and
`plain_epithet` (an adjective that leaves a sole title the same person: not "former",
"new", "Chinese"). Time words keep the description its own ("the former president" is not the
one named before); country adjectives state the country themselves.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Adjectives that make a title another person or office than the holder named before.
OTHER_HOLDER_WORDS = frozenset(
    "former late new next future interim acting outgoing incoming then previous ex- deposed exiled "
    "elected designate caretaker last first".split())

#: Titles one person holds in a state (as actors._SOLE_TITLES).
SOLE_TITLES = frozenset("king queen monarch emir sultan president premier chancellor".split())


def titled_person(t: "Token") -> "Token | None":
    """The person token a title word belongs to: "King" in "King Birendra" (a compound of a
    name, or inside the name's entity); None for a free-standing title. The caller keeps it
    only when the name codes as a government actor with a country."""
    if t.dep_ == "compound" and t.head.i > t.i and (t.head.ent_type_ == "PERSON" or t.head.pos_ == "PROPN"
                                                   and t.head.ent_type_ in ("", "PERSON")):
        return t.head  # (a listed leader the tagger left unlabelled: "King Birendra")
    if t.ent_type_ == "PERSON" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON" \
            and t.doc[t.i + 1].ent_iob_ == "I":
        return t.doc[t.i + 1]
    return None


def plain_epithet(title: "Token", adj: "Token") -> bool:
    """An adjective of a sole title that keeps it the person named before ("the constitutional
    monarch", "the ailing king", "the 71-year-old president"): not another holder's word, not a
    country or people word."""
    if title.lemma_.lower() not in SOLE_TITLES:
        return False
    if adj.lower_ in OTHER_HOLDER_WORDS or adj.ent_type_ in ("GPE", "NORP", "ORG", "LOC"):
        return False
    return adj.text[:1].islower() or adj.text[:1].isdigit()
