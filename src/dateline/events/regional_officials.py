"""A regional official naming the national capital names the state, a party (pairs55).

"Quebec Premier Lucien Bouchard accused Ottawa of meddling", "Ontario Premier David Peterson
criticised Ottawa", "California Governor Gavin Newsom criticised Washington": the official resolves to his
country's government (CANGOV) and the capital to the bare country, so the coder's "a place at
home" guard (written for trips and places: "the US president travelled to Cleveland", "sent
police to Lyon") dropped the pair. The standard codes a capital as its country (CANGOV 112 CAN),
and an official of a province, state or city is another party than the national state, as
`coder._state_at_home` already holds for rebels, opposition and legislators.

Kept narrow: the source's own phrase holds a regional title (governor, premier, mayor ...) and a
province, state or city that is not a country or its capital ("Quebec", "California", "New
York"; not "Chinese Premier Li Peng", nor a people word, "Soviet Premier Ryzhkov"); the target
names the country or the national capital (`actors.seat_of_state`), not another city; trips and visits stay travel at home ("Bouchard flew
to Ottawa"). A regional body ("the Catalan regional government", "the Bavarian state government")
counts as such an official (integrator, after regions63's note).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.actors import ActorContext, country_of, seat_of_state
from dateline.resolve.countries import named_state_country, subdivision_country

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Titles of regional and local office.
REGIONAL_TITLES = frozenset({"governor", "premier", "mayor", "president", "minister", "leader", "chief"})

#: Bodies of a region's own government, and the words that mark them as the region's, not the
#: nation's ("the Catalan regional government criticised Madrid", "the Kurdistan Regional
#: Government accused Baghdad", "the Bavarian state government criticised Bonn"): before, the
#: capital was a place at home and the pair was dropped, though the region is another party.
REGIONAL_BODIES = frozenset({"government", "administration", "cabinet", "executive", "parliament", "assembly",
                             "legislature"})
REGIONAL_MARKS = frozenset({"regional", "provincial", "state", "autonomous", "municipal"})

#: Trips and visits: their target is the place travelled to (coder.TRAVEL_CODES).
_TRAVEL_CODES = frozenset({"036", "042", "043", "044"})

#: source64: adjectives of a region's people that stand for the region in an official's or a
#: body's title ("Catalan leader Carles Puigdemont accused Madrid", "the Scottish government
#: criticised London", "the Bavarian premier attacked Berlin"): the region, as "Quebec Premier"
#: is. Each names a part of one state only; peoples two states share (Kurdish, Tamil) stay out.
REGIONAL_PEOPLES = frozenset({"catalan", "basque", "corsican", "scottish", "welsh", "flemish", "walloon",
                              "bavarian", "quebec", "quebecois", "tibetan", "chechen", "tigrayan", "crimean",
                              "abkhaz", "abkhazian", "sardinian", "sicilian", "galician", "andalusian",
                              "kashmiri", "punjabi", "aceh", "acehnese", "papuan", "sabah", "sarawak",
                              "ontario", "alberta", "texan", "californian", "kosovar", "transnistrian"})

_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos"})


def _phrase(stok: "Token") -> list["Token"]:
    """The source's own words: its modifiers and title (one level of compounds down), and the
    object of an "of" ("the governor of Texas")."""
    out = [stok]
    for c in stok.children:
        if c.dep_ in _PHRASE_DEPS:
            out.append(c)
            out.extend(g for g in c.children if g.dep_ in ("compound", "amod"))
        elif c.dep_ == "prep" and c.lower_ == "of":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _regional_place(t: "Token", ctx: ActorContext) -> bool:
    """A province, state or other place that is no country or national capital."""
    if not t.text[:1].isupper():
        return False
    if t.lower_ in REGIONAL_PEOPLES:
        return True  # source64: "Catalan leader X", "the Scottish government"
    if subdivision_country(t.text) is not None or named_state_country(t.text) is not None:
        return True  # (the tagger may leave a province untagged: "Quebec Premier Lucien Bouchard")
    if t.ent_type_ not in ("GPE", "LOC"):
        return False  # (a people word may be a state's own: "Soviet Premier Nikolai Ryzhkov")
    ent = ctx.entity_at.get(t.i)
    name = ent.name if ent is not None else t.text
    return country_of(name) is None and country_of(t.text) is None


def regional_against_capital(code: str, stok: "Token | None", ttok: "Token | None", ctx: ActorContext) -> bool:
    """The act's source is a regional official and its target the national state by name."""
    if stok is None or code in _TRAVEL_CODES or not seat_of_state(ttok, ctx):
        return False
    words = _phrase(stok)
    if stok.lemma_.lower() in REGIONAL_BODIES and any(w.lower_ in REGIONAL_MARKS or w.lower_ in REGIONAL_PEOPLES
                                                     for w in words[1:]):
        return True  # "the Catalan regional government", "the Bavarian state government" (regions63)
    return any(w.lemma_.lower() in REGIONAL_TITLES for w in words) and any(_regional_place(w, ctx) for w in words)
