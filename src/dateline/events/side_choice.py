"""sides27: which word takes a side, and which country it gets, where the coder had one side of a
gold triple right and the other in another country ("one actor right", the largest kind of wrong
triple on unseen text). Small rules the coder asks at its slot and side choices
(coder `_events_for`); each is a reading that recurs, not one sentence's wording.
docs/evaluation/events-sides27.md."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.model import Actor
from dateline.events.subjects import called_foreign
from dateline.resolve.actor_roles import role_code

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of a third party's good offices: "a ceasefire negotiated / brokered by X" names who
#: arranged the truce, not a side of it; breaking or backing it is no act toward X.
MEDIATING_VERBS = frozenset("broker mediate negotiate arrange sponsor facilitate host oversee "
                            "monitor supervise guarantee".split())


def mediator_agent(agent: "Token | None") -> bool:
    """True when `agent` is the "by" object of a participle of good offices on a noun ("the
    truce brokered by Egypt", "a ceasefire negotiated by Pelletreau"): the go-between, whom the
    coder must not take for the party an act on the noun is aimed at."""
    if agent is None or agent.dep_ != "pobj" or agent.head.dep_ != "agent":
        return False
    verb = agent.head.head
    return verb.dep_ == "acl" and verb.lemma_.lower() in MEDIATING_VERBS


def passive_doer(clause: "Token") -> list["Token"]:
    """The by-agent of a passive reported clause: in "X said the truce was broken by Y" or "X
    said the talks should be opened by Y" the one the report is about is the doer Y, not the
    thing the clause's grammatical subject names ("the truce"). Empty when the clause is not
    passive or names no agent (the coder then keeps the clause's subject)."""
    if not any(c.dep_ == "nsubjpass" for c in clause.children):
        return []
    return [g for a in clause.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" and _may_act(g)]


def _may_act(tok: "Token") -> bool:
    """A name, a pronoun or a role noun can be a doer; "was driven by a wish
    of ..." names a reason, and taking it lost the ruling's target (the advice's author) on the
    Wikinews dev set."""
    from dateline.events.frames import names_actor  # (frames asks this module: imported late)

    return names_actor(tok) or tok.pos_ == "PRON" or role_code(tok.lemma_.lower()) is not None


#: Roles of officials whom a visitor meets in a list ("will meet the Prime Minister X, the
#: Deputy Prime Minister Y and the Finance Minister Z"): one host government's officers.
_LISTED_OFFICE_ROLES = frozenset({"GOV", "LEG", "MIL", "JUD", "COP"})


def listed_hosts(sides: list[tuple["Token", Actor]], home: str | None) -> list[tuple["Token", Actor]]:
    """Officials named in one list take the country the others of the list share, when their
    own came only from the article's main country: "Tsang will meet Prime Minister Bolger,
    Deputy Prime Minister McKinnon and Finance Minister Birch" names the New Zealand cabinet,
    whichever country the article is mostly about. A side whose own phrase names a country
    ("the Australian trade minister") keeps it."""
    if len(sides) < 3 or not home:
        return sides
    countries = [a.country for _, a in sides]
    out = []
    for i, (tok, actor) in enumerate(sides):
        others = {c for j, c in enumerate(countries) if j != i}
        if actor.country == home and actor.role in _LISTED_OFFICE_ROLES and len(others) == 1 \
                and (shared := next(iter(others))) and shared != home and not _names_country(tok):
            actor = Actor(actor.entity, actor.name, shared + actor.role, shared, actor.role)
        out.append((tok, actor))
    return out


def _names_country(tok: "Token") -> bool:
    """The side's own words (its phrase and title, not its clauses) name a place or people."""
    from dateline.events.actors import phrase_tokens  # (actors imports frames, which imports us)

    return any(t.ent_type_ in ("GPE", "NORP") for t in phrase_tokens(tok))


#: Codes of a state's coercion of people in its hands (arrest, detention, charge, sentence, trial:
#: 173, 1731...; a raid or seizure 1711-1712): whom a state arrests or sentences it holds within
#: its own jurisdiction. Deportation (174) is excluded: the deported are foreigners.
HELD_ROOTS = ("173", "171", "172", "175")
_STATE_ROLES = frozenset({"", "GOV", "COP", "JUD", "MIL"})
#: home48: the roles of unnamed people held by a foreign state who take its country over the
#: article's home guess: private people, and the domestic opposition, students, unions, rebels
#: and rights activists a state arrests ("Britain criticised Nigeria for detaining opposition
#: leaders": NGAOPP, not GBROPP; "police in Dushanbe detained 12 opposition supporters": TJKOPP
#: in a Moscow story). Journalists (MED) stay: a state's arrests of reporters are often of foreign ones.
HELD_HOME_ROLES = frozenset({"CVL", "OPP", "EDU", "LAB", "REB", "HRI"})


def held_people(sides: list[tuple["Token", Actor]], doer: Actor, home: str | None) -> list[tuple["Token", Actor]]:
    """Unnamed private people whom a state arrests, tries or sentences take that state's
    country when theirs was only the article's main country: "Turkey sentenced two people
    smugglers" in a story about a Syrian family's deaths are people held in Turkey (TURCVL).
    A side with a nationality of its own ("a British bartender", "Albanians"), a pronoun (the
    coreference stage's person) or a named person keeps its own."""
    if not doer.country or doer.role not in _STATE_ROLES and doer.role is not None or not home \
            or doer.country == home:
        return sides
    out = []
    for tok, actor in sides:
        if actor.role in HELD_HOME_ROLES and actor.entity is None and actor.country == home and tok.pos_ == "NOUN" \
                and not _names_country(tok):
            actor = Actor(None, actor.name, doer.country + actor.role, doer.country, actor.role)
        out.append((tok, actor))
    return out


#: legal30: roles of unnamed people a state holds or searches who take its country when they have none.
_COUNTRYLESS_HELD = frozenset({"CVL", "MED", "OPP", "EDU", "LAB", "NGO"})
#: legal30: codes whose unnamed patients are in the acting state's hands: held (173 ...) or searched (091).
COUNTRYLESS_CODES = frozenset({*HELD_ROOTS, "091"})


def countryless_held(sides: list[tuple["Token", Actor]], doer: Actor) -> list[tuple["Token", Actor]]:
    """legal30: unnamed people of no country at all (the article names none) whom a state's
    authorities arrest, jail or search are in that state: "Turkey jailed three journalists on
    terrorism charges" (TURMED, not ---MED), "police searched the homes of three journalists in
    Islamabad" (PAKMED). A side with a country of its own, a name or a pronoun keeps its own."""
    if not doer.country or doer.role not in _STATE_ROLES and doer.role is not None:
        return sides
    out = []
    for tok, actor in sides:
        if actor.role in _COUNTRYLESS_HELD and not actor.country and actor.entity is None and tok.pos_ == "NOUN" \
                and not called_foreign(tok.children):  # (integ30: "arrested foreign workers": of no country named)
            actor = Actor(None, actor.name, doer.country + actor.role, doer.country, actor.role)
        out.append((tok, actor))
    return out


def slots_on_the_verb_first(candidates: list[list["Token"]], tok: "Token", obj: "Token | None",
                            own_preps: frozenset[str] = frozenset()) -> list[list["Token"]]:
    """The pattern's filled slots, those found one phrase down moved behind the others: in
    "spoke to the Ugandan leader about the dispute with Tanzania" the pattern's "with|to" order
    would take the "with" of the topic ("the dispute with Tanzania", which `prep_objects` adds
    from one level down) over the addressee the verb's own "to" names. The deeper phrase stays
    a candidate for when nothing else resolves ("entered into an agreement with X" has no other
    slot and keeps its nested one); the other slots (object, owner, the verb's own
    prepositions) keep the pattern's order, and so does a phrase under a noun the pattern itself
    asks for by its preposition ("deploy +troop along:border >with|along": "along its border with
    India" names the party there on purpose; `own_preps` are the pattern's constrained ones)."""
    if len(candidates) < 2:
        return candidates
    deep = [all(_one_phrase_down(t, tok, obj) and not _under_own_prep(t, own_preps) for t in c)
            for c in candidates]
    if all(deep) or not any(deep):
        return candidates
    return [c for c, d in zip(candidates, deep) if not d] + [c for c, d in zip(candidates, deep) if d]


def _under_own_prep(t: "Token", own_preps: frozenset[str]) -> bool:
    """The nested phrase hangs on the object of a preposition the pattern constrains."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    noun = t.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in own_preps


def _one_phrase_down(t: "Token", tok: "Token", obj: "Token | None") -> bool:
    """`t` is the object of a preposition that hangs on a noun other than the trigger and its
    object ("with" in "about the dispute with Tanzania")."""
    # (spaCy makes a new Token object at each access: compare positions, never identity)
    heads = {tok.i} | ({obj.i} if obj is not None else set())
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    prep = t.head
    return t.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i not in heads \
        and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.dep_ in ("pobj", "dobj")


#: Nouns for a body's or a person's premises: what is raided, stormed or attacked there is
#: aimed at whoever the "of" phrase names ("the offices of the main opposition party").
PREMISES_NOUNS = frozenset("office headquarters headquarter premises building compound studio home "
                           "residence apartment flat house".split())
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY"})


def premises_owner(tok: "Token") -> "Token | None":
    """The owner an "of" phrase gives a premises noun ("raided the offices of the Cumhuriyet
    newspaper", "attacked the offices of Chinese state media", "the home of opposition leader
    X"): the noun itself read as an actor is only the state's "office" or the article's country,
    the wrong side (and in another country for "Chinese state media" in a Hong Kong story).
    Places are no owners ("the offices in / of Nairobi"); a capitalised name ("the Office of the
    Prime Minister", "the House") is an institution the resolver knows."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PREMISES_NOUNS or not tok.text[:1].islower():
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            owner = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ in ("NOUN", "PROPN") and owner.ent_type_ not in _PLACE_ENTS:
                return owner
    return None


#: Roots of the use of force (as coder FORCE_ROOTS): whom a strike hits is where it falls.
_FORCE_ROOTS = ("18", "19", "20")
_PLACE_PREPS = frozenset({"in", "near", "at", "outside", "around", "inside", "on", "into", "across"})


def struck_abroad(code: str, trigger: "Token", sides: list[tuple["Token", Actor]], doer: Actor,
                  place_actor: Callable[["Token"], Actor | None]) -> list[tuple["Token", Actor]]:
    """Unnamed people or places hit by a use of force in another country than the attacker's
    are of that country: "Turkish jets bombed villages in northern Iraq" (IRQCVL), "Russian
    jets bombed a market in Idlib, killing 20 civilians" (SYRCVL). The coder gave them the
    attacker's country, the one the sentence (and often the article) names. The place is a
    named place "in / near / at ..." of the target's own phrase or of the act's clause (or of
    the clause a participle of result hangs on: "..., killing 20 civilians"), and one country
    only; a target with a nationality of its own ("Kurdish villages", "Syrian soldiers") or a
    name keeps its reading."""
    if code[:2] not in _FORCE_ROOTS or not doer.country:
        return sides
    out = []
    for tok, actor in sides:
        if actor.entity is None and actor.role == "CVL" and actor.country == doer.country \
                and tok.pos_ == "NOUN" and not _own_nationality(tok):
            where = _struck_country(tok, trigger, doer.country, place_actor)
            if where is not None:
                actor = Actor(None, actor.name, where + "CVL", where, "CVL")
        out.append((tok, actor))
    return out


def _struck_country(tok: "Token", trigger: "Token", home: str, place_actor) -> str | None:
    from dateline.events.dating import clause_tokens  # (dating imports nothing of ours; kept local)

    scope = [*tok.subtree, *clause_tokens(trigger)]
    if trigger.dep_ in ("advcl", "xcomp", "conj") and trigger.tag_ == "VBG":
        scope.extend(clause_tokens(trigger.head))  # "bombed a market in Idlib, killing civilians"
    found = set()
    for t in scope:
        if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS and t.ent_type_ not in ("GPE", "LOC"):
            t = place_named_by(t) or t  # integ30: "in the southern Gaza city of Rafah", "in the Odesa region"
        if (t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS or t.dep_ != "pobj") and t.ent_type_ in ("GPE", "LOC"):
            got = place_actor(t)
            if got is not None and got.country and got.country != home:
                found.add(got.country)
    return next(iter(found)) if len(found) == 1 else None


#: Nouns for a place that a name qualifies: "the Odesa region", "the city of Rafah", "Kunduz province".
PLACE_KIND_NOUNS = frozenset("region province oblast state district governorate prefecture county area "
                             "city town village capital port".split()) \
    | frozenset({"enclave", "suburb", "stronghold"})  # conflict31: "the Moslem enclave of Gorazde"


def place_named_by(tok: "Token") -> "Token | None":
    """integ30: the place name a place-kind noun carries: its "of" object ("the city of Rafah")
    or its name modifier ("the Odesa region", "the southern Gaza city"); None when the noun is
    of another kind or names no place."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PLACE_KIND_NOUNS:
        return None
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            named = next((o for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")), None)
            if named is not None:
                return named
    return next((c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"
                 and c.ent_type_ in ("GPE", "LOC", "NORP")), None)


def _own_nationality(tok: "Token") -> bool:
    """The side's own words name a country ("Syrian villages"); a people with no state of its
    own ("Kurdish villages") does not."""
    from dateline.events.actors import country_of, phrase_tokens  # (actors imports frames, which imports us)

    return any(t.ent_type_ in ("GPE", "NORP") and country_of(t.text) for t in phrase_tokens(tok))


#: roles61: the words that make a group the subject's own rival ("a rival faction", "rival guerrillas")
RIVAL_WORDS = frozenset({"rival", "breakaway", "splinter", "dissident"})
#: roles61: the roles a rival of the same country shares with the subject (armed or political groups)
_RIVAL_ROLES = frozenset({"REB", "OPP", "UAF"})


def rival_of_same_country(sides: list[tuple["Token", Actor]], doer: Actor) -> list[tuple["Token", Actor]]:
    """roles61: "An Iraqi Kurdish group said it had agreed a ceasefire with a rival faction": the
    rival of a group of known country is a group of that same country (IRQREB, not the ---REB
    "a rival faction" reads alone). Only a side of no country, no name and no nationality word of
    its own, with a rival word on it, whose role the subject shares or the group kinds share
    (REB/OPP/UAF); a "rival country" or a named rival keeps its own reading."""
    if not doer.country or doer.role not in _RIVAL_ROLES:
        return sides
    out = []
    for tok, actor in sides:
        if actor.role in _RIVAL_ROLES and not actor.country and actor.entity is None and tok.pos_ == "NOUN" \
                and any(c.dep_ in ("amod", "compound") and c.lower_ in RIVAL_WORDS for c in tok.children) \
                and not called_foreign(tok.children):
            actor = Actor(None, actor.name, doer.country + actor.role, doer.country, actor.role)
        out.append((tok, actor))
    return out
