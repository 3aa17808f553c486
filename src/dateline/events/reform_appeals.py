"""spurious70: an appeal for a reform is an appeal for a change in policy (0242).

The annotated Reuters and Wikinews files code an appeal whose asked act is a reform
("urged Japan to liberalise its financial markets", "asked the FCC to deregulate AT&T",
"called for sweeping reforms", "should ease monetary policy") as 0242 in every case
(48 gold 0242 in the tuning files, no gold 024), while the coder gave the plain appeal (020),
the trade appeal (0211, "to liberalise its market"), the de-escalation appeal (0254, "to
ease ...") or the bare root 024 ("call for: reform" in verbs.txt). Only the code changes:
the pair is the appeal's own. A reform whose modifier names the political order
("democratic", "constitutional", "electoral" reforms) is an institutional change (0244).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import appeals

if TYPE_CHECKING:
    from spacy.tokens import Token

# The codes an appeal may carry before the repair.
APPEAL_CODES = frozenset({"020", "0211", "0254", "024"})
# Asked acts that are a reform whatever their object.
REFORM_VERBS = frozenset("liberalise liberalize deregulate reform overhaul restructure privatise privatize "
                         "decontrol".split())
# The nouns of a reform asked for ("called for reforms", "to speed up its liberalisation").
REFORM_NOUNS = frozenset("reform reforms overhaul overhauls liberalisation liberalization deregulation "
                         "restructuring privatisation privatization".split())
# Verbs that change a policy named as their object ("to ease monetary policy").
POLICY_SHIFTS = frozenset("ease loosen tighten relax adjust alter revise shift modify".split())
POLITICAL_ORDER = frozenset("democratic political constitutional electoral".split())


def _noun_code(noun: "Token") -> str | None:
    """0242 for a reform noun, 0244 when it is a reform of the political order; None: no reform."""
    if noun.lemma_.lower() not in REFORM_NOUNS and noun.lower_ not in REFORM_NOUNS:
        return None
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    return "0244" if mods & POLITICAL_ORDER else "0242"


def _act_code(act: "Token") -> str | None:
    """The reform code of an asked act ("to deregulate", "to ease its monetary policy", "to step
    up the pace of its liberalisation"); None when the act is no reform."""
    if any(c.dep_ == "neg" for c in act.children):
        return None  # "urged Y not to reform": no reform asked
    if act.lemma_.lower() in REFORM_VERBS:
        return "0242"
    for obj in (c for c in act.children if c.dep_ == "dobj"):
        if (code := _noun_code(obj)) is not None:
            return code
        if obj.lemma_.lower() in ("policy", "policies") and act.lemma_.lower() in POLICY_SHIFTS:
            return "0242"
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for g in prep.children:
                if g.dep_ == "pobj" and (code := _noun_code(g)) is not None:
                    return code
    return None


def reform_code(code: str, trigger: "Token") -> str | None:
    """The appeal's code when what it asks is a reform (None: keep the code). `trigger` is the
    appeal verb ("urged Y to liberalise"), or the advised verb itself ("Y should deregulate")."""
    if code not in APPEAL_CODES:
        return None
    if trigger.pos_ == "VERB" and (own := _act_code(trigger)) is not None:
        return own  # the advice reader's trigger is the advised act
    for act in appeals._asked_acts(trigger):
        if (found := _act_code(act)) is not None:
            return found
    content = appeals._content(trigger)
    if content is not None and content.dep_ == "pobj":
        return _noun_code(content)  # "called for sweeping reforms"
    return None
