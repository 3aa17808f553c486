"""code71: a party's act said to break a written rule is an accusation (112), not criticism.

"The EC said Japan's new tariffs violate GATT rules", "Canada charged that the U.S. duty breaches
the trade agreement", "Turkey said Greek activities in the Aegean contravened the 1976 Berne
Agreement", "officials said Japan has failed to live up to its semiconductor agreement". The
speaker alleges that a party (the maker of the act, or the party itself) broke a law, a treaty
or a contract: by the standard (WIKINEWS_EVENTS.md: "accuse / blame / allege -> 112") an
accusation. The Reuters tuning gold codes all four 112, as econ31 already did for "said the
sanctions violated GATT rules".

critic59 (events/judged_things.py) made a THING that breaks a rule criticism (111) toward its
maker, on the Wikinews reading of "imposition of citizenship ... violates fundamental
principles of self-determination". Both readings are kept apart by what is broken: an
INSTRUMENT (a law, rules, an agreement, a treaty, a contract, the terms or provisions of one,
commitments) is an accusation; a principle, a right, the spirit of cooperation or a
sovereignty is a verdict (111, critic59). A pointing "it" (critic59's `pointed_makers`) keeps
critic59's reading.

A thing with no maker in its phrase ("said the controls violated trade rules", the makers named a
sentence before) keeps critic59's reading, which finds those makers.

Not an accusation: a negated breach ("said the plan did not violate the accord"), a possible one
("may violate", "could breach") or a conditional one ("would breach it if ...").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Written rules whose breach is an offence a party can be accused of.
INSTRUMENTS = frozenset(
    "law laws rule rules regulation regulations agreement agreements accord accords treaty treaties pact pacts "
    "contract contracts act provision provisions term terms constitution charter convention statute statutes "
    "resolution resolutions understanding commitment commitments obligation obligations guideline guidelines "
    "protocol protocols deal code article articles clause clauses "
    "promise promises pledge pledges".split())  # code74: a promise broken or not kept, as an accord is
# Verbs of breaking such a rule.
BREAKING = frozenset({"violate", "break", "breach", "contravene", "infringe", "flout"})
# "failed to <keep> the agreement": the keeping verbs, with the preposition their rule takes.
KEEPING = {"honour": None, "honor": None, "keep": None, "fulfil": None, "fulfill": None, "respect": None,
           "observe": None, "implement": None, "meet": None, "live": "to", "comply": "with", "abide": "by",
           "adhere": "to", "stick": "to"}
_GUESSING = frozenset({"may", "might", "could"})


def _instrument(noun: "Token") -> bool:
    return noun.lower_ in INSTRUMENTS or noun.lemma_.lower() in INSTRUMENTS


def _objects(verb: "Token", prep: "str | None") -> list["Token"]:
    if prep is None:
        return [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ == prep
            for g in p.children if g.dep_ == "pobj"]


def _negated(verb: "Token") -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _hedged(verb: "Token") -> bool:
    from dateline.events.judged_things import conditional

    return any(c.dep_ == "aux" and c.lower_ in _GUESSING for c in verb.children) or conditional(verb)


_NAMING = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _named_breaker(clause: "Token") -> bool:
    """The breaker is a party, or a thing whose maker the phrase names ("Japan's tariffs", "the
    U.S. duty", "Greek activities"). A bare thing ("the controls", its makers named a sentence
    before) is left to critic59's criticism of the makers it finds there."""
    from dateline.events.judged_things import is_thing

    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if not is_thing(subj):
        return True
    return any(t.ent_type_ in _NAMING for t in subj.subtree if t != subj)


def broken_instrument(clause: "Token") -> bool:
    """True for a clause that states a breach of a written rule: "<X> violates GATT rules",
    "<X> breached the terms of the accord", "<X> infringed on the treaty", "<X> has failed to live
    up to / honour its agreement", "<X> has not lived up to / fulfilled its promise" (code74);
    False when the breach is negated, possible or conditional."""
    lemma = clause.lemma_.lower()
    if lemma in KEEPING and _negated(clause) and not _hedged(clause) and _named_breaker(clause):
        # code74: "said Japan has not lived up to the terms of the agreement", "had not fulfilled its
        # promise": the "failed to keep" accusation told with a negation (the r24-r40 gold: 112)
        return any(_instrument(o) for o in _objects(clause, KEEPING[lemma]))
    if _negated(clause) or _hedged(clause) or not _named_breaker(clause):
        return False
    if lemma in BREAKING:
        objs = _objects(clause, None) or _objects(clause, "on")
        return any(_instrument(o) for o in objs)
    if lemma == "fail":
        for x in (c for c in clause.children if c.dep_ == "xcomp" and c.lemma_.lower() in KEEPING):
            if _negated(x):
                continue
            objs = _objects(x, KEEPING[x.lemma_.lower()])
            if any(_instrument(o) for o in objs):
                return True
    return False


def accused_breaches(verb: "Token") -> list["Token"]:
    """The clauses a speech verb reports that state a breach of a written rule (a pointing "it"
    that critic59 reads as the act just named keeps critic59's verdict)."""
    from dateline.events.judged_things import pointed_makers

    return [c for c in verb.children if c.dep_ == "ccomp" and broken_instrument(c) and not pointed_makers(c)]


def stance_code(clause: "Token") -> str:
    """The code of a reported clause the stance score reads as criticism: 112 when the clause
    states a breach of a written rule ("said Greek activities contravened the agreement"),
    111 otherwise."""
    from dateline.events.judged_things import pointed_makers

    return "112" if broken_instrument(clause) and not pointed_makers(clause) else "111"


def denied_breach(code: str, verb: "Token") -> bool:
    """True for the dictionary's "112 say ^ccomp:violate ..." when every breaking clause it
    reports is negated ("Greece said Turkey's exploration did not violate the agreement"): no
    accusation is made."""
    if code != "112":
        return False
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in BREAKING]
    return bool(comps) and all(_negated(c) for c in comps)


__all__ = ["INSTRUMENTS", "BREAKING", "KEEPING", "broken_instrument", "accused_breaches", "stance_code", "denied_breach"]
