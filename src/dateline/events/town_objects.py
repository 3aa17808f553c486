"""wire40b: a town named as a verb's object, as a dictionary word.

Why: "captured Goma" is 192 (the bare "capture" line), but "Zairean rebels seized Goma",
"seized Bukavu", "took Bukavu", "the Taleban seized Kabul" coded nothing or a confiscation
(171/1711: the bare "seize" line reads property), because "+town|city" reads the object's
lemma and a name is no lemma. A dictionary line may name TOWN_OBJECT among its object lemmas
("192 seize|take +~town"); the frame's object carries it when the object (or a conjunct) is a
proper name the gazetteer knows as a capital, major city or region, or the project's
places_extra.tsv lists (the small model tags "Goma" PERSON, so the entity label is not read).
Country names are left out ("took Iraq to court"), and so are demonyms and seats of power.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

TOWN_OBJECT = "~town"


def _name(tok: "Token") -> str:
    """The proper name the token heads: its compound proper nouns and itself ("Port Harcourt")."""
    parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    return " ".join(t.text for t in (*parts, tok))


def _is_town(name: str) -> bool:
    from dateline.resolve.actors import extra_place_country
    from dateline.resolve.countries import Kind, country_match

    match = country_match(name)
    if match is not None:
        return match.kind in (Kind.CAPITAL, Kind.REGION, Kind.CITY)
    return extra_place_country(name) is not None


def is_named_town(tok: "Token") -> bool:
    """The token is a proper name (not an organisation's or a people's) of a town or city."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("ORG", "NORP") and _is_town(_name(tok))


def town_marker(obj: "Token") -> frozenset[str]:
    """{TOWN_OBJECT} when the object, or a conjunct of it, is a named town or city; else empty."""
    for tok in (obj, *obj.conjuncts):
        if is_named_town(tok):
            return frozenset({TOWN_OBJECT})
    return frozenset()
