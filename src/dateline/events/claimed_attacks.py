"""Whom "the attack" a group claimed was made on, when the claim does not say.

"X claimed responsibility for the attack on Y" codes 015 toward Y (coop.owning_up). News often
names the victim only where it tells the attack, a sentence or a paragraph before the claim:
"Drones struck oil facilities of Saudi Aramco on Saturday. ... The Houthi movement claimed
responsibility for the attacks", "Three suicide bombings took place in Tunisia last week. ...
Islamic State claimed responsibility for the attacks". By the annotation standard
(WIKINEWS_EVENTS.md) the claim's target is the attacked party as a reader takes it: the struck
body, else the country the attack took place in.

This module finds that victim:
  - in the claimed act's own phrase, by its place ("the bombing in Kabul");
  - else in the nearest earlier (within REACH) telling of an attack: an attack noun with a
    victim ("an attack on the embassy", "the embassy's bombing") or a place ("bombings took place
    in Tunisia", "an explosion in Kabul killed ..."), or an attack verb with its object or
    passive subject ("gunmen attacked the hotel", "facilities were hit by drones").
It gives candidate token lists, the likeliest first (the struck noun, then the named parties
inside its phrase, "facilities belonging to Saudi Aramco" -> Aramco); the coder resolves them.
The standard also codes an attack whose perpetrator the article names, and a claim names it:
`attack_code` gives the attack's own code from the words that tell it (drone strikes 195, a
suicide bombing 1831 ...), none for a plain "attack".
Pure functions on spaCy tokens.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that name a violent act a group may claim.
ATTACK_NOUNS = frozenset("attack assault bombing bomb blast explosion shooting raid strike airstrike ambush "
                         "massacre hijacking kidnapping abduction shelling killing assassination".split())
# Verbs that tell such an act with its victim as object (or passive subject).
ATTACK_VERBS = frozenset("attack hit strike bomb target raid shell ambush storm assault hijack kidnap".split())
# Verbs an attack noun is the subject of while the clause tells where it happened.
HAPPENING_VERBS = frozenset("take happen occur hit strike kill rock target injure wound explode go detonate".split())
_PLACE_PREPS = ("in", "at", "outside", "near")
_PLACES = frozenset({"GPE", "FAC", "LOC"})
# How far back (characters) an earlier telling may be.
REACH = 3000


def claimed_act(tok: "Token") -> "Token | None":
    """The attack noun a "claim responsibility" verb owns up to ("claimed responsibility for
    the attacks" -> attacks); None for anything else."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in ("responsibility", "credit"):
        return None
    for owner in (obj, tok):
        for p in owner.children:
            if p.dep_ == "prep" and p.lower_ in ("for", "in"):
                for g in p.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in ATTACK_NOUNS:
                        return g
    return None


def _named_inside(tok: "Token") -> list["Token"]:
    """The proper names inside a struck noun's phrase, nearest in the tree first: "facilities
    belonging to Saudi Arabia's Saudi Aramco" -> Aramco, Arabia."""
    out, frontier = [], [tok]
    while frontier:
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in ("relcl", "advcl", "conj", "cc", "punct"):
                    continue
                if c.pos_ == "PROPN" and c.dep_ != "compound":
                    out.append(c)
                nxt.append(c)
        frontier = nxt
    return out


def _place(tok: "Token", depth: int = 0) -> "Token | None":
    """The named place an act or its clause is said to be in: "in Tunisia", "in the country's
    capital, Tunis", "outside a hotel in Mogadishu" (one place phrase inside another)."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS:
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                if g.ent_type_ in _PLACES:
                    return g
                named = next((a for a in g.children if a.dep_ == "appos" and a.ent_type_ in _PLACES), None)
                if named is None and depth == 0:
                    named = _place(g, 1)
                if named is not None:
                    return named
    return None


def _noun_victims(noun: "Token") -> list[list["Token"]]:
    """Candidates an attack noun names as its victim or place."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against"):
            for g in c.children:
                if g.dep_ == "pobj":
                    return [[g], *([n] for n in _named_inside(g))]
    own = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if own is not None:
        return [[own]]
    place = _place(noun)
    if place is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in HAPPENING_VERBS:
        place = _place(noun.head)
    return [[place]] if place is not None else []


