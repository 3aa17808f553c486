"""frame74: talks told by their course, with one side named by "with" and the other by the reporter.

The wire tells talks as the subject of the verb of their course: "Noranda said contract talks
resumed with 1,600 unionized workers", "the union said talks with the state government broke
down", "negotiations were continuing with Bond on the loans", "talks with the union have been
deadlocked over overtime pay". The dictionary codes the event noun only where a light verb
carries it ("held talks with Y") or where the noun names both sides ("talks between X and Y
collapsed": `coop.meeting_parties`). Here the noun names one side ("with Y", on the noun or on
its verb) and the other is the party that tells the talks: the noun's own possessor ("Bond's
talks with Y") or else the subject of the verb of saying above the clause ("X said talks with
Y ..."), as `source_recovery` reads an agentless joint passive. The course verb must tell the
talks as held (`coop.meeting_status`: "resumed", "broke down", "were continuing", "concluded",
"had been ongoing"; and "foundering", "deadlocked" here); "will resume" is an intention (036);
a negated or hypothetical verb, or "no talks", codes nothing.

The training gold of the released batch (r46-r56) codes these as negotiation (046) from the
reporter to the "with" party and back (both tell the same talks, as "talks between X
and Y" does); `deal_talks` turns a 040 "talk" about a contract or a loan into
046 as for "held talks", and talks with a union or a work force are bargaining (046) here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import coop, held_ground
from dateline.events.source_recovery import REPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The other side of labour bargaining: talks with a union or a work force are negotiation (046),
#: as the released gold codes them ("talks with the state government" of a union, r48).
LABOUR_SIDES = frozenset("union unions worker workers employee employees mineworker mineworkers steelworker "
                         "steelworkers staff crew crews pilot pilots attendant attendants".split())
#: How far up the clause of the course verb may hang under the verb of saying ("said talks ...
#: resumed", "said ... and that talks with Y resumed").
_REPORT_DEPS = frozenset({"ccomp", "conj"})
_MAX_STEPS = 3


def _course_verb(noun: "Token") -> "Token | None":
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun.head


#: What "talks were <adjective>" must say to tell them as going on: "had been ongoing", "are
#: deadlocked". An appraisal ("were difficult", "were useful") tells no course here (a pair of
#: parties named by "between" keeps `coop.meeting_status`'s wider reading).
ONGOING = frozenset({"ongoing", "underway", "deadlocked", "stalled", "continuing", "intensive"})


def course_status(noun: "Token") -> str | None:
    """ "held" or "future" for talks as the subject of their course verb; None otherwise."""
    verb = _course_verb(noun)
    if verb is None:
        return None
    if verb.lemma_.lower() == "be" and not any(c.dep_ == "acomp" and c.lower_ in ONGOING for c in verb.children):
        return None
    return coop.meeting_status(noun)


def _labour(tok: "Token") -> bool:
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in LABOUR_SIDES or w.lower_ in LABOUR_SIDES for w in words)


def negotiation_code(code: str, sides: list["Token"]) -> str:
    """040 talks with a union or a work force on either side are bargaining (046)."""
    return "046" if code == "040" and any(_labour(t) for t in sides) else code


def _with_objects(tok: "Token") -> list["Token"]:
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj"]


def partner(noun: "Token") -> list["Token"]:
    """The "with" side: on the noun ("talks with Y broke down") or on its verb ("talks resumed with Y")."""
    found = _with_objects(noun)
    if not found and (verb := _course_verb(noun)) is not None:
        found = _with_objects(verb)
    return found[:1]


def reporter(verb: "Token") -> "Token | None":
    """The subject of the verb of saying the course verb's clause hangs under (a few steps up)."""
    subj = held_ground.reporter(verb, REPORT_VERBS, deps=_REPORT_DEPS, steps=_MAX_STEPS)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON") else None


def talks_sides(noun: "Token", owner: "Token | None") -> "tuple[list[Token], list[Token], str] | None":
    """(sources, targets, status) for talks told by their course with one "with" side, or None.
    `owner` is the noun's possessor when it has one (it is then the side that talks)."""
    if noun.lemma_.lower() not in coop.MEETING_NOUNS and noun.lower_ not in coop.MEETING_NOUNS:
        return None
    verb = _course_verb(noun)
    if verb is None or coop.meeting_parties(noun):
        return None
    status = course_status(noun)
    if status is None:
        return None
    targets = partner(noun)
    if not targets:
        return None
    source = owner if owner is not None and owner.dep_ == "poss" else reporter(verb)
    if source is None or source.i == targets[0].i:
        return None
    return [source], targets, status
