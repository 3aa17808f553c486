"""Targets that are things done by someone: "urged a halt to the selling of bonds by US banks",
"opposed parts of the cuts proposed by the ministry", "a ship which Greece threatened".

An act is often aimed, grammatically, at a thing rather than at an actor: a halt to a sale, a
part of a plan, a ship. When the target slot holds such a word and nothing resolved from it,
a reader takes the target to be whoever does the thing, when the thing's own phrase names
that doer with "by" (WIKINEWS_EVENTS.md: the actor the act is aimed at). The thing is looked
for through a relative pronoun ("which" -> its antecedent) and one step through a part or an
aim noun ("elements of X", "a halt to X", "a debate on X", "an inquiry into X"); the doer is
the object of the thing's "by" phrase.

Measured and dropped (docs/evaluation/events-targets28.md): a possessor, a national
modifier, a "from" or "against" phrase as the owner (+2 wrong holdout triples, none right),
and the maker an earlier clause named for non-answer roots or through a pronoun possessor
("his ruling") (tune +0/+2). The coder asks this module only when a target slot resolved to no
actor, after the other repairs; nothing here overrides a named target. Pure functions on spaCy
tokens; actor resolution is the coder's, passed in as `resolve`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

Resolver = Callable[[list["Token"]], list[tuple["Token", Actor]]]

# Roots whose target may be a thing's doer: appeals (02), consultation (04), cooperation
# (05-08), demands (10), disapproval (11), rejection (12), threats (13), coercion (17), force
# (18-20). Statements (01) about a thing are about it, not aimed at its doer; intents (03) are
# the actor's own plans; protests (14) are handled by the policy-owner rule.
OWNED_ROOTS = frozenset("02 04 05 06 07 08 10 11 12 13 16 17 18 19 20".split())
# Nouns that name a part or a share of what their "of" phrase names: "elements of the plan",
# "some of the proposals", "parts of the deal".
PART_NOUNS = frozenset("element part aspect portion section provision clause detail term some many most all "
                       "one none much any each several rest bulk".split())
# Nouns of an aim whose "to"/"on"/"of"/"for"/"into" phrase names the thing aimed at: "a halt to
# the selling", "a debate on the tax", "a review of the ban", "an inquiry into the deal".
AIM_NOUNS = frozenset("halt end stop debate review inquiry investigation probe vote challenge objection "
                      "opposition amendment change changes revision repeal withdrawal".split())
_AIM_PREPS = frozenset({"to", "on", "of", "for", "into", "over", "about"})
_RELATIVE = frozenset({"which", "that"})


def _antecedent(t: "Token") -> "Token":
    """ "a ship which Greece threatened to seize": the relative pronoun stands for the ship."""
    if t.lower_ in _RELATIVE and t.pos_ in ("PRON", "DET", "SCONJ"):
        clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return clause.head
    return t


def _inner(t: "Token") -> list["Token"]:
    """The thing a part or an aim noun points through: "elements of X", "a halt to X" -> X."""
    lemma = t.lemma_.lower()
    preps = {"of"} if lemma in PART_NOUNS or t.lower_ in PART_NOUNS else _AIM_PREPS if lemma in AIM_NOUNS else set()
    preps_of = [p for p in t.children if p.dep_ == "prep" and p.lower_ in preps]
    if not preps_of and lemma in AIM_NOUNS and t.dep_ == "dobj":
        # "urged a halt to the selling": the small model hangs the aim's "to" on the verb
        preps_of = [p for p in t.head.children if p.dep_ == "prep" and p.lower_ in preps and p.i > t.i]
    return [g for p in preps_of for g in p.children if g.dep_ == "pobj" and (g.pos_ in ("NOUN", "PROPN") or g.tag_ == "VBG")]


def things_of(toks: list["Token"]) -> list["Token"]:
    """The thing nouns a target slot names, with the things their parts and aims point at
    (one step): "elements of proposals" -> elements, proposals."""
    out: list["Token"] = []
    for t in toks:
        t = _antecedent(t)
        if t.pos_ != "NOUN" and t.tag_ != "VBG":
            continue
        for x in [t, *_inner(t)]:
            if x not in out:
                out.append(x)
            for y in _inner(x) if x is not t else []:
                if y not in out:
                    out.append(y)
    return out


def doers(noun: "Token") -> list["Token"]:
    """The doers the thing's own "by" phrase names ("the selling of bonds by the banks"); [].
    target61: the parser labels some such phrases "agent" ("a bid by Enel to take over Suez")."""
    return [g for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
            for g in p.children if g.dep_ == "pobj"]


def thing_owner(code: str, trigger: "Token", toks: list["Token"], sources: list[tuple["Token", Actor]],
                resolve: Resolver) -> list[tuple["Token", Actor]]:
    """The doer of the thing an act is aimed at (module doc), other than the acting side
    itself; [] when none is named or the act is negated."""
    if code[:2] not in OWNED_ROOTS or len(sources) != 1 or filters.is_negated(trigger):
        return []
    src = sources[0][1]
    mine = {src.code} | ({src.entity} if src.entity else set())
    for noun in things_of(toks):
        got = [x for x in resolve(doers(noun)) if x[1].code and x[1].code not in mine
               and not (x[1].entity and x[1].entity in mine)]
        if got:
            return got[:1]
    return []
