"""The firm a takeover or merger plan is aimed at: "Cable and Wireless opposed plans to merge
with International Telecom Japan" -> GBRBUS 120 JPNBUS; "resisted attempts to take over Suez".

Opposition to, or criticism of, a plan, attempt, bid, proposal or move whose own infinitive is a
verb of merging or buying names its other party in that verb's phrase: the firm merged with
("merge with X"), the firm to be merged, taken over or bought (the verb's object). A reader of
company copy takes that firm as the target of the opposition (the Reuters training annotations
code such rejections toward it). Only criticism (11) and rejection (12) are read here, and only
when no other reader found a target: the plan's own doer ("a bid by X", thing_owners.py) is
asked first. A plan to sell something to someone, or to merge departments at home, names no
such firm (the object must resolve to a business, or be a named organisation of which only the
country resolved: then it is that country's firm). Pure functions on spaCy tokens; actor
resolution is the coder's, passed in as `resolve`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

Resolver = Callable[[list["Token"]], list[tuple["Token", Actor]]]

PLAN_NOUNS = frozenset("plan attempt bid proposal move effort offer scheme initiative proposition".split())
# Verbs of merging or buying (lemma, with "take" only as "take over").
DEAL_VERBS = frozenset("merge take acquire buy purchase absorb combine".split())
ROOTS = frozenset({"11", "12"})


def deal_objects(noun: "Token") -> list["Token"]:
    """The firms a plan noun's merging or buying infinitive names ("plans to merge with X",
    "attempts to merge two firms", "a bid to take over X"); []."""
    out: list["Token"] = []
    for verb in noun.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in DEAL_VERBS \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        if verb.lemma_.lower() == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
            continue
        for c in verb.children:
            if c.dep_ == "dobj":
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "with":
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def deal_party(code: str, trigger: "Token", toks: list["Token"], sources: list[tuple["Token", Actor]],
               resolve: Resolver) -> list[tuple["Token", Actor]]:
    """The firm the opposed merger or takeover plan among `toks` is aimed at (module doc); []."""
    if code[:2] not in ROOTS or len(sources) != 1 or filters.is_negated(trigger):
        return []
    src = sources[0][1]
    for noun in toks:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PLAN_NOUNS:
            continue
        got = [_firm(t, a) for t, a in resolve(deal_objects(noun)) if a.code and a.code != src.code
               and not (a.entity and a.entity == src.entity)]
        got = [x for x in got if x is not None]
        if got:
            return got
    return []


def _firm(tok: "Token", actor: Actor) -> "tuple[Token, Actor] | None":
    """A merged or bought party as a firm: a business as resolved, or a named organisation of
    which only the country resolved ("International Telecom Japan": JPN -> JPNBUS); None for
    anything else ("two hospitals", a state)."""
    if actor.role == "BUS":
        return tok, actor
    if actor.role is None and actor.country and actor.code == actor.country \
            and (tok.ent_type_ == "ORG" or tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "NORP")):
        return tok, Actor(actor.entity, actor.name, actor.country + "BUS", actor.country, "BUS")
    return None


# Nouns of a firm or asset changing hands whose "to" phrase names the buyer.
SALE_NOUNS = frozenset({"sale", "transfer", "handover"})


def sale_buyer(code: str, trigger: "Token", toks: list["Token"], sources: list[tuple["Token", Actor]],
               resolve: Resolver) -> list[tuple["Token", Actor]]:
    """ "opposed the sale of Fairchild to Fujitsu": criticism (11) or rejection (12) of the sale of
    a named firm is aimed at the buyer the "to" phrase names, not at the firm sold that the "of"
    phrase names; [] when no buyer resolves or what is sold is no named firm ("the sale of U.S.
    weapons to Taiwan" stays the seller's act; the coder keeps what it found)."""
    if code[:2] not in ROOTS or len(sources) != 1 or filters.is_negated(trigger):
        return []
    src = sources[0][1]
    nouns = [t for t in toks if t.lemma_.lower() in SALE_NOUNS]
    nouns += [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in SALE_NOUNS and c not in nouns]
    for noun in nouns:
        sold = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if not any(g.pos_ == "PROPN" or any(k.dep_ == "appos" and k.pos_ == "PROPN" for k in g.children) for g in sold):
            continue  # only a named firm sold: "the sale of U.S. weapons to Taiwan" is the seller's act
        buyers = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"
                  for g in p.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
        got = [x for x in resolve(buyers) if x[1].code and x[1].country and x[1].code != src.code
               and not (x[1].entity and x[1].entity == src.entity)]
        if got:
            return got
    return []
