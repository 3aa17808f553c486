"""People named by kind as the target of a kind word: "My thoughts are with the injured",
"she thanked her supporters", "police praised the crowds".

Sympathy (018), praise and thanks (051) are often addressed to people the sentence
names only by what befell them or what they do, with no nationality: the actor resolver gives
such a phrase no code, so the coder dropped the statement for want of a target (the Wikinews
conventions code statements only toward a target). A reader takes them as the private people
of the speaker's own country (the Wikinews annotations: a British minister's "thoughts are with
the injured" is GBRGOV 018 GBRCVL; a Thai party leader thanking supporters, THAOPP 051 THACVL).

Only these codes, only a closed list of people nouns, and never when the phrase names a country
or a place of its own (the resolver's answer then stands, or the phrase is someone else's
people). Pure: tokens in, (token, Actor) pairs out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.frames import with_conjuncts
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

# The codes whose target may be people named by kind: sympathy, praise or thanks (aid is
# left out: "Japan sent aid to the flood victims" is mostly to another country's people).
KIND_CODES = frozenset({"018", "051"})

# Nouns for private people named by kind (lemmas, and the adjectives used as nouns).
# Victims and their families are left out: condolences to them have no target actor in the
# conventions (`coop.unnamed_victims` drops them).
PEOPLE_WORDS = frozenset("injured wounded resident citizen people supporter fan crowd passenger "
                         "volunteer voter public community inhabitant villager refugee evacuee".split())

# Modifiers that make the people somebody else's kind of actor ("opposition supporters" are
# resolved as OPP elsewhere; "police volunteers" are not private people).
NOT_PRIVATE = frozenset("opposition party police army military government rebel union".split())


def _is_people(tok: "Token") -> bool:
    """A people noun with no place or nationality of its own in its phrase."""
    if tok.lemma_.lower() not in PEOPLE_WORDS and tok.lower_ not in PEOPLE_WORDS:
        return False
    if tok.pos_ == "PROPN" or tok.ent_type_:
        return False
    for t in tok.subtree:
        if t.ent_type_ in ("GPE", "NORP", "LOC", "ORG", "PERSON") or t.lower_ in NOT_PRIVATE:
            return False
    return True


def people_by_kind(code: str, toks: list["Token"], source: Actor) -> list[tuple["Token", Actor]]:
    """The private people of the source's country (`<ISO3>CVL`) when `code` is a kind word and the first of `toks` (with its conjuncts) that is a person noun names people only by
    kind; else [] (a source with no country, another code, a thing)."""
    if code not in KIND_CODES or not source.country or not toks:
        return []
    people = [t for t in with_conjuncts(toks[:1]) if _is_people(t)]
    if not people:
        return []
    country = source.country
    return [(people[0], Actor(None, people[0].text, country + "CVL", country, "CVL"))]


def guessed_people(code: str, target: Actor) -> bool:
    """A target `people_by_kind` made (no entity, private people, a kind-word code): such people
    are no addressee of an appeal coordinated with the kind word ("praised the volunteers and
    urged calm" urges no one)."""
    return code in KIND_CODES and target.entity is None and target.role == "CVL"


__all__ = ["KIND_CODES", "PEOPLE_WORDS", "guessed_people", "people_by_kind"]
