"""source71: "X, saying that ..., today urged Y": the parse makes "today" the verb's subject.

Wire leads put a participle clause and a day word between the actor and the verb ("Texas
Railroad Commissioner X, saying the oilpatch cannot wait, today urged lawmakers to ..."). The
small parser then hangs the actor on the participle as its subject and reads "today" as the
main verb's subject, so the act's source was a date, which resolves to no one; or it leaves the
main verb with no subject at all ("X, warning that ..., on Monday urged Y": "warning" a clausal
complement holding X). When a verb's only subject is a day word, or it has none, and a
participle clause of the verb before it has a noun subject of its own, that noun is the verb's
subject. Anything else is left as parsed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Day words the parser may take for a subject.
DAY_WORDS = frozenset("today yesterday tonight monday tuesday wednesday thursday friday saturday sunday".split())


def participle_subject(verb: "Token", subj: "Token | None") -> "Token | None":
    """The real subject for a day-word subject `subj` of `verb` (None: the verb has none), or None."""
    if subj is not None and (subj.lower_ not in DAY_WORDS or subj.dep_ != "nsubj"
                             or any(c.dep_ == "det" for c in subj.children)):
        return None
    if subj is None and (verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass", "csubj", "expl")
                                                    for c in verb.children)):
        return None
    before = subj.i if subj is not None else verb.i
    for c in verb.children:
        if c.dep_ in ("advcl", "ccomp") and c.tag_ == "VBG" and c.i < before:
            noun = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if noun is not None and noun.pos_ in ("PROPN", "NOUN"):
                return noun
    return None
