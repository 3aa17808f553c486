"""world32: peacekeepers, inspectors or aid a state agrees or refuses to let in (0861-0863, 1245).

"Indonesia agreed to allow a peacekeeping force into East Timor", "Habibie agreed to accept U.N.
peacekeepers", "Belgrade refused to admit OSCE monitors": the dictionary reads "agree to allow /
accept" as compliance (080) and "refuse to allow" as a plain rejection, whatever is let in.
CAMEO names what is let in: receiving peacekeepers 0861, inspectors or monitors 0862, aid 0863;
refusing any of them is 1245 (refuse to allow international involvement). The allowed verb's
object decides; "agreed to allow opposition rallies" keeps its code.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ADMIT_VERBS = frozenset({"allow", "accept", "admit", "let", "permit", "receive", "welcome"})
PEACEKEEPERS = frozenset({"peacekeeper", "peacekeeping", "peace-keeper", "peace-keeping"})
FOREIGN_FORCE_WORDS = frozenset({"international", "multinational", "foreign", "u.n.", "un", "nato", "peacekeeping",
                                 "australian-led", "u.n.-backed", "u.n.-mandated"})
FORCES = frozenset({"force", "troop", "soldier", "contingent", "mission"})
INSPECTORS = frozenset({"inspector", "monitor", "observer", "verifier"})
AID = frozenset({"aid", "convoy", "relief", "supply", "food"})
AGREEING_CODES = frozenset({"080"})
REFUSING_CODES = frozenset({"120", "125", "1245"})


def _admitted(trigger: "Token") -> "Token | None":
    """The object of the "to allow / accept" verb the trigger governs."""
    for x in trigger.children:
        if x.dep_ == "xcomp" and x.lemma_.lower() in ADMIT_VERBS:
            return next((o for o in x.children if o.dep_ == "dobj"), None)
    return None


def admitted_kind(obj: "Token") -> str | None:
    """0861, 0862 or 0863 for what the object names: peacekeepers (or a foreign force),
    inspectors and monitors, aid; None for anything else."""
    lemma = obj.lemma_.lower()
    mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "compound", "nmod")}
    if lemma in PEACEKEEPERS or lemma in FORCES and mods & FOREIGN_FORCE_WORDS:
        return "0861"
    if lemma in INSPECTORS:
        return "0862"
    if lemma in AID:
        return "0863"
    return None


def admission_code(code: str, trigger: "Token") -> str | None:
    """The 086x or 1245 code of an agreement or refusal to let peacekeepers, inspectors or aid
    in; None keeps the code."""
    if code not in AGREEING_CODES | REFUSING_CODES:
        return None
    obj = _admitted(trigger)
    kind = admitted_kind(obj) if obj is not None else None
    if kind is None:
        return None
    return kind if code in AGREEING_CODES else "1245"
