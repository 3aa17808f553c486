"""An agreement or acceptance that names no partner answers whoever just asked: "Sweden asked
Turkey to approve its bid. Ankara agreed on Tuesday" -> Turkey agreed with Sweden.

Wire copy tells a request and its answer in two sentences, and the answer names only its
maker ("Ankara agreed", "the rebels accepted the invitation", "Addis Ababa accepted the
request"). A reader takes the other side from the sentence before: the one who asked, invited
or demanded, when the answering side was the one asked. The coder's `_pressing_party` does
this for compliance, denials and rejections (080, 016, 081x, 12x); agreements (019) and
accepted invitations (036 "accept +invitation") were left without a target and dropped.

Asked by the coder (`_events_for`) only when such an act found no target. Pure functions on
spaCy tokens and the article's earlier events.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Token

# Answering codes, the trigger lemmas that make them an answer, and the roots of the earlier
# acts they answer: an agreement answers an appeal (02) or a demand (10); an accepted
# invitation answers the invitation (026 appeal to meet, 036 "invited X to talks").
ANSWERS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "019": (frozenset({"agree", "consent"}), ("02", "10")),
    "036": (frozenset({"accept"}), ("02", "03")),
}
# How far back (characters) the request may be: the sentence before, or the one before that.
REACH = 600


def _says_what(trigger: "Token") -> bool:
    """ "agreed that the economy was slowing", "agreed with the critics": an agreement with a
    view or with a named party, no answer to a request."""
    return any(c.dep_ in ("ccomp", "dobj") or c.dep_ == "prep" and c.lower_ in ("with", "on", "about")
               and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "agreed on Tuesday"
               for c in trigger.children)


def asker(code: str, trigger: "Token", source: Actor, earlier: list[Event]) -> Actor | None:
    """The side that asked `source` for what it now agrees to or accepts: the latest earlier
    coded request (within REACH, before the trigger) aimed at `source` (its code, or its bare
    country), made by someone else. None when the act is no such answer."""
    spec = ANSWERS.get(code)
    if spec is None or trigger.lemma_.lower() not in spec[0]:
        return None
    if code == "019" and _says_what(trigger):
        return None
    for ev in reversed(earlier):
        if ev.trigger is None or ev.trigger.start >= trigger.idx or trigger.idx - ev.trigger.start > REACH:
            continue
        if not ev.code.startswith(spec[1]) or not ev.source.code or not ev.target.code:
            continue
        asked = ev.target.code == source.code or (not ev.target.role and ev.target.code == source.country) \
            or (not source.role and source.code == ev.target.country)
        if asked and ev.source.code != source.code:
            return ev.source
    return None
