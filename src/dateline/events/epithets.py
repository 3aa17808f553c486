"""Wire-style epithets for a state or an international body the article has just named.

News copy names a party once and then calls it by what it is: "Saudi Arabia ... the kingdom",
"Taiwan ... the island", "the European Union ... the bloc", "NATO ... the alliance", "the United
Nations ... the world body", "Israel ... the Jewish state". A reader takes the epithet as the
party named last that fits it; the name tables know none of these words ("the island" was even
read as Iceland, "the kingdom" as whatever country came last). `epithet_actor` answers for a
definite epithet with the latest fitting party of its own or the two sentences before, and
nothing when none fits: no actor is better than a wrong one (context33).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.frames import sentences_back
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.actors import ActorContext

#: Monarchies of 1989-2020 that wire copy calls "the kingdom" (or "the sultanate", "the emirate").
MONARCHIES = frozenset("SAU JOR MAR GBR THA ESP NLD BEL NOR SWE DNK KWT BHR QAT OMN ARE BRN NPL KHM BTN "
                       "SWZ LSO TON".split())
#: States on islands that wire copy calls "the island" (or "the island state", "the island nation").
ISLANDS = frozenset("TWN CUB CYP LKA JAM MLT MDG MUS ISL SGP BHR HTI DOM IRL NZL FJI TTO BRB COM CPV "
                    "STP SYC MDV".split())
#: Heads whose fitting countries are a fixed set.
COUNTRY_EPITHETS: dict[str, frozenset[str]] = {
    "kingdom": MONARCHIES, "sultanate": frozenset({"OMN", "BRN"}),
    "emirate": frozenset({"KWT", "QAT", "ARE"}), "island": ISLANDS,
}
#: Two-word epithets with one referent whatever came before.
FIXED_EPITHETS: dict[tuple[str, str], str] = {
    ("world", "body"): "IGOUNO", ("jewish", "state"): "ISR",
}
#: Heads that name an international body: the latest one the text named.
BODY_EPITHETS = frozenset({"bloc", "alliance", "grouping"})
#: Modifiers that make the noun another kind of body ("the ruling alliance" is a coalition).
_OTHER_KIND = frozenset({"ruling", "governing", "opposition", "electoral", "political", "rebel", "tribal"})


def _modifiers(tok: "Token") -> list[str]:
    return [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "nummod")]


def _definite_bare(tok: "Token") -> bool:
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids) and not any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "appos" for c in kids)


def epithet_actor(tok: "Token", ctx: "ActorContext") -> Actor | None:
    """The party a definite epithet stands for ("the kingdom" after Saudi Arabia), or None."""
    if tok.pos_ != "NOUN" or not _definite_bare(tok):
        return None
    head = tok.lemma_.lower()
    mods = _modifiers(tok)
    for m in mods:
        if (m, head) in FIXED_EPITHETS:
            code = FIXED_EPITHETS[(m, head)]
            country = None if code[:3] in ("IGO", "NGO") else code[:3]
            return Actor(None, tok.doc[tok.i - 1:tok.i + 1].text, code, country, None)
    if head in COUNTRY_EPITHETS:
        fits = COUNTRY_EPITHETS[head]
        return _latest(tok, ctx, lambda code: code if code in fits else None)
    if head in BODY_EPITHETS and not set(mods) & _OTHER_KIND:
        return _latest(tok, ctx, lambda code: code if code[:3] == "IGO" and len(code) > 3 else None)
    if head in ARMED_WORDS and not mods:
        return _latest_armed(tok, ctx, ("REB",) if head in REBEL_WORDS else ("REB", "UAF"))
    return None


#: Words a wire story uses for an armed group it has just named ("the Taliban ... the militia").
ARMED_WORDS = frozenset({"militia", "guerrilla", "insurgent", "militant", "fighter", "rebel", "movement"})
#: Of those, the words that name rebels only ("the rebels" is never a pro-government militia).
REBEL_WORDS = frozenset({"guerrilla", "insurgent", "rebel"})


def _latest_armed(tok: "Token", ctx: "ActorContext", roles: tuple[str, ...]) -> Actor | None:
    """ "Taliban forces captured Mazar-i-Sharif. The militia accused Iran ...": the armed group
    named last (an organisation or people coded as rebels or militia) in the description's own
    sentence or the two before, with its own code ("the militia" alone read UAF of the dateline)."""
    from dateline.events.actors import actor_for

    for i in range(tok.i - 1, sentences_back(tok) - 1, -1):
        t = tok.doc[i]
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
            continue  # phrase heads only ("Taliban forces": forces)
        got = actor_for(t, ctx)
        if got is not None and got.code and got.role in roles and got.country:
            return Actor(got.entity, got.name, got.code, got.country, got.role)
    return None


def _latest(tok: "Token", ctx: "ActorContext", fit) -> Actor | None:  # type: ignore[no-untyped-def]
    """The latest named party before `tok` (its own sentence or the two before) whose code
    `fit` accepts, as a bare actor of that code."""
    from dateline.events.actors import country_of
    from dateline.resolve.actors import known_org_code

    own = ctx.entity_at.get(tok.i)  # ("The island" tagged a place itself)
    seen: set[str] = {own.id} if own is not None else set()
    for i in range(tok.i - 1, sentences_back(tok) - 1, -1):
        ent = ctx.entity_at.get(i)
        if ent is None or ent.id in seen:
            continue
        seen.add(ent.id)
        if ent.label in ("GPE", "NORP", "LOC"):
            code = ent.country or country_of(ent.name)
        elif ent.label == "ORG":
            code = known_org_code(ent.name)
        else:
            continue
        got = fit(code) if code else None
        if got:
            return Actor(ent.id, ent.name, got, got if got[:3] not in ("IGO", "NGO") else None, None)
    return None
