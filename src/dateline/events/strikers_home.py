"""tunesrc46: strikers named by their trade take their country from their own phrase.

"Mechanics at British Airways walked out", "Pilots of Lufthansa were on strike", "Bus drivers in
Lisbon stopped work", "Workers at Hyundai Motor walked off the job": a labour strike (143,
`conflict.labour_strike`) whose subject is a trade word (`conflict.WORKER_WORDS`) that the actor
tables leave unresolved ("pilots", "mechanics") or without a country ("workers", ---LAB). The
employer or the place in the subject's own phrase ("at" / "of" / "for" / "in" / "near" X, or an
owner "Lufthansa's pilots") or in the strike verb's "at / in / near" phrase says whose labour they
are: the strikers are that country's LAB (or the role the tables gave them, "teachers" EDU), and
`conflict.strike_target` then finds the named firm (or the country's business) as the target.
Why: the tuning files' "grain handlers stopped work ... at Graan Elevator Mij" and "miners staged
a go-slow at ... Gold Mines Ltd" were lost as "source unresolved" / one-sided events.

Only the strike itself (143, not the threat of one: negated or future strikes never reach here),
only a worker noun, and only an actor with a country found inside the subject's phrase; a
subject already resolved with a country is left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

# (not "from": "workers from Poland" at a German plant say where they come from, not whose labour
# they are; not "with", which names partners as often as employers)
_PREPS = frozenset({"at", "of", "for", "in", "near"})
_PLACE_PREPS = frozenset({"at", "in", "near"})


def _objects(tok: "Token", preps: frozenset[str]) -> list["Token"]:
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def _names_in(phrase: "Token") -> list["Token"]:
    """The phrase's head and the proper names inside it, in order ("a Volkswagen plant near
    Hanover": plant, Volkswagen, Hanover)."""
    return [phrase, *(t for t in phrase.subtree if t is not phrase and t.pos_ == "PROPN")]


def _phrase_holders(worker: "Token", trigger: "Token") -> list["Token"]:
    """The employer or place words of the strike, nearest first: the worker noun's owner
    ("Lufthansa's pilots") and its "at / of / in" objects ("mechanics at British Airways"), its
    appositive's ("most of them at the Cargill terminal"), then the strike verb's own "at / in"
    objects ("walked off the job at three Rio Tinto mines", "stopped work at Hutchison's
    terminal"). Pronoun owners are left out (they are someone else's to bind)."""
    out = [c for c in worker.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    heads = [worker, *(c for c in worker.children if c.dep_ == "appos"),
             *(g for c in worker.children if c.dep_ == "appos" for g in _objects(c, frozenset({"of"})))]
    for h in heads:
        for g in _objects(h, _PREPS):
            out.extend(_names_in(g))
    # (the verb's own phrase and its object's, "stopped work at X"; not an adverbial clause's:
    # "walked out, demanding talks in Seoul" places the demand, not the work)
    verb_side = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "npadvmod"))]
    for h in verb_side:
        for g in _objects(h, _PLACE_PREPS):
            out.extend(_names_in(g))
    return out


def home_strikers(code: str, trigger: "Token", toks: list["Token"], sources: list[tuple["Token", Actor]],
                  resolve: Callable[[list["Token"]], list[tuple["Token", Actor]]]) -> list[tuple["Token", Actor]]:
    """The strikers as their employer's country's labour, or `sources` unchanged."""
    from dateline.events import conflict

    if code[:3] != "143" or len(toks) != 1 or (sources and all(a.country for _, a in sources)):
        return sources
    worker = conflict._counted(toks[0])
    if not conflict._is_worker(worker):
        return sources
    found = [a for h in _phrase_holders(worker, trigger) for _, a in resolve([h])
             if a.country and a.role not in ("LAB", "CVL")]
    # a place says where the strikers work before a firm does ("at the Cargill terminal in
    # Rotterdam": Dutch labour; a foreign owner is no home for them)
    found = [a for a in found if a.code == a.country] + [a for a in found if a.code != a.country]
    if not found:
        return sources
    country = found[0].country
    # a role the tables gave without a country ("teachers" ---EDU, "doctors" ---HLH) is kept;
    # `conflict.striker` then reads the people on strike as labour where it always does
    role = next((a.role for _, a in sources if a.role), "LAB")
    return [(worker, Actor(None, worker.text, country + role, country, role))]
