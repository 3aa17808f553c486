"""How sure the coder is of one event, from what it had to go on.

Starts from a middling prior and moves it by evidence the coder can see: a specific
dictionary pattern, actors tied to named entities, a target found, a verb rather than a
nominalisation, and a penalty where an actor's country was only guessed from the article.
The weights are hand-set (no calibration data yet) and only order events, roughly.
"""
from __future__ import annotations

from dateline.events.patterns import Pattern
from dateline.model import Actor


def event_confidence(pat: Pattern, source: Actor, target: Actor, *, nominal: bool,
                     guessed_country: bool, derived: bool) -> float:
    score = 0.5
    score += min(pat.specificity, 4) * 0.05          # "hold +talk >with" beats bare "meet"
    score += 0.1 if source.entity else 0.0           # a named source, not "officials"
    score += 0.1 if target.code else -0.15           # dyadic events are what CAMEO is for
    score -= 0.1 if nominal else 0.0                 # "talks between X and Y" is less direct
    score -= 0.15 if guessed_country else 0.0        # country taken from the article, not the phrase
    score -= 0.05 if derived else 0.0                # intent/threat derived from "agreed to <act>"
    return round(min(0.95, max(0.05, score)), 2)
