"""A craft's trip is no visit (tunefp47).

"An Aeroflot jet ... landed in Helsinki", "a Sudan Airways plane ... that landed in London", "a
military helicopter landed in Greece": the travel verb's subject is an aircraft, and the coder
read the airline or air force as a visitor (042 to the country). A visit (042-044) is a
person's or delegation's trip (WIKINEWS_EVENTS.md / CAMEO 042 "make a visit"); a plane that
lands, strays or is diverted makes none. A person who lands stays a visitor ("Netanyahu landed
in Cairo for talks" keeps ISRGOV 042 EGY): only the craft nouns below are guarded, and a named person's own craft ("Clinton's plane landed in
Hanoi") still carries a visitor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Event

# Nouns of aircraft: their trip is a flight, not a visit.
CRAFT_NOUNS = frozenset({
    "plane", "airplane", "aeroplane", "jet", "jetliner", "airliner", "aircraft", "helicopter",
    "chopper", "airbus", "boeing", "flight", "airship",
})
_VISIT_CODES = frozenset({"042", "043", "044"})
_RELATIVE_PRONOUNS = frozenset({"that", "which"})


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject noun; through a relative pronoun, the noun the clause hangs on."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return _carrier(verb.head)
            return c
    if verb.dep_ in ("acl", "relcl"):  # "a plane landing in London"
        return verb.head
    if verb.dep_ == "conj":
        return _subject(verb.head)
    return None


def _carrier(noun: "Token") -> "Token":
    """The noun a relative clause hangs on; where the parser hung it on the load of a carrying
    craft ("a plane carrying 199 passengers and crew that landed in London"), the craft."""
    load = noun
    while load.dep_ == "conj":
        load = load.head
    if load.dep_ == "dobj" and load.head.dep_ == "acl" and load.head.head.lemma_.lower() in CRAFT_NOUNS:
        return load.head.head
    return noun


def craft_trip(ev: "Event", tok: "Token | None") -> bool:
    """A visit code whose travel verb has an aircraft as its subject."""
    if tok is None or ev.code not in _VISIT_CODES or tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = _subject(tok)
    if subj is None or subj.lemma_.lower() not in CRAFT_NOUNS:
        return False
    # "Clinton's plane landed in Hanoi": a named person's own aircraft carries the visitor
    return not any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in subj.children)
