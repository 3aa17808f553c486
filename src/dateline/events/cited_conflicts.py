"""history62: a dated act of material conflict told as a plain past fact is coded, not background.

`dating.is_history` drops an act its own clause dates years before the article ("visited Iraq
twice in 1995"), since the standard (WIKINEWS_EVENTS.md) does not code "states and background".
Measured on the tune files with the rule switched off, the gold codes the dated acts of material
conflict a sentence states as its own fact ("Eritrea cut diplomatic ties with Sudan in 1994",
"Osama was killed by US special forces in 2011", "miners rioted in Bucharest in 1990") and none of
the other dated acts the coder then read (a visit, joining a union, leaving a country, a first
meeting, a guilty plea: 0 right, 6 wrong). So one kind goes back to being coded:

- the act's pattern is material conflict: CAMEO roots 14-16 and 18-20 (protest, posture, cut
  relations, assault, fight, mass violence); root 17 (arrests, jailing, house arrest) stays
  background: dated, it is a biography's step ("was arrested by the KGB in 1974");
- the verb is the sentence's main clause (ROOT, or a verb coordinated with it): a relative clause
  ("Kuwait, which Iraq invaded in 1990, ...") describes a party, it is not the sentence's news;
- simple past, not a state: no perfect or progressive auxiliary ("has occupied ... since 1985",
  "had invaded"), and no "since"/"from"/"until"/"throughout" span ("imposed sanctions since 2015").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: CAMEO roots of material conflict a dated main clause still codes (17, coercion, left out).
CITED_ROOTS = frozenset({"14", "15", "16", "18", "19", "20"})

#: Prepositions that make a dated act a state lasting up to now or a span.
_SPAN_PREPS = frozenset({"since", "from", "until", "till", "throughout"})


def cited_conflict(trigger: "Token") -> bool:
    """Whether a history-dated `trigger` is a past act of material conflict the sentence states
    in its main clause, simple past (see the module docstring)."""
    if trigger.pos_ != "VERB":
        return False
    if not (trigger.dep_ == "ROOT" or trigger.dep_ == "conj" and trigger.head.dep_ == "ROOT"
            and trigger.head.pos_ in ("VERB", "AUX")):
        return False
    if any(c.dep_ in ("aux", "auxpass") and (c.lemma_.lower() == "have" or c.tag_ == "VBG")
           or c.dep_ == "aux" and c.lemma_.lower() == "be" for c in trigger.children):
        return False  # "has occupied", "had invaded", "was occupying" (a passive "was killed" stays)
    if any(c.dep_ == "prep" and c.lower_ in _SPAN_PREPS for c in trigger.children):
        return False
    return _pattern_root(trigger) in CITED_ROOTS


def _pattern_root(trigger: "Token") -> str:
    """The CAMEO root of the dictionary pattern the verb's frame matches ("" when none)."""
    from dateline.events.frames import verb_frame
    from dateline.events.patterns import load_dictionary

    pat = load_dictionary().match(verb_frame(trigger))
    return pat.code[:2] if pat is not None else ""
