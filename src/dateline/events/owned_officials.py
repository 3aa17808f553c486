"""A body acting on its own officer is two parties (pairs55).

"Texaco sued its former chairman", "General Motors dismissed its chief financial officer", "the
federation suspended its vice-president": the resolver gives an office held in a named body
("its chairman") the body's own entity, so the coder's guard against an actor acting on itself
(a parse slip: "he said he", a pronoun bound to its own clause's subject) dropped the pair. An
officer owned by the body ("its"/"their") and named as the act's object is another person than
the body: the pair stands, the officer coded as the body's country and sector (USABUS 115 USABUS
by the standard's "people get country + role") without the body's entity.

Kept narrow: the source must be the body itself (a name or body noun, not a person or an office
noun: "the chairman of Texaco criticised the company" is still one side; nor an organ the body
owns, "its board backed its chief executive"), the target a common
office noun with a possessive "its"/"their" (not "his": a person's own staff is the own-staff
guard's), and the object of the act (a clause subject is the speaker's own side, "Acme said its
chief executive would resign").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Offices held in a body (a firm, party, union, federation or club), as the possessed object names them.
OFFICES = frozenset("chairman chairwoman chairperson chair president vice-president vice executive ceo officer "
                    "director manager treasurer secretary secretary-general founder co-founder coach boss chief "
                    "head editor governor".split())

#: Possessors that make the office the body's own.
_BODY_POSSESSORS = frozenset({"its", "their"})

#: The office noun's relation to the act: its object (or the object of a preposition under it).
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "obj"})


def owned_officer(stok: "Token | None", ttok: "Token | None", src: Actor, tgt: Actor) -> Actor | None:
    """The officer as a party of its own (the body's code, no entity) when the act's source is a
    body and its object is that body's own office ("its former chairman"); None otherwise."""
    if stok is None or ttok is None or stok == ttok or not src.entity or src.entity != tgt.entity:
        return None
    if not src.role or src.role in ("CVL",) or not tgt.code:
        return None
    if ttok.pos_ != "NOUN" or ttok.dep_ not in _OBJECT_DEPS:
        return None
    words = {ttok.lemma_.lower(), ttok.text.lower()} | {t.lower_ for t in ttok.children if t.dep_ == "compound"}
    if not words & OFFICES:
        return None
    if not any(t.dep_ == "poss" and t.lower_ in _BODY_POSSESSORS for t in ttok.children):
        return None
    if stok.ent_type_ == "PERSON" or stok.lemma_.lower() in OFFICES or stok.pos_ == "PRON":
        return None  # "the chairman of Texaco criticised the company": one side, not two
    if any(t.dep_ == "poss" for t in stok.children):
        return None  # "its board backed its chief executive": an organ of the firm, its own affair
    return Actor(None, ttok.text, tgt.code, tgt.country, tgt.role)
