"""home48: the place a sentence's act happened in outranks the article's home country.

The actor coder's last resort for a description with no stated country ("police", "rebels",
"activists", "people") is the article's home country, counted from its place mentions with the
dateline's city weighted. A wire story datelined in one capital about another state ("BONN:
... Police detained 15 people at a protest in Istanbul"; "LONDON: Nigerian police arrested
three activists in Lagos") then gave the dateline's country to people who act or suffer where
the sentence says the act took place. A reader takes local people (police, protesters, rebels,
civilians) of a sentence set "in <place>" for that place's country, unless the sentence names
the home country itself (then the home reading may be meant: "Spanish tourists in Cairo").

Only roles that act where they are (LOCAL_SCENE_ROLES); a government or an army often acts
about or in a foreign place ("the government condemned the bombing in Istanbul", "troops in
Bosnia"), so those keep the home guess. Pure: a token, an entity reader and a country reader in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Roles of people a sentence's place of action names the country of.
LOCAL_SCENE_ROLES = frozenset({"COP", "OPP", "REB", "CVL", "EDU", "LAB", "HRI"})

#: Prepositions that set where an act took place ("in Lagos", "near Arbil", "east of Algiers").
_SCENE_PREPS = frozenset("in near at outside inside around across".split())
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest".split())


def _scene_places(sent) -> list["Token"]:
    """Place tokens of the sentence that say where something happened."""
    out = []
    for t in sent:
        if t.dep_ != "pobj" or t.ent_type_ not in ("GPE", "LOC", "FAC"):
            continue
        prep = t.head
        if prep.lower_ in _SCENE_PREPS:
            out.append(t)
        elif prep.lower_ == "of" and prep.head.lower_ in _DIRECTIONS:
            out.append(t)  # "east of Algiers"
    return out


def _clause_verb(tok: "Token") -> "Token | None":
    """The nearest verb above `tok` (its clause's)."""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a
    return None


#: oneactor64: verbs of going somewhere; what their traveller does next happens at the destination.
TRAVEL_VERBS = frozenset("travel go fly journey head return come visit".split())


def _destination(tok: "Token", country_at: Callable[["Token"], "str | None"]) -> str | None:
    """oneactor64: the one country a trip sets the act on `tok` in: "officers travelled to Canada
    and interviewed her friends", "flew to Lagos to question the suspect's relatives", "visited
    Peru and met families of the missing". Only for whom the act is done to (the traveller keeps
    his own country), and only where the act's verb is the trip's next step (a conjunct or a
    purpose clause of the travel verb)."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return None
    verb = _clause_verb(tok)
    if verb is None or verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.lemma_.lower() not in TRAVEL_VERBS:
        return None
    trip = verb.head
    places = [g for p in trip.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
              for g in p.children if g.dep_ == "pobj"]
    if trip.lemma_.lower() == "visit":
        places = [g for g in trip.children if g.dep_ == "dobj"]
    got = {c for g in places if g.ent_type_ in ("GPE", "LOC") and (c := country_at(g))}
    return next(iter(got)) if len(got) == 1 else None


def sentence_scene(tok: "Token", home: str | None,
                   country_at: Callable[["Token"], "str | None"]) -> str | None:
    """The one country the places of `tok`'s clause set the act in, when it is not `home` and
    the sentence names no place or people of `home`; None otherwise."""
    if not home:
        return None
    sent = tok.sent
    trip = _destination(tok, country_at)
    if trip is not None:
        return trip if trip != home else None
    verb = tok.head if tok.dep_ == "nsubj" else None  # (not whom the act is done to: "arrested ETA men in France")
    direct = {c for t in _scene_places(sent) if verb is not None and t.head.head == verb and (c := country_at(t))}
    if len(direct) == 1 and home not in direct:
        # the act's own place ("Students protested in Taipei against Beijing's ..."): a home
        # country named elsewhere in the sentence is another side, not where the act was
        return next(iter(direct))
    named = {c for t in sent if t.ent_type_ in ("GPE", "NORP", "LOC", "FAC") and (c := country_at(t))}
    if home in named:
        return None
    # only a place in the act's own clause: not "Police said the man was arrested in Germany"
    own = _clause_verb(tok)
    scenes = {c for t in _scene_places(sent) if own is not None and _clause_verb(t) == own and (c := country_at(t))}
    if len(scenes) != 1:
        return None
    (scene,) = scenes
    return scene if scene != home else None
