"""tunesrc46: strikers named by their trade take their country from their own phrase.

"Mechanics at British Airways walked out", "Pilots of Lufthansa were on strike", "Bus drivers in
Lisbon stopped work", "Workers at Hyundai Motor walked off the job": a labour strike (143,
`conflict.labour_strike`) whose subject is a trade word (`conflict.WORKER_WORDS`) that the actor
tables leave unresolved ("pilots", "mechanics") or without a country ("workers", ---LAB). The
employer or the place in the subject's own phrase ("at" / "of" / "for" / "in" / "with" X, or an
owner "Lufthansa's pilots") says whose labour they are: the strikers are that country's LAB, and
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

_PREPS = frozenset({"at", "of", "for", "in", "with", "from"})


def _phrase_holders(tok: "Token") -> list["Token"]:
    """The employer or place words of a worker noun's own phrase, nearest first: its owner
    ("Lufthansa's pilots"), its "at / of / in" objects and those of the participle that hangs on
    it ("dockers employed by X" is left out: "by" names no place of work here)."""
    out = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in _PREPS:
            for g in p.children:
                if g.dep_ == "pobj":
                    out.append(g)
                    out.extend(c for c in g.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN")
    return out


def home_strikers(code: str, toks: list["Token"], sources: list[tuple["Token", Actor]],
                  resolve: Callable[[list["Token"]], list[tuple["Token", Actor]]]) -> list[tuple["Token", Actor]]:
    """The strikers as their employer's country's labour, or `sources` unchanged."""
    from dateline.events import conflict

    if code[:3] != "143" or len(toks) != 1 or (sources and all(a.country for _, a in sources)):
        return sources
    worker = conflict._counted(toks[0])
    if not conflict._is_worker(worker):
        return sources
    for holder in _phrase_holders(worker):
        for _, actor in resolve([holder]):
            if actor.country and actor.role not in ("LAB", "CVL"):
                return [(worker, Actor(None, worker.text, actor.country + "LAB", actor.country, "LAB"))]
    return sources
