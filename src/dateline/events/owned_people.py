"""A body acting on its own officer, a person acting on a relative: two parties (pairs55).

"Texaco sued its former chairman", "Boeing criticised its former chief executive": the resolver
gives an office held in a named body ("its chairman") the body's own entity; "Bhutto accused her
brother", "Imelda Marcos sued her nephew", "defended her niece's claim": a relative takes the
entity of the person who owns him. Either way the coder's guard against an actor acting on
itself (written for parse slips: "he said he", a pronoun bound to its own clause's subject)
dropped the pair. An officer owned by the body ("its"/"their") and named as the act's object is
another person than the body: the pair stands, the officer coded as the body's country and
sector (USABUS 115 USABUS, by the standard's "people get country + role") without the body's
entity. A relative is a private person of the owner's country (PAKGOV 112 PAKCVL).

Kept narrow. For an officer the source must be the body itself (a name or body noun, not a
person or an office noun: "the chairman of Texaco criticised the company" is still one side;
nor an organ the body owns, "its board backed its chief executive"), the target a common office
noun with a possessive "its"/"their" (not "his": a person's own staff is the own-staff guard's).
For a relative the kin noun must be owned by a possessive pronoun or a name, and the owner not a
business person (a tycoon's son or brother in a family firm's quarrel is often the firm's man:
the first eval run's one added holdout triple was such a BUS -> CVL pair). Both must be the
act's object, or own it ("her niece's claim"); a clause subject is the speaker's own side ("Acme
said its chief executive would resign", "she said her husband would not run").
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

#: Relatives: private persons tied to the owner (frames.KIN_NOUNS less the aides, envoys and
#: lawyers who act for him, and "family", which may be his whole house).
KIN = frozenset("brother sister son daughter wife husband widow widower mother father parent child cousin "
                "nephew niece uncle aunt grandson granddaughter grandfather grandmother stepson stepdaughter "
                "stepfather stepmother son-in-law daughter-in-law brother-in-law sister-in-law fiance fiancee "
                "ex-wife ex-husband relative".split())

#: Possessors that make the office the body's own.
_BODY_POSSESSORS = frozenset({"its", "their"})
#: Possessive pronouns that make a relative a person's own.
_PERSON_POSSESSORS = frozenset({"his", "her", "their"})

#: The target word's relation to the act: its object (or the object of a preposition under it).
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "obj"})


def _owned_by(tok: "Token", owners: frozenset[str], names: bool) -> bool:
    return any(t.dep_ == "poss" and (t.lower_ in owners or names and t.pos_ == "PROPN") for t in tok.children)


def _officer(stok: "Token", ttok: "Token", src: Actor, tgt: Actor) -> Actor | None:
    if not src.role or src.role == "CVL":
        return None
    words = {ttok.lemma_.lower(), ttok.text.lower()} | {t.lower_ for t in ttok.children if t.dep_ == "compound"}
    if not words & OFFICES or not _owned_by(ttok, _BODY_POSSESSORS, names=False):
        return None
    if stok.ent_type_ == "PERSON" or stok.lemma_.lower() in OFFICES or stok.pos_ == "PRON":
        return None  # "the chairman of Texaco criticised the company": one side, not two
    if any(t.dep_ == "poss" for t in stok.children):
        return None  # "its board backed its chief executive": an organ of the firm, its own affair
    return Actor(None, ttok.text, tgt.code, tgt.country, tgt.role)


def _relative(ttok: "Token", src: Actor, tgt: Actor) -> Actor | None:
    if src.role == "BUS":
        return None  # "the tycoon sued his brother": in a family firm the relative is often its man too
    kin = ttok if ttok.lemma_.lower() in KIN else next(
        (t for t in ttok.children if t.dep_ == "poss" and t.lemma_.lower() in KIN), None)  # "her niece's claim"
    if kin is None or not tgt.country or not _owned_by(kin, _PERSON_POSSESSORS, names=True):
        return None
    return Actor(None, kin.text, tgt.country + "CVL", tgt.country, "CVL")


def owned_person(stok: "Token | None", ttok: "Token | None", src: Actor, tgt: Actor) -> Actor | None:
    """The officer or relative as a party of its own when the act's source owns it ("its former
    chairman", "her brother") and the resolver gave it the source's entity; None otherwise."""
    if stok is None or ttok is None or stok == ttok or not src.entity or src.entity != tgt.entity or not tgt.code:
        return None
    if ttok.pos_ != "NOUN" or ttok.dep_ not in _OBJECT_DEPS:
        return None
    return _officer(stok, ttok, src, tgt) or _relative(ttok, src, tgt)
