"""labour58: strikers are labour of the country they strike in, not of their origin.

"Thousands of tea workers of Indian origin went on strike to press demands for citizenship in
Sri Lanka" (a Colombo story) is annotated LKALAB 1433 LKAGOV; the coder read "Indian" and gave
INDLAB 1433 INDGOV, the strike aimed at a state the strikers do not work in. Migrant labour is
the same: "Egyptian labourers at a Kuwaiti construction firm went on strike" (a Kuwait story),
"Filipino workers at a factory in Taiwan walked out". A strike is a dispute with an employer
where the work is done; the strikers' origin says nothing about whom they strike.

Only a labour strike (143), or the demand made in its own clause ("went on strike to demand
..."), whose subject is a trade word (`conflict._is_worker`) whose country
came from a nationality word in its own phrase: an "of Indian origin / descent / extraction"
phrase, or a nationality adjective ("Egyptian labourers"). The place that replaces it is, first,
a place named in the strikers' or the strike's own "at / in" phrase ("at a factory in Taiwan");
else, for a firm named there of the article's home country, or for a stated origin, the
article's home country (the dateline). No place, no change: "Ford's British workers" stay
British labour (a US firm is no place).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

ORIGIN_NOUNS = frozenset("origin descent extraction ancestry background heritage".split())


def _country(tok: "Token") -> str | None:
    from dateline.events.stated_nationality import country_of
    # (a demonym the tagger left unlabelled counts too: "Bangladeshi workers")
    return country_of(tok.text) if tok.ent_type_ in ("NORP", "GPE") or tok.pos_ in ("ADJ", "PROPN") else None


def _stated(worker: "Token") -> tuple[set[str], set[str]]:
    """The countries of the worker noun's own nationality adjectives, and of its origin phrase."""
    nation = {c for t in worker.children if t.dep_ in ("amod", "compound") and (c := _country(t))}
    origin = {c for p in worker.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in ORIGIN_NOUNS
              for t in g.children if t.dep_ in ("amod", "compound") and (c := _country(t))}
    return nation, origin


def placed_strikers(code: str, trigger: "Token", toks: list["Token"], sources: list[tuple["Token", Actor]],
                    resolve: Callable[[list["Token"]], list[tuple["Token", Actor]]],
                    home: str | None) -> list[tuple["Token", Actor]]:
    """The strikers as labour of the country they strike in, or `sources` unchanged."""
    from dateline.events import conflict, strikers_home

    from dateline.events import firm_acts

    if code[:3] != "143" and code[:2] in ("02", "10") and trigger.dep_ in ("acl", "advcl", "xcomp", "relcl") \
            and firm_acts._is_strike(trigger.head):
        trigger, code = trigger.head, "143"  # "went on strike to demand ...": the strikers' own demand
    if code[:3] != "143" or len(toks) != 1 or len(sources) != 1:
        return sources
    tok, src = sources[0]
    worker = conflict._counted(toks[0])
    if not src.country or src.role not in ("LAB", "EDU", "HLH", "CVL", None) or not conflict._is_worker(worker):
        return sources
    nation, origin = _stated(worker)
    if src.country not in nation | origin:
        return sources  # the country came from somewhere else (a place, an employer)
    found = [a for h in strikers_home._phrase_holders(worker, trigger) for _, a in resolve([h])
             if a.country and a.role not in ("LAB", "CVL")]
    places = [a.country for a in found if a.code == a.country and a.country != src.country]
    country = places[0] if places else None
    if country is None and home and home != src.country and (
            src.country in origin or any(a.country == home for a in found)):
        country = home
    if country is None:
        return sources
    role = src.role or "LAB"
    return [(tok, Actor(None, worker.text, country + role, country, role))]
