"""spurious70: a visit or a meeting timed by a future clause is an intention to meet (036).

"The guidelines will be explained to the U.S. this week when the minister visits Washington",
"the package will be formalised before April 19, when X visits Washington", "was due to hold
talks in New York, before travelling to Washington": the present-tense "when"-clause (or the
"before"-gerund) names a trip still to come. The r69 annotators code such future visits and talks
in a finite clause as 036 (annr69a, annr69c, annr69d: "Future visits and talks are 036"); the
coder read a relative "when"-clause as the visit made (042) and dropped an adverbial one as a
hypothetical. A past governing clause ("were put to the Americans when Lawson visited") keeps the
visit made; a "when"-clause under a conditional or negated clause stays unread (the caller tests
the returned anchor for hypotheses).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters

if TYPE_CHECKING:
    from spacy.tokens import Token

# The acts whose future form is the intent to meet (036).
MEETING_CODES = frozenset({"040", "042", "046"})
TIME_MARKS = frozenset({"when", "before", "once"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall"})


def _future_clause(verb: "Token") -> bool:
    """The governing clause is still to come: "will be explained", "is expected to formalise",
    "is due to hold talks" (a timetable)."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in filters.SCHEDULED_HEADS or verb.head.lemma_.lower() == "expect"):
        return True  # "is expected to formalise the package before April 19, when ..."
    if verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in filters.TIMETABLE_HEADS
                                           for c in verb.children):
        return True  # "was due to hold talks ..., before travelling to Y": the timetable governs the gerund
    return filters.scheduled_act(verb)


def _governing_verb(tok: "Token") -> "Token | None":
    node = tok.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def timed_trip(tok: "Token", code: str | None) -> "Token | None":
    """The governing verb when `tok` is a visit or meeting timed by a future clause (None: not one).
    The caller codes the act as intended (036) and tests the governing verb, not the timing
    clause, for a hypothesis."""
    if code not in MEETING_CODES or tok.pos_ != "VERB":
        return None
    if tok.tag_ in ("VBZ", "VBP") and tok.dep_ in ("advcl", "relcl"):
        if not any(c.dep_ in ("advmod", "mark") and c.lower_ in TIME_MARKS for c in tok.children):
            return None
        if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return None  # "when X has visited", "when X is received": not the plain present
    elif tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "before":
        pass  # "was due to hold talks in New York, before travelling to Washington"
    else:
        return None
    gov = _governing_verb(tok)
    if gov is None or not _future_clause(gov):
        return None
    if gov.dep_ == "xcomp" and gov.head.pos_ in ("VERB", "AUX", "ADJ"):
        return gov.head  # "is due to meet ... before flying to Y": the timetable is the clause tested
    return gov


# modal70 (moved here from coop.py: both readers of a trip timed by a clause in one module):
# "before Nakasone leaves for Washington on April 29 for talks with Reagan", "when he
# arrives next week for talks with Reagan": a trip or meeting told in a present-tense "when / before /
# after / once" clause of a clause still to come is scheduled (036, as the r files code it), not a
# hypothetical (filters.future_occasion reads it as expected, which kept it out). Only trips and
# meetings (04x); "when troops arrive" with no meeting, "if he goes" and past clauses stay.
TIMING_MARKS = TIME_MARKS | {"after"}
MEETING_PURPOSES = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "consultation", "discussion"})
#: (coder.TRIP_VERBS is a near twin for trips with a purpose; this one stays as modal70 measured it)
CLAUSE_TRIP_VERBS = frozenset({"leave", "arrive", "fly", "travel", "go", "come", "visit", "head", "set_off"})


def scheduled_trip_clause(tok: "Token", code: "str | None") -> bool:
    """A present-tense trip verb under when/before/after/once with "for talks" named, its head clause
    not past or negated and no condition in the sentence: the meeting is scheduled (036). Unlike
    `timed_trip` the governing clause need not be future ("before X leaves for talks with Y")."""
    if code is None or code[:2] != "04" or tok.dep_ != "advcl" or tok.tag_ not in ("VBZ", "VBP") \
            or tok.lemma_.lower() not in CLAUSE_TRIP_VERBS:
        return False  # ("must give up violence before it negotiates with them": a condition, no trip)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in MEETING_PURPOSES for g in c.children)
               for c in tok.children):
        return False  # "before the prime minister leaves next week for Washington": a time, no meeting told
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIMING_MARKS for c in tok.children):
        return False
    head = tok.head
    if head.tag_ == "VBD" and not any(c.dep_ == "aux" for c in head.children) \
            or any(c.dep_ == "neg" for c in head.children):
        return False
    return not any(t.dep_ == "mark" and t.lower_ in ("if", "unless", "whether") for t in tok.sent)
