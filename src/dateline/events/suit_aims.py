"""target68: whom a lawsuit with no "against" phrase is brought against: the party its purpose
clause stops.

Why: the takeover and labour stories of the wire name a suit's other side in what the suit is
for, not in an "against" phrase: "filed a lawsuit in federal court to block a tender offer by
Campeau Corp", "filed suit to stop Hillside Partners from buying its shares", "opened legal
proceedings to prevent Eastern Airlines from laying off workers", "filed a suit seeking to block
Pennzoil's attempt to collect". The dictionary reads the suit (115) but no slot holds the party,
so the coder dropped it (the eval's "act read: no target word"). A reader takes the party the
suit would stop: the object of the purpose verb when it names one, else the author of the act
stopped (the offer's "by" phrase, its possessor).

Only purpose verbs of stopping or compelling are read (block, stop, prevent, bar, force ...):
"filed suit to recover damages" names no party this way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUIT_CODE = "115"
#: Verbs of a suit's purpose whose object is the party sued (or the act of that party).
STOPPING_VERBS = frozenset("block stop prevent halt bar enjoin force compel void nullify overturn invalidate "
                           "restrain thwart delay".split())
#: Verbs a purpose clause hangs under ("filed a suit seeking to block ...").
_SEEKING = frozenset({"seek", "aim", "try", "attempt", "ask"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})


def _purpose_verbs(tok: "Token") -> list["Token"]:
    out = []
    for c in tok.children:
        if c.dep_ not in _PURPOSE_DEPS or c.pos_ not in ("VERB", "AUX"):
            continue
        lemma = c.lemma_.lower()
        if lemma in STOPPING_VERBS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            out.append(c)
        elif lemma in _SEEKING:
            out.extend(_purpose_verbs(c))
    return out


def stopped_parties(code: str, trigger: "Token") -> list[list["Token"]]:
    """For a suit (115), the candidate party words in order of preference: the purpose verb's object
    itself, then that object's "by" phrase and possessor ("a tender offer by Campeau", "Pennzoil's
    attempt"). Each entry is one reading to resolve; [] when the suit has no such purpose."""
    if code != SUIT_CODE:
        return []
    heads = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    readings: list[list["Token"]] = []
    for verb in (v for h in heads for v in _purpose_verbs(h)):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            readings.append([obj] + [c for c in obj.conjuncts if c.dep_ == "conj"])
            owners = [c for c in obj.children if c.dep_ == "poss"]
            owners += [p for b in obj.children if b.dep_ == "prep" and b.lower_ == "by"
                       for p in b.children if p.dep_ == "pobj"]
            if owners:
                readings.append(owners)
    return readings
