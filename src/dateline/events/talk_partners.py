"""talks59: the other side of an intent to meet or settle (036, 037) whose clause names none.

Why: "X agreed to take part in talks on a settlement of the X-Y conflict", "X wants to resolve
the issue through consultations", "X will seek talks to end the row": the intent is coded from
the dictionary (036 / 037), but no slot holds a party, so the coder dropped it (the eval's "act
read: no target word" / "target unresolved"). A reader takes the other side from one of two
places, and this module finds each:

- the quarrel the talks are about names both sides itself: "the Armenian-Azerbaijani conflict",
  "the PUK-KDP conflict", "the conflict between the rebels and the government"
  (`conflict_sides`: a dispute noun below the act, inside its own phrases, never in another
  clause with its own subject). The side that is not the intending party is the target;
- the story's dispute told before ("The United States accused Japan of dumping chips. ... Japan
  wants to resolve the issue through consultations"): the other party of the latest earlier
  coded act of dispute (demands, disapproval, rejection, threats, protest, sanctions, coercion:
  roots 10-17; or an earlier intent to settle it, 037) between the intending party's country and another country, in either direction,
  within a short reach (`dispute_partner`).

A speaker who says it is time for "the two sides" to hold talks includes his own side: that is
his side's intent to meet (036), not an appeal to the other (026; `both_sides`, read by
`coder._code_obligation` for `time_for`).

Not: a held meeting (04x is no intent), a prediction or hypothetical (the coder's mood filters
drop those before a target is sought), an act of another kind (a request, 020, stays without a
partner), a story with no earlier dispute of the party, or a dispute between two other parties.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import coop

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor, Event

#: Intent codes whose other side this module looks for: meet or negotiate, settle a dispute.
INTENT_CODES = frozenset({"036", "037"})
#: Nouns of a quarrel whose own phrase can name its two sides.
QUARREL_NOUNS = frozenset("dispute conflict row quarrel feud standoff stand-off rift war fighting hostility "
                          "hostilities confrontation tension tensions crisis".split())
#: Roots of an act of dispute between two parties (demand .. coerce), whose other side a later
#: intent to meet or settle answers.
DISPUTE_ROOTS = frozenset({"10", "11", "12", "13", "14", "16", "17"})
#: How far back (characters) an earlier act of dispute is taken as the story's quarrel.
DISPUTE_REACH = 1500
#: Dependencies the search below the act does not cross: another clause with its own subject,
#: reported speech, a relative clause.
_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "parataxis", "csubj", "nsubj", "nsubjpass", "advcl", "conj"})


def _below(tok: "Token", top: "Token") -> bool:
    """tok hangs under top through phrases of top's own clause (no clause boundary between)."""
    steps = 0
    while tok.i != top.i and steps < 8:
        if tok.dep_ in _CLAUSE_DEPS:
            return False
        tok, steps = tok.head, steps + 1
    return tok.i == top.i


def _between(noun: "Token") -> list["Token"]:
    """ "the conflict between the rebels and the government": the coordinated objects."""
    out: list["Token"] = []
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "between":
            for o in (g for g in p.children if g.dep_ == "pobj"):
                out.extend([o, *o.conjuncts])
    return out


def conflict_sides(trigger: "Token") -> list["Token"]:
    """The side words of the quarrel an intended meeting or settlement is about, when the
    quarrel noun (below the trigger, in its own clause, or its light verb's phrases) names
    exactly two; [] otherwise ("its dispute with Y" is nested_slots' "with")."""
    tops = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        tops.append(trigger.head)  # "ready to attend talks ... on ending the X-Y dispute": the light verb's phrases
    for top in tops:
        for t in top.subtree:
            if t.i == top.i or t.lemma_.lower() not in QUARREL_NOUNS or t.pos_ != "NOUN" or not _below(t, top):
                continue
            sides = coop.paired_modifiers(t) or _between(t)  # "the X-Y conflict", as "X-Y talks"
            if len(sides) == 2:
                return sides
    return []


def other_side(sides: list[tuple["Token", "Actor"]], mine: "Actor") -> "list[tuple[Token, Actor]]":
    """Of the two resolved sides of a quarrel, the one that is not the intending party. Two
    named factions of one kind ("the PUK-KDP conflict" for a PUK leader: both IRQREB) leave the
    faction the party is not, which codes as the party's own code."""
    if len(sides) != 2 or not all(a.code for _, a in sides):
        return []
    others = [x for x in sides if x[1].code != mine.code]
    if len(others) == 1:
        return others
    if not others and all(a.entity for _, a in sides) and sides[0][1].entity != sides[1][1].entity:
        return sides[1:]  # two named factions, both resolving as the party's own kind
    return []


def dispute_partner(trigger: "Token", mine: "Actor", earlier: list["Event"]) -> "Actor | None":
    """The other party of the latest earlier act of dispute (roots 10-17 or 037, in an earlier
    sentence within DISPUTE_REACH) between the intending party's country and another country."""
    if not mine.country:
        return None
    start = trigger.sent.start_char
    for ev in reversed(earlier):
        if ev.trigger is None or ev.trigger.start >= start or trigger.idx - ev.trigger.start > DISPUTE_REACH:
            continue
        if (ev.root not in DISPUTE_ROOTS and ev.code != "037") or not ev.source.country or not ev.target.country:
            continue
        if ev.source.country == mine.country and ev.target.country != mine.country:
            return ev.target
        if ev.target.country == mine.country and ev.source.country != mine.country:
            return ev.source
    return None


#: Words of a pair that includes the speaker's own side ("the two sides", "both countries").
_PAIR_NOUNS = frozenset("side party country government leader rival nation neighbour neighbor".split())


def both_sides(party: "Token") -> bool:
    """ "the two sides", "both sides", "the two countries", "the rivals": a pair named as one
    plural noun (not "the rebels", "the two rebel groups" of another country named by a modifier)."""
    lemma = party.lemma_.lower()
    if party.tag_ not in ("NNS", "NNPS") or lemma not in _PAIR_NOUNS:
        return False
    if lemma == "rival":
        return any(c.dep_ == "det" and c.lower_ == "the" for c in party.children)
    return any((c.dep_ == "nummod" and c.lower_ in ("two", "2")) or (c.dep_ in ("det", "predet") and c.lower_ == "both")
               for c in party.children) and not any(c.dep_ in ("amod", "compound", "prep") for c in party.children)
