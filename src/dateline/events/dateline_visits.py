"""target75: a visit whose clause names no destination is a visit to the place the story is filed from.

Wire copy filed from the host's capital tells a foreign visitor's trip without naming the host:
"King Fahd of Saudi Arabia begins a four-day state visit on Tuesday" (LONDON; tune gold SAUGOV
036 GBR), "... West German president, Richard von Weizsaecker, who arrives today for a four-day
official visit" (LA PAZ; DEUGOV 042 BOL), "Hashimoto, who arrived at 11 a.m." (SAN JOSE; JPNGOV 042
CRI). The coder read the visit and found no target word (coop13 read only "arrived here"). The
destination is the dateline's country when the visitor is foreign to it: a reader of "LA PAZ,
March 9 - ... arrives today for a visit" knows the visit is to Bolivia.

And the place may sit on the verb that carries the visit noun rather than on the noun: "came to
Brazil on a private visit" (USAELI 042 BRA), "was in Britain on the first leg of a tour" (BRAGOV
042 GBR): a "to" place of a motion verb, or an "in" place of "be", whose "on" / "for" phrase
holds the visit noun.

Only the trip codes (042 made, 036 intended), only a visit word (the verb "arrive", "visit",
"come", or a visit noun the act is read on or carries), only a visitor of a state (its
government, elite, legislature or army: an arrival of rescuers or of a private person is no
visit between states), only a dateline country other than the visitor's, and not a bare participle ("officials seen
arriving" at a meeting) or a bare noun ("the visit this week by X") for the dateline's country. Pure parse tests; the
coder reads the dateline and resolves the place.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Codes of a trip: a visit made (042), an intention to visit (036).
VISIT_CODES = frozenset({"042", "036"})
#: Verbs that are a trip themselves.
VISIT_VERBS = frozenset("arrive visit come".split())
#: Nouns of a trip.
VISIT_NOUNS = frozenset("visit tour trip stay".split())
#: Roles of a state's visitor.
STATE_VISITORS = frozenset({"GOV", "ELI", "LEG", "MIL", ""})
#: Verbs that carry the visit noun in a phrase and may name the place themselves.
CARRYING_VERBS = frozenset("come go be travel fly arrive".split())


def visit_word(trigger: "Token") -> "Token | None":
    """The word that makes the act a trip: the verb, the noun, or a visit noun the verb governs."""
    lemma = trigger.lemma_.lower()
    if lemma in VISIT_VERBS or lemma in VISIT_NOUNS:
        return trigger
    for c in trigger.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in VISIT_NOUNS:
            return c
        if c.dep_ == "prep":
            g = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in VISIT_NOUNS), None)
            if g is not None:
                return g
    return None


def carried_place(word: "Token") -> "Token | None":
    """ "came to Brazil on a private visit", "was in Britain on the first leg of a tour": the
    GPE of the "to" (or, for "be", "in") phrase of the verb whose "on" / "for" phrase holds the
    visit noun (also through "the first leg of")."""
    t = word
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("on", "for"):
            verb = t.head.head
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in CARRYING_VERBS:
                preps = ("to", "in") if verb.lemma_.lower() == "be" else ("to",)
                for p in verb.children:
                    if p.dep_ == "prep" and p.lower_ in preps:
                        place = next((g for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
                        if place is not None:
                            return place
            return None
        if t.dep_ == "pobj" and t.head.lower_ == "of":  # "the first leg of a tour"
            t = t.head.head
            continue
        return None
    return None


def state_visitor(role: str | None, country: str | None) -> bool:
    """A visitor of a state: its government, elite, legislature or army, with a country."""
    return bool(country) and len(country) == 3 and country.isalpha() and (role or "") in STATE_VISITORS


def bare_participle(trigger: "Token") -> bool:
    """ "officials seen arriving", "delegates arriving for the meeting": a participle with no
    auxiliary tells people coming to an event, not a state's visit (no dateline host for it)."""
    return trigger.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)


__all__ = ["VISIT_CODES", "bare_participle", "carried_place", "state_visitor", "visit_word"]
