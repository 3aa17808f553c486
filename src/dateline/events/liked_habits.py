"""What someone likes doing is a disposition, not an act (tunefp47).

"the general likes sending tanks against villages, and shelling them", "the Serbian leader
enjoys taunting NATO commanders", "loves threatening Kuwait": the gerund under a verb of liking
names a habit or a taste the speaker ascribes, often as a jibe, not an event that happened at a
time (WIKINEWS_EVENTS.md: opinions and states are not coded). The coder read each gerund, and
each gerund coordinated with it, as a done act. ("would like to meet X" is an infinitive, a
wish that the intent codes read, and is not touched here.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Event

LIKING_VERBS = frozenset({"like", "love", "enjoy", "relish", "adore", "fancy"})


def liked_habit(ev: "Event", tok: "Token | None") -> bool:
    """The trigger is a gerund complement (or a gerund coordinated with one) of a liking verb."""
    if tok is None or tok.tag_ != "VBG" or any(c.dep_ == "aux" for c in tok.children):
        return False
    node = tok
    while node.dep_ == "conj" and node.head.tag_ == "VBG":
        node = node.head
    if node.dep_ == "conj" and node.head.lemma_.lower() in LIKING_VERBS:
        # "likes dropping bombs on people, and killing them": the second gerund hung on "likes"
        return any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in node.head.children)
    return node.dep_ in ("xcomp", "ccomp", "dobj") and node.head.lemma_.lower() in LIKING_VERBS
