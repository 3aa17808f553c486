"""Talks with a party that a speaker reports as going on (frame69, docs/evaluation/events-frame69.md).

Economic and labour wire copy tells a negotiation through the mouth of one side: "the union said
six hours of talks with Labour Minister X ended without agreement", "Stagecoach said negotiations
with the vendors of Swebus are proceeding", "the official said negotiations with Kuwait have
started". The meeting noun is the subject of its clause and names only the other side ("with Y");
no possessor, no "between". The coder read such a noun as a nominal inside another clause and
coded nothing (the dump's "verb, frame not taken, event noun" rows). The round-67 Reuters
annotators code it ("talks or negotiations named as the subject of the sentence are coded: 046,
or 036 for planned ones", annr67c), with the speaker as the side that talks.

`speaker_side` returns the speaker tokens and whether the talks are still ahead ("talks with Y
will begin next week": 036). It keeps to what the clause tells as happening: a negated or
hypothetical verb, "no talks", a forecast ("analysts said talks would ...") or a verb outside the
meeting's own course ("talks with Y are important") give None.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.events.frames import subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Meeting nouns a speaker's side holds with the party "with" names.
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions",
                        "consultation", "consultations"})
#: "six hours of talks", "two rounds of negotiations": the measure is the clause's subject.
MEASURE_NOUNS = frozenset({"hour", "day", "week", "month", "round", "session"})
#: Verbs of a meeting's own course: started, going on, ended ("talks with Y broke down").
COURSE_VERBS = frozenset({"begin", "start", "open", "resume", "continue", "proceed", "progress", "end",
                          "conclude", "break", "collapse", "stall", "fail", "drag", "last", "take", "go",
                          "adjourn", "reopen", "finish"})
#: ... of which these may be announced ("will resume next week"): a planned meeting, 036.
START_VERBS = frozenset({"begin", "start", "open", "resume", "continue", "reopen", "take"})
FUTURE_AUX = frozenset({"will", "'ll", "shall"})


def _with_party(noun: "Token", verb: "Token") -> "Token | None":
    """The "with" object on the noun, or on its verb ("discussions were taking place with Y")."""
    for head in (noun, verb):
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                objs = [g for g in p.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return None


def speaker_side(noun: "Token", speech: "frozenset[str] | set[str] | None" = None) -> "tuple[list[Token], Token, bool] | None":
    """(speaker tokens, the party talked with, planned?) for a talks noun whose clause a speech
    verb reports; None otherwise. (`speech`: the dictionary's speech verbs, loaded when not given.)"""
    if speech is None:
        from dateline.events.patterns import load_dictionary
        speech = load_dictionary().speech
    if noun.lemma_.lower() not in TALK_NOUNS and noun.lower_ not in TALK_NOUNS:
        return None
    if any(c.dep_ in ("poss", "det") and (c.dep_ == "poss" or c.lower_ in ("no", "any")) for c in noun.children):
        return None  # "their talks", "no talks": owned or denied
    if any(p.dep_ == "prep" and p.lower_ == "between" for p in noun.children):
        return None  # "talks between X and Y": both parties named (coop.meeting_parties)
    subj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEASURE_NOUNS:
        subj = noun.head.head  # "six hours of talks with Y ended"
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = subj.head
    if verb.dep_ in ("aux", "auxpass") and verb.head.pos_ == "VERB":
        verb = verb.head  # the small model may hang the subject on "were" of "were proceeding"
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in COURSE_VERBS:
        return None
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        return None  # "talks took place" only
    if filters.is_negated(verb) or filters.is_hypothetical(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "should") for c in verb.children):
        return None  # a guess about the talks, not their course
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
    if future and verb.lemma_.lower() not in START_VERBS:
        return None  # "talks with Y will fail": a forecast
    say = verb.head
    if verb.dep_ != "ccomp" or say.lemma_.lower() not in speech or filters.is_negated(say):
        return None
    party = _with_party(noun, verb)
    if party is None:
        return None
    speakers = subjects(say)
    if not speakers:
        return None
    return speakers, party, future
