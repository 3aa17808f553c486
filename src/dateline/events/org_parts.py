"""A part of an organisation acts as the organisation: "the Canadian division of General
Motors", "the German subsidiary of Siemens", "the youth wing of the ANC".

The actor resolver read such a phrase by its national adjective alone ("Canadian" -> CAN) or
not at all, so the part came out as a bare country (dropped as the source's own country at
home: "the union accepted an offer from the Canadian division of General Motors") or as
nothing (census, docs/evaluation/events-target20.md). A reader takes the part as its owner,
located in the country its adjective names (the Wikinews conventions code a company by its
country and BUS: the Canadian division of GM is CANBUS). Pure: tokens in, tokens or an Actor
out; the coder resolves the owner.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.events.actors import country_of
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns for a part of an organisation that acts in its name (lemmas).
PART_NOUNS = frozenset("division unit subsidiary arm branch affiliate wing chapter "
                       "operation operations office bureau plant".split())


def part_owner(tok: "Token") -> "Token | None":
    """The named organisation a part noun belongs to ("the Canadian division of [General
    Motors]"): the object of its "of" phrase when that is an organisation's name; else None.
    (actors70's reading of a firm part's possessor, "its banking subsidiary", was dropped by the
    integrator: no right triple on tune, one wrong triple there and one on the holdout.)"""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PART_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "ORG":
                    return obj
    return None


def located(part: "Token", owner: Actor) -> Actor:
    """The owner's actor placed in the country the part's own national modifier names ("the
    Canadian division" of a US firm: CANBUS); the owner unchanged when there is none."""
    for c in part.children:
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and (country := country_of(c.text)):
            if owner.role and country != owner.country:
                return replace(owner, code=country + owner.role, country=country)
    return owner


__all__ = ["PART_NOUNS", "located", "part_owner"]
