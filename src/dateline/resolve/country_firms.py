"""A firm named after a country's possessive ("Germany's Aldi", "Italy's Eni") is a business (BUS).

Wire copy introduces a company by its home country's possessive and its name alone, with no
word such as "company" or "group": "Japan's Nissan", "France's Carrefour". The actor coder
found no role in such a name and coded the bare country (DEU, as if Germany acted), a private
person (ITACVL, when the tagger took "Eni" for a person), or even a namesake town's country
("Carrefour" is also a town in Haiti). A public figure after a possessive ("Germany's Kohl") is
found in the people table before this rule is asked; a one-word name the tagger took for a
person is read as a firm only when it is no listed figure's family name ("Russia's Lebed").
Pure: the entity, its mentions and the article text in, a code or None out.
"""
from __future__ import annotations

import re

from dateline.model import Article, Entity
from dateline.resolve.countries import country_code, is_country_name

#: "<Country>'s " right before the name: one to three capitalised words and the possessive.
_POSSESSIVE_BEFORE = re.compile(r"(?:^|[^\w'’])((?:[A-Z][\w.\-]*\s){0,2}[A-Z][\w.\-]*)['’]s\s+$")
_REACH = 40


def firm_of_country(entity: Entity, article: Article | None) -> str | None:
    """Country + BUS when a mention of the unlisted, role-less name follows "<Country>'s";
    else None."""
    if article is None or not article.text or entity.role or entity.label not in ("ORG", "PERSON"):
        return None
    if entity.label == "PERSON":
        from dateline.resolve.actor_dictionary import _fold
        from dateline.resolve.surnames import family_names

        words = entity.name.split()
        if len(words) != 1 or _fold(words[0]) in family_names():
            return None
    text = article.text
    for m in entity.mentions:
        found = _POSSESSIVE_BEFORE.search(text[max(0, m.start - _REACH):m.start])
        if found and is_country_name(found.group(1)):
            country = country_code(found.group(1))
            if country:
                return country + "BUS"
    return None
