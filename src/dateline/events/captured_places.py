"""euro33: the named place a force captured ("captured the Kurdish city of Arbil").

CAMEO codes the occupation of territory (192) toward the state whose ground it is. "Iraqi troops
captured Arbil" found Iraq through the place name, but the wire's usual shapes put a place noun
first and the name after it: "the town of Goma", "the Kurdish city of Arbil", "the Afghan capital
Kabul", "Sulaimaniya, the PUK's stronghold". The 192 line names those nouns and looks for the side
the place was taken "from"; when none is named the target was empty and the event was kept
without a party. The named place under the noun ("of" object, apposition or a name compounded
with it) stands for its state, as a bare place name does; failing that, the state an "in" phrase
names ("the town of Goma in eastern Zaire").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _place_name(noun: "Token") -> "Token | None":
    if noun.ent_type_ in PLACE_ENTITY_TYPES and noun.pos_ == "PROPN":
        return noun
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            g = next((x for x in c.children if x.dep_ == "pobj"), None)
            if g is not None and g.pos_ == "PROPN" and (g.ent_type_ in PLACE_ENTITY_TYPES or _named_town_of(noun, g)):
                return g
        if c.dep_ == "appos" and c.ent_type_ in PLACE_ENTITY_TYPES and c.pos_ == "PROPN":
            return c
    return None


def _named_town_of(noun: "Token", name: "Token") -> bool:
    """left42b: "seized the town of Goma": the small model tags many towns' names PERSON, so the
    entity type says nothing; under a settlement noun ("town", "city", "port") a name the
    gazetteer knows as a major city (events/town_objects.py) is the place."""
    from dateline.events.town_objects import is_named_town
    from dateline.resolve.place_slots import NAMED_BY_OF_NOUNS

    return noun.lemma_.lower() in NAMED_BY_OF_NOUNS and is_named_town(name)


def _surrounding_state(trigger: "Token", obj: "Token") -> "Token | None":
    """ "captured the town of Goma in eastern Zaire": the state the "in" phrase names (the small
    model may tag a small town's name as a person, so the town itself gives nothing)."""
    for head in (obj, trigger, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in p.children if g.dep_ == "pobj")):
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                g = next((x for x in p.children if x.dep_ == "pobj"), None)
                if g is not None and g.ent_type_ == "GPE" and g.pos_ == "PROPN":
                    return g
    return None


def captured_place(code: str, trigger: "Token") -> "Token | None":
    """The place name of a captured town, city or region (192), to stand for its state when the
    line's "from" slot names no side; None when the taken thing names no place."""
    if code != "192":
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.ent_type_ in PLACE_ENTITY_TYPES and obj.pos_ == "PROPN" and obj.head is trigger:
        # "captured the Afghan capital Kabul": the name is the object, the noun its compound
        return obj if any(c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" for c in obj.children) else None
    return _place_name(obj) or _surrounding_state(trigger, obj)
