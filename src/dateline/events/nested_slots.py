"""slots23: the party an act is aimed at, named one phrase deeper than the pattern's slot.

A pattern's target slot looks at the trigger's own preposition ("negotiate with X"). In long
news sentences the party often sits inside the act's object or purpose clause instead:
"entered negotiations to end the dispute between X and Y", "preparing the ground for talks
between X and Y", "sent a letter of protest to X". The small parser hangs that phrase on the
nearest noun, so the trigger's slot is empty although a reader sees the party at once.

`nested_party` walks down from the trigger through its object, its prepositional objects and a
to-infinitive purpose clause's object (nouns only, a few steps; never into a clause with its
own subject, a relative clause or reported speech) and returns the first named party found
after a preposition the pattern's slot takes. A phrase that names no party ("talks on the
budget", "a path to peace") gives nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.patterns import Pattern

#: Entity types that name a party (a person, an organisation, a state or its people).
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Slot prepositions looked for one phrase deeper; "talks with X" and "talks between X and Y"
#: are the same act, so a "with" slot also takes "between".
NESTED_PREPS = {"with": ("with", "between"), "between": ("between", "with"), "against": ("against",),
                "to": ("to",)}
#: For a pattern that names no slot: the prepositions that mark a party on an act noun.
GENERIC_NESTED = ("with", "between", "against")
#: How many noun steps down from the trigger the search goes.
MAX_DEPTH = 3


def _named_party(tok: "Token") -> bool:
    """A named person, organisation or state, or a noun a nationality or state qualifies
    ("the Canadian government"); a date, a number or a bare common noun is none."""
    if tok.ent_type_ in PARTY_ENTS:
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
                                      for c in tok.children)


def _wanted_preps(pat: "Pattern") -> tuple[str, ...]:
    if not pat.target:
        return GENERIC_NESTED
    out: list[str] = []
    for slot in pat.target:
        for p in NESTED_PREPS.get(slot, ()):
            if p not in out:
                out.append(p)
    return tuple(out)


def _purpose_objects(head: "Token", deps: tuple[str, ...] = ("advcl", "xcomp")) -> list["Token"]:
    """ "entered talks to end the dispute ...": the object of a to-infinitive purpose clause
    that has no subject of its own (on the verb, or on the act noun: deps ("acl",))."""
    out = []
    for v in head.children:
        if v.dep_ in deps and v.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children) \
                and not any(s.dep_ in ("nsubj", "nsubjpass") for s in v.children):
            out.extend(o for o in v.children if o.dep_ == "dobj")
    return out


def _starts(tok: "Token", kind: str) -> list["Token"]:
    """The nouns the search starts from: the trigger noun itself, or a verb's object(s) and
    prepositional objects, and its purpose clause's object."""
    if kind != "verb":
        return [tok]
    out = [c for c in tok.children if c.dep_ == "dobj"]
    out += [g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    out += _purpose_objects(tok)
    return out


def nested_party(tok: "Token", pat: "Pattern", kind: str = "verb") -> list[list["Token"]]:
    """Candidate targets (the coder takes the first that resolves) found one or more phrases
    below the trigger, after a preposition the pattern's slot takes. "between X and Y" gives
    both parties, the later first (as the pattern's own "between" slot does)."""
    wanted = _wanted_preps(pat)
    if not wanted:
        return []
    frontier = _starts(tok, kind)
    seen = {tok.i}
    for _ in range(MAX_DEPTH):
        nxt: list["Token"] = []
        for noun in frontier:
            if noun.i in seen or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            seen.add(noun.i)
            for p in noun.children:
                if p.dep_ != "prep":
                    continue
                objs = [g for g in p.children if g.dep_ == "pobj"]
                if p.lower_ in wanted and not (kind != "verb" and noun is tok):
                    parties = [o for g in objs for o in (g, *g.conjuncts) if _named_party(o)]
                    if parties:
                        return [[o] for o in sorted(parties, key=lambda o: -o.i)] if p.lower_ == "between" \
                            else [parties[:1]]
                nxt.extend(objs)
            nxt.extend(c for c in noun.children if c.dep_ == "conj")
            nxt.extend(_purpose_objects(noun, ("acl",)))  # "negotiations to end the dispute with Y"
        frontier = nxt
    return []
