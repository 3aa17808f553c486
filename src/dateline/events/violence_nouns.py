"""Generic names for violence read back to who did it: "Students clashed with police ... The
government condemned the violence" -> the students.

A reader takes "the violence", "the unrest", "the killings" or "the repression" in a criticism,
a denial or a rejection as the violent act the article has just reported, and its target as
whoever did that act (WIKINEWS_EVENTS.md: definite descriptions are resolved from the article,
"the attack" means the strike the article is about). These nouns name no verb of their own, so
the verb/noun families of events/context.py (`act_doer`: "stabbed ... the stabbing") and
events/act_targets.py ("bombed ... the bombing") never reach them. Here the noun's kind says
which coded event roots it can stand for (CAMEO: 145 violent protest, 175 police force, 18x
assault, 19x fighting, 20x mass violence, 14x for "unrest"), and the latest earlier coded event
of one of those roots, by someone other than the speaker, gives the target.

Asked by the coder (`_events_for`) only when an answering act (05, 10, 11, 12) found no
target. Pure functions on spaCy tokens and the article's earlier events.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Token

# Event roots (code prefixes) each kind of violence noun can stand for.
_FORCE = ("145", "175", "18", "19", "20")
_DISORDER = ("14", "175")
_CLASH = ("145", "19")
_KILLING = ("175", "18", "19", "20")
_REPRESSION = ("17", "18", "19")
VIOLENCE_NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("violence", "bloodshed", "carnage", "mayhem", "brutality", "savagery"), _FORCE),
    **dict.fromkeys(("unrest", "disturbance", "disorder", "chaos", "rioting", "looting", "vandalism",
                     "lawlessness", "turmoil"), _DISORDER),
    **dict.fromkeys(("clash", "fighting", "skirmish", "confrontation"), _CLASH),
    **dict.fromkeys(("killing", "massacre", "slaughter", "bloodbath"), _KILLING),
    **dict.fromkeys(("repression", "oppression", "heavy-handedness"), _REPRESSION),
}
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
# A phrase that itself says whose violence, or against whom ("violence against women", "the
# clashes between X and Y", "violence by police"): left to the slot readers, never guessed.
_OWN_PHRASE = frozenset({"against", "by", "between", "toward", "towards", "on", "from", "of", "among"})
# The answers whose target a violence noun can stand for: praise (05), demands (10), criticism
# (11), rejection (12). Not statements (01): "denied the killings" answers an accuser, not a doer.
ANSWER_ROOTS = frozenset({"05", "10", "11", "12"})
# How far back (characters) the act the noun names may be.
REACH = 1500


def violence_noun(tok: "Token") -> tuple[str, ...] | None:
    """The event roots a definite, bare violence noun can stand for, else None ("the
    violence", "the recent unrest", "these killings"; not "violence against women", not
    "a clash", not "the army's repression")."""
    if tok.pos_ != "NOUN":
        return None
    roots = VIOLENCE_NOUNS.get(tok.lemma_.lower()) or VIOLENCE_NOUNS.get(tok.lower_)
    if roots is None:
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids):
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in _OWN_PHRASE for c in kids):
        return None
    return roots


def violence_doers(things: list["Token"], sources: list[tuple["Token", Actor]],
                   earlier: list[Event]) -> list[tuple["Token", Actor]]:
    """The doers of the violent act a violence noun among `things` names: the latest earlier
    coded event (within REACH, before the noun) of one of the noun's roots whose source is not
    one of `sources`, with its coordinated co-doers (the same trigger and code)."""
    mine = {a.code for _, a in sources} | {a.entity for _, a in sources if a.entity}
    for noun in things:
        roots = violence_noun(noun)
        if roots is None:
            continue
        place = _place(noun)
        for ev in reversed(earlier):
            if ev.trigger is None or ev.trigger.start >= noun.idx or noun.idx - ev.trigger.start > REACH:
                continue
            if not ev.code.startswith(roots) or not ev.source.code:
                continue
            if place is not None and not _told_at(ev, place, noun.doc):
                continue  # "the violence in Syria" is not the clash just told in Gaza
            if ev.source.code in mine or (ev.source.entity and ev.source.entity in mine):
                continue
            doers = [ev.source] + [o.source for o in earlier if o is not ev and o.trigger is not None
                                   and o.trigger.start == ev.trigger.start and o.code == ev.code
                                   and o.source.code and o.source.code not in mine]
            out: list[tuple["Token", Actor]] = []
            for d in doers:
                if all(d.code != a.code for _, a in out):
                    out.append((noun, d))
            return out
    return []


def _place(noun: "Token") -> str | None:
    """The named place of the noun's "in" phrase ("the violence in Paris"), lower case, or None."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "in":
            for g in p.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                    return g.lower_
    return None


def _told_at(ev: Event, place: str, doc) -> bool:
    """Whether the sentence that told `ev` names `place` (the same act, told where it happened)."""
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span is not None and any(t.lower_ == place for t in span.sent)
