"""A city the small model tagged PERSON (or ORG), read as the place where the sentence puts it in a place's slot.

The small spaCy model tags many cities it has seen little of as people ("visited Kherson",
"Russian troops attacked Avdiivka", "the mayor of Lyon" is fine but "Lyon's mayor" is not). A
person with no title then took the article's country as a private person, so a French
president's visit to Kherson was coded FRAGOV 042 FRACVL instead of UKR, and the attack on a
Ukrainian city became an attack on the attacker's own civilians.

A reader knows the word is a place from two things together: the name is a real city (the
gazetteer has it, with a population big enough to be what news means) and the sentence uses it
where places go: the object of a place preposition ("in", "to", "near" ...), the owner of a
place's parts and people ("Kherson's mayor", "Lyon's residents"), a name before a place noun
("the Kherson region"), or the object of a verb done to places (visit, shell, capture ...).
A name that is a listed public figure's family name, or the last word of another person's
name in the same text ("Lloyd Austin ... Austin"), or that has a first name or title beside it,
stays a person. Pure: the Doc and spans in, spans out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from dateline.resolve.ner_base import NerSpan

#: Prepositions whose object is a place when the object is a city's name.
PLACE_PREPOSITIONS = frozenset({"in", "into", "near", "toward", "towards", "outside", "around", "across",
                                "through", "via", "inside", "within"})
#: Prepositions that take people as often as places ("a letter to X", "a call from X"): a place
#: only after a word of going or sending.
MOTION_PREPOSITIONS = frozenset({"to", "from", "at"})
MOTION_WORDS = frozenset({"travel", "go", "come", "fly", "return", "move", "head", "arrive", "flee", "trip",
                          "visit", "journey", "deploy", "evacuate", "relocate", "drive", "march", "advance",
                          "retreat", "withdraw", "send", "road", "way", "route", "flight", "train", "convoy",
                          "land", "sail", "walk", "escape", "push", "displace", "transfer", "pull"})
#: Nouns whose "in" takes a person ("confidence in X"): no place slot.
PERSON_IN_NOUNS = frozenset({"confidence", "faith", "trust", "interest", "belief", "stake", "role", "part"})
#: Nouns for a place's parts and people: their possessor or compound name is a place.
PLACE_PART_NOUNS = frozenset({"mayor", "governor", "resident", "residents", "people", "street", "outskirts",
                              "centre", "center", "airport", "port", "region", "province", "oblast",
                              "district", "suburb", "city", "area", "population", "citizen", "citizens",
                              "council", "outskirt", "harbour", "harbor", "station", "hospital"})
#: Verbs done to places: their direct object is a place when it is a city's name.
PLACE_VERBS = frozenset({"visit", "tour", "shell", "bomb", "bombard", "strike", "hit", "attack", "capture",
                         "seize", "raid", "enter", "reach", "besiege", "liberate", "recapture", "retake",
                         "storm", "evacuate", "occupy", "encircle", "surround", "pound", "target",
                         "overrun", "leave", "flee"})
#: wire40b: verbs whose object is a place only when it names a major city or a listed place
#: ("rebels took Bukavu"); "take" takes people and things far more often than towns.
TAKING_VERBS = frozenset({"take"})
#: left42b: nouns naming a settlement by an "of" phrase ("the town of Goma", "the port city of
#: Kismayu"): the "of" object is the place's name.
NAMED_BY_OF_NOUNS = frozenset({"town", "city", "village", "port", "capital", "township"})
#: A city's name of at most this many words ("Khan Younis", "Deir al-Balah") is read as the place.
MAX_WORDS = 3
#: The labels a city's name is misread as, and how big the city must be to be read as the place
#: (a one-word firm is more often named after a town than a person is: "invested in Nokia").
LABELS = {"PERSON": 20_000, "ORG": 100_000}


def in_place_slot(tok: "Token") -> bool:
    """The token stands where the sentence puts a place."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in PLACE_PREPOSITIONS:
            return head.head.lemma_.lower() not in PERSON_IN_NOUNS
        if head.lower_ == "of" and head.head.lemma_.lower() in NAMED_BY_OF_NOUNS:
            return True  # left42b: "seized the town of Goma"
        if head.lower_ == "of" and head.head.lower_ == "out" and head.head.head.lemma_.lower() in MOTION_WORDS:
            return True  # integ31: "pulling out of Grozny"
        return head.lower_ in MOTION_PREPOSITIONS and head.head.lemma_.lower() in MOTION_WORDS
    if tok.dep_ in ("poss", "compound") and head.pos_ == "NOUN" and head.lower_ in PLACE_PART_NOUNS:
        return True
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in TAKING_VERBS:
        from dateline.events.town_objects import is_named_town  # wire40b: "rebels took Bukavu"

        return is_named_town(tok)  # a major city only: "took Taylor" keeps the person
    return tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in PLACE_VERBS


def _city_name(text: str, min_population: int) -> bool:
    from dateline.resolve.places import place_country

    return place_country(text, min_population=min_population) is not None


def _known_person_name(text: str) -> bool:
    """A listed public figure's family name (resolve/surnames.py): "Austin", "Lee"; or a listed
    figure's whole name."""
    from dateline.resolve.actor_dictionary import _fold
    from dateline.resolve.actors import builtin_people
    from dateline.resolve.surnames import family_names

    return _fold(text) in family_names() or builtin_people().entry(text) is not None


def places_tagged_as_people(doc: "Doc", spans: list["NerSpan"], lone: "Callable[[Doc, NerSpan], bool]") -> list["NerSpan"]:
    """One-word PERSON spans that name a city and stand in a place's slot somewhere in the
    text become GPE, every mention of that name; `lone(doc, span)` says the name has no first
    name or title beside it."""
    from dateline.resolve.ner_base import NerSpan

    person_words = {doc[s.end - 1].text for s in spans if s.label == "PERSON" and s.end - s.start > 1}
    places: set[str] = set()
    for s in spans:
        n = s.end - s.start
        if s.label not in LABELS or n > MAX_WORDS:
            continue
        tok = doc[s.end - 1]  # the head of a name: "Khan Younis" hangs on "Younis"
        text = doc[s.start:s.end].text
        if text in places or not all(t.text[:1].isupper() for t in doc[s.start:s.end]):
            continue
        if n == 1 and (text in person_words or not lone(doc, s)) or n > 1 and not _alone(doc, s):
            continue
        if in_place_slot(tok) and _city_name(text, LABELS[s.label]) and not _known_person_name(text) \
                and not (s.label == "ORG" and _listed_org(text)):
            places.add(text)
    if not places:
        return spans
    return [NerSpan(s.start, s.end, "GPE") if s.label in LABELS and doc[s.start:s.end].text in places else s
            for s in spans]


def _alone(doc: "Doc", s: "NerSpan") -> bool:
    """A name of several words with no further name or title word beside it."""
    from dateline.resolve.roles import PERSON_HEADS

    before = doc[s.start - 1] if s.start > 0 else None
    after = doc[s.end] if s.end < len(doc) else None
    return not (before is not None and (before.pos_ == "PROPN" or before.lower_ in PERSON_HEADS)
                or after is not None and after.pos_ == "PROPN")


def _listed_org(text: str) -> bool:
    from dateline.resolve.actors import known_org_code

    return known_org_code(text) is not None
