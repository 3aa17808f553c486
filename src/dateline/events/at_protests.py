"""People named by where they were: "arrested 400 people at a protest", "detained dozens of men
during the demonstration", "people who took part in the rally".

Private people are coded CVL, but the conventions code protesters and demonstrators OPP
(WIKINEWS_EVENTS.md), and news often names the protesters only as people at a protest. A
private-person noun whose own phrase puts it at, during or in a protest, rally, march or
demonstration, or whose relative clause has it protest or march, is the protesters (OPP of the
same country). Pure: a token and its Actor in, an Actor out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Events whose goers are protesters.
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "vigil", "riot",
                           "blockade", "picket", "uprising"})
#: Prepositions that place people at such an event ("at a protest", "during the march").
AT_WORDS = frozenset({"at", "during", "in"})
#: Verbs that make their subject a protester ("people who protested").
PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "riot"})


def _places_at_protest(word: "Token") -> bool:
    """The word has an "at / during / in <protest>" phrase of its own."""
    return any(prep.dep_ == "prep" and prep.lower_ in AT_WORDS
               and any(g.dep_ == "pobj" and g.lemma_.lower() in PROTEST_NOUNS for g in prep.children)
               for prep in word.children)


def _acting_verb(tok: "Token") -> "Token | None":
    """The verb the people are the object of: "arrested 400 people", "detained dozens of people"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("dobj", "nsubjpass"):
        tok = tok.head.head  # "dozens of people"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        return tok.head
    return None


def _at_protest(tok: "Token") -> bool:
    if _places_at_protest(tok):
        return True
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in PROTEST_VERBS:
        return True  # context33: "a million people marched ... They demanded": "they" are the marchers
    verb = _acting_verb(tok)
    if verb is not None and _places_at_protest(verb):
        return True  # "arrested 400 people at a protest": the parser hangs the place on the verb
    for rel in tok.children:
        if rel.dep_ in ("relcl", "acl") and rel.lemma_.lower() in PROTEST_VERBS:
            return True  # "people who protested"
        if rel.dep_ in ("relcl", "acl") and _places_at_protest(rel):
            return True  # "people who took part in the rally", "people taking part in a march"
    return False


def protest_goers(tok: "Token", actor: Actor | None) -> Actor | None:
    """The protesters, for private people the phrase puts at a protest; else the actor as given."""
    if actor is None or actor.role != "CVL" or not actor.country or tok.pos_ != "NOUN":
        return actor
    if not _at_protest(tok):
        return actor
    return Actor(actor.entity, actor.name, actor.country + "OPP", actor.country, "OPP")
