"""left42b: "Iran denied sending troops": a denial answers whoever reported the act it denies.

Why: "Iraq said Iranian troops had crossed into the north. Iran denied sending troops into
northern Iraq" coded the reported act (IRNMIL 190 IRQ, reported speech codes the act) but not
the denial: a denial's target is found only from an earlier accusation event (112 and the
other pressing roots, coder._pressing_party), and a bare "said" makes none. A reader takes the
denial as aimed at the party that said it. So when a denial (016) whose verb takes an act as
its complement ("denied sending / attacking / helping ...") has no target, the latest earlier
event (an earlier sentence, within reach) done by the denier's country and reported under a
speaking verb names the target: that verb's subject, when it is of another country.
"Iran denied the report" and denials with a named accuser are left to the other rules.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor, Event

DENYING_VERBS = frozenset({"deny"})
#: How far back (characters) the report may lie.
REACH = 1500


def denies_act(code: str, trigger: "Token") -> bool:
    """A denial whose verb takes a clause or gerund ("denied sending troops")."""
    return code == "016" and trigger.lemma_.lower() in DENYING_VERBS and any(
        c.dep_ in ("xcomp", "ccomp", "pcomp") or c.dep_ == "dobj" and c.tag_ == "VBG" for c in trigger.children)


def _speech_subject(tok: "Token") -> "Token | None":
    """The subject of the speaking verb the act's clause is reported under, if any."""
    from dateline.events.actors import SPEAKING_VERBS

    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in SPEAKING_VERBS:
            return next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        node = node.head
    return None


def reporter(trigger: "Token", denier: "Actor", earlier: list["Event"],
             resolve: "Callable[[list[Token]], list[tuple[Token, Actor]]]") -> "Actor | None":
    """The party that reported the denied act: the speaker of the latest earlier act done by
    the denier's country."""
    if not denier.country:
        return None
    doc = trigger.doc
    for ev in reversed(earlier):
        if ev.trigger is None or ev.trigger.start >= trigger.sent.start_char \
                or trigger.idx - ev.trigger.start > REACH:
            continue
        if ev.source.country != denier.country:
            continue
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        subj = _speech_subject(span.root)
        if subj is None:
            return None  # the latest act of the denier's side was no report
        for _, actor in resolve([subj]):
            if actor.country and actor.country != denier.country:
                return actor
        return None
    return None
