"""wire40b (issue #4): a denial and a second act joined to it by "and" are two acts.

``coder._drop_subsumed_comments`` drops a 01x comment when the sentence codes a more telling
event for the same pair ("X commented on Y's plan, calling it void": one speech act). A denial
(016) is 01x too, so "Sudan denied the charge and recalled its ambassador from Asmara" and
"Uganda denied the charge and accused Khartoum of backing the rebels" lost the denial to the
recall or the accusation aimed at the same accuser. When the other act's trigger is a verb
coordinated with the denial's own verb ("denied ... and recalled"), the two are separate acts
and the denial stands. "denied the charge, calling it a lie" (a participle, not a conjunct)
keeps the old reading.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..model import Event


def _trigger_token(ev: "Event", doc: "Doc") -> "Token | None":
    span = ev.trigger or ev.evidence
    if span is None or ev.trigger is None:
        return None
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def standing_denials(evs: list["Event"], doc: "Doc | None") -> set[int]:
    """ids of the 016 events in ``evs`` whose same-pair telling events all sit on verbs
    coordinated with the denial's verb (so the comment-subsumption step must keep them)."""
    if doc is None:
        return set()
    out: set[int] = set()
    for d in evs:
        if d.code != "016":
            continue
        tok = _trigger_token(d, doc)
        if tok is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        joined = {c.i for c in tok.conjuncts if c.pos_ in ("VERB", "AUX")}
        # oppose56: "denied involvement in the unrest, which it blamed on Y": the blame sits in a
        # relative clause on what is denied, a second act (events/denied_reports.blamed_instead)
        joined |= {t.i for o in tok.children if o.dep_ == "dobj" for t in o.subtree if t.dep_ == "relcl"}
        if not joined:
            continue
        others = [e for e in evs if e.root != "01" and (e.source.code, e.target.code) == (d.source.code, d.target.code)]
        toks = [_trigger_token(e, doc) for e in others]
        if others and all(t is not None and t.i in joined for t in toks):
            out.add(id(d))
    return out
