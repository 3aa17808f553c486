"""mideast34: a place named by who holds it is that holder ("rebel-held districts of Aleppo").

"Government forces shelled rebel-held districts of Aleppo", "jets struck Houthi-held areas of
Sanaa", "rebels shelled government-held neighbourhoods": war copy names the struck ground by the
side that holds it, and a reader codes that side as the target (SYRREB, YEMREB, SYRGOV), not the
country the place lies in (the bare SYR the place name gave). The small model parses the
compound adjective as an amod "held" / "controlled" on the place noun with the holder as its
npadvmod child. Pure functions on spaCy tokens; the caller resolves a named holder.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.model import Actor
from dateline.resolve.actors import known_org_code, split_code

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The participles that say who holds a place ("rebel-held", "Houthi-controlled").
_HOLDING = frozenset({"held", "controlled"})

#: Ground a side holds. Only these: "state-controlled media", "government-held shares" are owned
#: things, whose owner codes otherwise (a state's media is MED, not GOV).
PLACE_NOUNS = frozenset("area district town city village neighbourhood neighborhood territory part region "
                        "province enclave suburb zone quarter pocket stronghold position base camp island port "
                        "airport border crossing sector side east west north south land road highway outskirts "
                        "countryside valley hill mountain checkpoint".split())

#: mideast34: participles whose hyphened country is a patron, not the group's home ("Turkish-backed
#: rebels" fight in Syria, "Iran-backed militias" in Iraq): events/actors.phrase_tokens keeps the
#: country of "Saudi-led" in the phrase, not that of these (resolve/actors._PATRON reads a joined word).
PATRON_PARTICIPLES = frozenset({"backed", "allied", "supported", "aligned", "sponsored", "funded", "armed", "trained"})

#: Holder words that name a side by role; the place's country supplies the state.
_ROLE_HOLDERS: dict[str, str] = {
    "rebel": "REB", "insurgent": "REB", "militant": "REB", "jihadist": "REB", "opposition": "REB",
    "guerrilla": "REB", "government": "GOV", "regime": "GOV", "army": "MIL", "military": "MIL",
}


def holder_token(tok: "Token") -> "Token | None":
    """The word that names who holds the place `tok` ("rebel" in "rebel-held districts"), or None
    when the noun has no such "<holder>-held" modifier."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.pos_ == "NOUN" and tok.lemma_.lower() not in PLACE_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in _HOLDING and c.i < tok.i:
            holder = next((g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i), None)
            if holder is not None and c.i > 0 and tok.doc[c.i - 1].text == "-":
                return holder
    return None


def _listed_name(holder: "Token") -> Actor | None:
    """A listed group whose multi-word name the holder ends ("Islamic State-held": the parser
    hangs "Islamic" on the place noun, so "State" alone would read as a state): the longest run
    of capitalised words ending at the holder that the organisation table knows."""
    doc = holder.doc
    start = holder.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        start -= 1
    for i in range(start, holder.i):
        code = known_org_code(doc[i:holder.i + 1].text)
        if code:
            country, role = split_code(code)
            return Actor(None, doc[i:holder.i + 1].text, code, country, role)
    return None


def held_place(tok: "Token", actor: Actor | None, resolve: Callable[["Token"], Actor | None]) -> Actor | None:
    """The holder's actor for a place noun named by its holder; `actor` (the place's own
    reading) when the noun has no holder or the holder does not resolve. A role word takes the
    place's country ("rebel-held districts of Aleppo": SYRREB); a named holder is resolved as
    itself ("Houthi-held": YEMREB)."""
    holder = holder_token(tok)
    if holder is None:
        return actor
    role = _ROLE_HOLDERS.get(holder.lemma_.lower())
    if role is not None:
        country = actor.country if actor is not None else None
        if not country:  # "rebel-held districts of Aleppo": the place named under the noun
            place = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                          for g in c.children if g.dep_ == "pobj"), None)
            got = resolve(place) if place is not None else None
            country = got.country if got is not None else None
        if not country:
            return actor
        return Actor(None, f"{holder.text}-held {tok.text}", country + role, country, role)
    named = _listed_name(holder)
    if named is not None:
        return named
    got = resolve(holder)
    if got is None or not got.code or not got.role:
        return actor  # "Kurdish-held" (a people, no side) keeps the place's reading
    return got
