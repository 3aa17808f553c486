"""A labour strike named by its strikers: "the pilots' strike", "a controllers' strike", "the
cabin crew strike" -> the workers, coded as labour of the article's country.

Occupations ("pilots", "controllers", "train drivers", "cabin crew") are not role words: most
of them name private persons or, for pilots, soldiers too, so the role table leaves them
unknown. As the owner of a strike, though, they are workers on strike, and strikers are labour
(CAMEO LAB; the role table has "striker" LAB). A criticism, ban or ruling aimed at "the pilots'
strike" is aimed at them. Only a plural common noun (or a crew noun) owning the strike counts:
"air strike", "hunger strike", "Monday's strike", "Israel's strike" name no workers.

labour58: people named as on strike ("striking postal clerks", "the strikers") are labour too,
when nothing else resolved them.

Asked at the end of the coder's `_resolve`, only for a word nothing else resolved. Pure
functions on spaCy tokens.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

STRIKE_NOUNS = frozenset({"strike", "walkout", "stoppage"})
# Singular nouns that name a body of workers ("the cabin crew strike", "the staff walkout").
CREW_NOUNS = frozenset({"crew", "staff", "workforce", "personnel"})
# Time words that own a strike as its day, not its doers ("the weekend's strike").
_TIME_WORDS = frozenset("day week weekend month year today yesterday night morning hour".split())


def _workers(tok: "Token") -> "Token | None":
    """The noun that names the strikers of a strike noun, from either end."""
    if tok.lemma_.lower() in STRIKE_NOUNS and tok.pos_ == "NOUN":
        return next((c for c in tok.children if c.dep_ in ("poss", "compound") and _people(c)), None)
    if tok.dep_ in ("poss", "compound") and tok.head.lemma_.lower() in STRIKE_NOUNS and tok.head.pos_ == "NOUN" \
            and _people(tok):
        return tok
    return None


def _people(tok: "Token") -> bool:
    """A common noun for people in the plural, or a crew noun: not a time, a place or a name."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.lemma_.lower() in _TIME_WORDS:
        return False
    return tok.tag_ == "NNS" or tok.lemma_.lower() in CREW_NOUNS


def striking_workers(tok: "Token", home: str | None) -> Actor | None:
    """Labour of the strikers' country (a national adjective on them, else the article's
    home country) when `tok` is a strike owned by workers or the workers owning it."""
    workers = _workers(tok)
    if workers is None and _people(tok) and (tok.lemma_.lower() == "striker" or any(
            c.dep_ == "amod" and c.lower_ == "striking" for c in tok.children)):
        workers = tok  # labour58: "striking postal clerks", "the strikers": people on strike
    if workers is None:
        return None
    from dateline.resolve.countries import country_code

    named = next((country_code(c.text) for c in workers.children if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
    country = named or home
    if not country:
        return None
    return Actor(None, workers.text, country + "LAB", country, "LAB")
