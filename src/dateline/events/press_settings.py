"""spurious69: a meeting told only as the setting of a press statement is not coded.

Wire copy places what a minister tells the press by the meeting before it: "the oil minister told
reporters after meeting with President Suharto that ...", "Speaking to reporters after meeting
Funaro, Goria said ...", "the envoy told journalists after briefing the Security Council". The news
is the statement; the meeting is its time. The annotators of the new files code no meeting there
(annr67: "a meeting that appears only after 'following' or 'after' is not coded"): the four such
rows of the new tuning files (c9, r12, r20 twice) have no 040 in their gold, nor the old r3 row
"Speaking to reporters after talks with President Suharto". A meeting after which someone does
something else ("flew into Kabul after meeting Dostum", "expressed optimism after briefing
opposition leaders": c5, r4 code the meeting) is not touched: only a verb of speaking whose
audience is the press.

Pure function on spaCy tokens; general.refine calls it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Time words that make a meeting the statement's setting.
SETTING_PREPS = frozenset({"after", "before", "following"})
#: Verbs of speaking to an audience.
SPEAKING_VERBS = frozenset({"tell", "say", "speak", "talk", "brief"})
#: Words of the press as an audience ("told reporters", "speaking to journalists", "a news conference").
PRESS_WORDS = frozenset("reporter reporters journalist journalists newsman newsmen press correspondent "
                        "correspondents conference newspaper newspapers television radio".split())
#: Roots of the consultation codes this reading removes (040-046 meet, discuss, negotiate).
MEETING_ROOT = "04"


def _press_audience(verb: "Token") -> bool:
    """The speaking verb's own audience is the press: "told reporters", "speaking to journalists",
    "said at a news conference"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj") and c.lemma_.lower() in PRESS_WORDS:
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "at", "with"):
            if any(g.lemma_.lower() in PRESS_WORDS for g in c.children if g.dep_ == "pobj"):
                return True
    return False


def press_setting(code: str, trigger: "Token") -> bool:
    """True when a consultation (04x) is told by a gerund or noun under "after / before /
    following" that hangs on a verb of speaking to the press."""
    if code[:2] != MEETING_ROOT:
        return False
    prep = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
        return False
    verb = prep.head
    if verb.lemma_.lower() not in SPEAKING_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    return _press_audience(verb)