def _verb_victims(verb: "Token") -> list[list["Token"]]:
    """Candidates an attack verb names as its victim: the object, the passive subject."""
    if filters.is_negated(verb) or filters.is_hypothetical(verb):
        return []
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
            return [[c], *([n] for n in _named_inside(c))]
    return []


_WHEN = frozenset({"DATE", "TIME"})


def victims(tok: "Token", owned: list["Token"]) -> tuple[list[list["Token"]], "Token | None"]:
    """Candidate victims of what a "claim responsibility" verb owns up to, and the token that
    tells the attack (for its kind, `attack_code`): the victim its phrase names
    (coop.owning_up) unless that is only a day ("Sunday's attack"), else the article's
    (earlier_victims); ([], None) when the verb claims no attack with a victim."""
    act = claimed_act(tok)
    named = [t for t in owned if t.ent_type_ not in _WHEN]
    if named:
        return [named], act
    if act is None:
        return [], None
    return earlier_victims(act)


def earlier_victims(act: "Token") -> tuple[list[list["Token"]], "Token | None"]:
    """Candidate victims of a claimed attack noun, the likeliest first, and the token that tells
    the attack: its own place, else the nearest earlier telling of an attack within REACH
    (module doc); ([], None) when none."""
    place = _place(act)
    if place is not None:
        return [[place]], act
    doc = act.doc
    for sent in reversed(list(doc[:act.sent.start].sents)) if act.sent.start else ():
        if act.idx - sent.start_char > REACH:
            break
        for t in reversed(list(sent)):
            lemma = t.lemma_.lower()
            if t.pos_ == "NOUN" and lemma in ATTACK_NOUNS:
                found = _noun_victims(t)
            elif t.pos_ == "VERB" and lemma in ATTACK_VERBS:
                found = _verb_victims(t)
            else:
                continue
            if found:
                return found, t
    return [], None


# The kind of a claimed attack, by the words that tell it (WIKINEWS_EVENTS.md: "airstrike, drone or
# missile attack -> 195"; CAMEO 183x bombings, 181 abduction and hijacking, 186 assassination).
# A plain "attack", "shooting" or "raid" has no one code (190, 180, 182 ...): none is given.
_AERIAL = frozenset("drone drones airstrike airstrikes missile missiles rocket rockets aerial warplane warplanes".split())
_KINDS = (("1831", frozenset({"suicide"})), ("1832", frozenset({"car", "truck", "vehicle"})),
          ("1833", frozenset({"roadside"})))
_BOMBS = frozenset({"bomb", "bombing", "blast", "explosion"})


def _telling_words(t: "Token") -> set[str]:
    """The lemmas of an attack's telling and its modifiers, and of a "by" agent's ("hit by
    drone strikes")."""
    heads = [t] + [g for a in t.children if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "by"
                   for g in a.children if g.dep_ == "pobj"]
    if t.pos_ == "VERB":
        heads += [c for c in t.children if c.dep_ in ("nsubj", "dobj")]
    return {w.lemma_.lower() for h in heads for w in (h, *h.children)
            if w.dep_ in ("amod", "compound", "nmod", "nsubj", "dobj", "pobj") or w is h}


def attack_code(act: "Token | None", telling: "Token | None") -> str | None:
    """The CAMEO code of the claimed attack, by the words of the claim's act noun and of the
    telling (an aerial strike 195, a suicide / car / roadside bombing 1831-1833, another bombing
    183, a hijacking or kidnapping 181, an assassination 186); None for a plain attack."""
    words: set[str] = set()
    for t in (act, telling):
        if t is not None:
            words |= _telling_words(t)
    if words & _AERIAL:
        return "195"
    if words & _BOMBS or "bomber" in words:
        return next((code for code, marks in _KINDS if words & marks), "183")
    if words & {"hijacking", "kidnapping", "abduction", "hijack", "kidnap"}:
        return "181"
    if "assassination" in words:
        return "186"
    return None
