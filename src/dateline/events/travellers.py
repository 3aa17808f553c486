"""A visitor is no native of the country visited (domestic22).

An article about a state visit names the host country most, so the actor resolver, asked about an
official whose own phrase states no nationality ("King X", "Minister Y, who leaves for Japan"),
gives him the article's main country: the host's. The coder then reads the trip as travel at home
("a place at home is no party") and drops the pair, or codes the host visiting itself. When the
visitor's country is only that guess and is the very country he travels to, his country is the
other one the report names: the one in the sentence ("left Nepal for a visit to China"), else the
article's next most named country. roles61: a named private person whose country is only that
guess is re-homed too, but only to the one other country his own sentence names ("X, the chief
accused in Belgium's abuse case, visited Slovakia" in a Slovak story: BELCVL).
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from dateline.events.actors import ActorContext, country_of
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: Trips and visits: their target is the place travelled to (coder.TRAVEL_CODES).
TRAVEL_CODES = frozenset({"036", "042", "043", "044"})

#: Offices that travel abroad for their state (a named private person: see the module docstring).
_OFFICES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})

#: The article's next country must be named at least this often to be the visitor's.
_MIN_MENTIONS = 2


def visitor_from_abroad(code: str, src: Actor, stok: "Token | None", tgt: Actor, sent: "SpacySpan",
                        ctx: ActorContext) -> Actor | None:
    """The visiting official re-homed to the country he comes from, or None when the trip is
    one at home (or nothing says where else he is from)."""
    named_private = src.role == "CVL" and src.entity is not None and stok.pos_ == "PROPN"
    if code not in TRAVEL_CODES or stok is None or (src.role not in _OFFICES and not named_private) or not src.country:
        return None
    if tgt.role or tgt.code != src.country or src.country != ctx.home:
        return None  # only the article's home guess, given to the one who travels there
    if _stated_country(src, stok, ctx):
        return None  # "the US president travelled to Cleveland": his own phrase says he is at home
    if named_private:
        # roles61: "Marc Dutroux, the chief accused in Belgium's ... case, visited Slovakia" in a
        # Slovak story: a named private person is re-homed only to the one other country his
        # own sentence names (no guess from the rest of the article)
        other = _other_country_in(sent, ctx, src.country)
        return Actor(src.entity, src.name, other + src.role, other, src.role) if other else None
    other = _other_country_in(sent, ctx, src.country) or _next_country(ctx, src.country)
    if other is None:
        return None
    return Actor(src.entity, src.name, other + src.role, other, src.role)


def _stated_country(src: Actor, stok: "Token", ctx: ActorContext) -> bool:
    """The actor's own words or entity name a country: his phrase before the head ("Chinese
    President X", "the U.S. envoy"), or the entity's own country."""
    ent = next((e for e in ctx.article.entities if e.id == src.entity), None) if src.entity else None
    if ent is not None and ent.country:
        return True
    own = [t for t in stok.subtree if t.i <= stok.i] + [t for t in stok.children if t.dep_ in ("compound", "amod")]
    return any(t.ent_type_ in ("GPE", "NORP") for t in own)


def _country_of_token(tok: "Token", ctx: ActorContext) -> str | None:
    ent = ctx.entity_at.get(tok.i)
    if ent is None or ent.label not in ("GPE", "NORP"):
        return None
    return ent.country or country_of(ent.name)


def _other_country_in(sent: "SpacySpan", ctx: ActorContext, host: str) -> str | None:
    """The one country besides the host the sentence names ("left Nepal ... for China")."""
    found = {c for t in sent if (c := _country_of_token(t, ctx)) and c != host}
    return found.pop() if len(found) == 1 else None


def _next_country(ctx: ActorContext, host: str) -> str | None:
    """The article's most named country after the host, when it leads alone and is named more than
    in passing."""
    counts: Counter[str] = Counter()
    for ent in ctx.article.entities:
        if ent.label in ("GPE", "NORP"):
            c = ent.country or country_of(ent.name)
            if c and c != host:
                counts[c] += len(ent.mentions)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_MENTIONS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
