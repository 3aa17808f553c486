"""A labour hunger strike is aimed at the state (target73, docs/evaluation/events-target73.md).

"About 9,000 miners employed by the state corporation went on hunger strike to press for higher
wages", "union leaders began a hunger strike to protest against the austerity programme": the
act (142) was read and its target never was, since a hunger strike names no adversary (the eval's
"act read: no target word"). The annotators code such fasts by workers as a strike, toward the
employer the sentence names, else the state (r10, r24, r32: BOLLAB 142 / 1422 BOLGOV, railway
workers' fasts included; c1's fasting Africans FRAGOV): a fast is a public plea to the
authorities, not a withdrawal of labour from a firm, so `conflict.strike_target`'s last guess for
a walkout (the country's business) becomes the state here. Only labour sources (the striker
roles strike_target takes) and only a fast whose sentence says it is about pay or the state (`public_staff.employed_by_state`: "state employed miners", "miners employed by the state
corporation" strike at the government); prisoners' or rebels' fasts and a bare "joined the fast" get no guess.
Pure functions on spaCy tokens.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.conflict import STATE_CUES

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Words that make a fast a pay dispute ("to press for higher wages", "a substantial wage hike").
PAY_CUES = frozenset("wage wages pay salary salaries raise raises rise rises increase increases hike hikes "
                     "bonus bonuses".split())


def at_state(trigger: "Token", found: list) -> list:
    """strike_target's answer for a fast: a firm it found is kept; its guessed business (anchored
    on the trigger, no firm named) is the strikers' government."""
    from dateline.model import Actor
    if len(found) == 1 and found[0][0] is trigger and found[0][1].role == "BUS":
        a = found[0][1]
        return [(trigger, Actor(None, "government", a.country + "GOV", a.country, "GOV"))]
    return found


def labour_fast(code: str, trigger: "Token") -> bool:
    """A hunger strike (142 and its subcodes) in a sentence about pay or the state's policy."""
    if code[:3] != "142":
        return False
    words = {t.lower_ for t in trigger.sent} | {t.lemma_.lower() for t in trigger.sent if t.pos_ == "NOUN"}
    return bool(words & PAY_CUES or words & STATE_CUES)

