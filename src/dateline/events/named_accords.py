"""An accord named after a city is no party (spurious68, docs/evaluation/events-spurious68.md).

"The six nations are abiding by the Paris accord", "Iran said it would no longer comply with the
Vienna agreement": the resolver read the accord's phrase, found the city, and made its country
the target (080 toward FRA, AUT). A city in an accord's name is where it was signed (Paris,
Louvre, Plaza, Vienna, Oslo, Dayton, Camp David), not a party to it; the parties are not named.
Accords named by their parties' countries ("the U.S.-Japan semiconductor accord") keep their
reading: only a place that is no country's own name is dropped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.resolve.countries import is_country_name

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a signed text that are named after the place of signing.
ACCORD_NOUNS = frozenset("accord accords agreement agreements treaty pact protocol convention conventions "
                         "declaration charter communique understanding framework".split())
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _city_names(accord: "Token") -> list["Token"]:
    return [c for c in accord.children if c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in _PLACE_ENTS]


def _other_party(accord: "Token") -> bool:
    """A modifier that names a party: a country, a nationality, a person or an organisation."""
    return any(c.dep_ in ("compound", "nmod", "amod", "poss") and (
        c.ent_type_ in ("NORP", "PERSON", "ORG") or c.ent_type_ == "GPE" and is_country_name(c.text))
        for c in accord.children)


def place_named_accord(ttok: "Token | None") -> bool:
    """True when the target read is a city in an accord's name ("the Paris accord"), or the
    accord itself with such a name and no party among its modifiers."""
    if ttok is None:
        return False
    accord = ttok if ttok.lemma_.lower() in ACCORD_NOUNS else (
        ttok.head if ttok.dep_ in ("compound", "nmod", "amod") and ttok.head.lemma_.lower() in ACCORD_NOUNS else None)
    if accord is None:
        return False
    cities = [c for c in _city_names(accord) if not is_country_name(c.text)]
    if not cities:
        return False
    if ttok is accord:
        return not _other_party(accord)
    return ttok in cities
