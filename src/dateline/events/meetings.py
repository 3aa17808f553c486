"""Meetings whose parties the clause names in ways the verb dictionary cannot reach (meet15).

Three constructions recur in news about meetings and visits and were coded nowhere:

- a meeting noun whose "between" phrase is one plural noun under two coordinated nationality
  words ("talks between the Indian and Pakistani foreign ministers"): the noun is both sides, and
  the coder splits it into one actor per nation and pairs them each way (`paired_side`);
- a meeting reported through those who attended it ("the meeting was attended by the French
  president and the German chancellor", "a summit attended by X and Y"): the attendees met each
  other (`attendees`);
- an arrival put on the timetable with "due" ("an IMF team is due in Nairobi next week", "the
  king is due in Paris on Monday"): an announced visit, coded 036 as "will visit" is
  (`due_visit`; the Wikinews conventions code scheduled meetings and visits 036).

Each function is pure over spaCy tokens: it returns the tokens that name the parties, and the
coder resolves them (coder._code_sentence / _code_noun).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.events.conflict import Reading  # one shape for every construction reader
from dateline.events.frames import subjects, with_conjuncts
from dateline.events.patterns import parse_pattern

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that name a meeting (coop.MEETING_NOUNS and the ceremonial kinds that are attended).
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "negotiation", "discussion", "consultation", "summit",
                           "conference", "session"})


ATTENDED = parse_pattern("040", "attend >by", "verb", 0)
DUE = parse_pattern("036", "be +due >in|at", "verb", 0)


def _nationality_pair(tok: "Token") -> bool:
    """ "the [Indian] and [Pakistani] ministers": a plural noun with two or more coordinated
    modifiers before it (the coder's _split_coordinated_modifiers makes them the sides)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ in ("amod", "nmod", "compound") and c.i < tok.i and c.pos_ in ("ADJ", "PROPN")
               and c.conjuncts and all(g.i < tok.i and g.pos_ in ("ADJ", "PROPN") for g in c.conjuncts)
               for c in tok.children)


def paired_side(noun: "Token") -> "Token | None":
    """The one party token of "talks between the Kenyan and Ugandan presidents": a meeting
    noun whose "between" (on the noun, or on the verb it is the subject of: "talks took place
    between ...") governs a single plural noun with coordinated nationality modifiers."""
    if noun.lemma_.lower() not in MEETING_NOUNS and noun.lower_ not in MEETING_NOUNS:
        return None
    holders = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        holders.append(noun.head)
    for h in holders:
        objs = [g for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
                for g in p.children if g.dep_ == "pobj"]
        if len(objs) == 1 and not objs[0].conjuncts and _nationality_pair(objs[0]):
            return objs[0]
    return None


def attendees(tok: "Token") -> list[Reading]:
    """ "The meeting was attended by X and Y": the agents of
    "attended" whose patient is a meeting met one another (the coder pairs the coordinated
    sources each way, and codes no pair among more than two sides). A meeting that "will be" or
    "would be" attended has not taken place."""
    if tok.lemma_.lower() != "attend" or tok.pos_ != "VERB":
        return []
    # (only the clause's own passive: "at a meeting attended by X" is a nominal inside another
    # clause, which the Wikinews conventions leave uncoded)
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    meeting = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if meeting is None or (meeting.lemma_.lower() not in MEETING_NOUNS and meeting.lower_ not in MEETING_NOUNS):
        return []
    if filters.is_negated(tok) or filters.is_hypothetical(tok) or any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for c in tok.children):
        return []  # "will be attended by": not yet met
    agents = [g for p in tok.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
    # "attended by X ... and by Y": the parser joins the second "by" phrase to the first
    more = [g for p in tok.children if p.dep_ == "agent" for c in p.conjuncts for g in c.children if g.dep_ == "pobj"]
    people = with_conjuncts(agents + more)
    # "by X, Y and Z" that the parser reads as X with the apposition "Y and Z": Z is one more
    people += [x for p in list(people) for ap in p.children if ap.dep_ == "appos"
               for x in with_conjuncts([ap])[1:] if x not in people]
    if len(people) < 2:
        return []
    return [Reading(tok, ATTENDED, "040", people, [])]


DUE_WORDS = frozenset({"due"})


def due_visit(tok: "Token") -> list[Reading]:
    """ "An IMF team is due in Nairobi next week": the subject's announced visit to the place
    (036 toward the place's state; the coder drops a place at the visitor's own home). "Is due
    to meet" is filters.scheduled_act's; "the loan is due in March" names no visitor, and the
    coder codes nothing without an actor for the place."""
    if tok.lemma_.lower() != "be":
        return []
    due = next((c for c in tok.children if c.dep_ in ("acomp", "attr", "advmod") and c.lower_ in DUE_WORDS), None)
    if due is None or filters.is_negated(tok) or filters.is_hypothetical(tok):  # the cheap test first
        return []
    places = [g for holder in (due, tok) for p in holder.children
              if p.dep_ == "prep" and p.lower_ in ("in", "at") for g in p.children if g.dep_ == "pobj"
              and g.ent_type_ in ("GPE", "LOC", "FAC", "ORG")]
    if not places and not due_here(tok):
        return []
    srcs = subjects(tok)
    if not srcs:
        return []
    return [Reading(tok, DUE, "036", srcs, places[:1])]


def due_here(tok: "Token") -> bool:
    """ "An IMF team is due here": the wire's "here" is the dateline's place (`coop.dateline_country`)."""
    return any(c.lower_ == "here" and c.dep_ == "advmod" for h in (tok, *tok.children) for c in h.children)


def passive_side(verb: "Token") -> "Token | None":
    """ "Talks between the Kenyan and Ugandan presidents were held": the agentless passive's
    meeting noun names both sides in one plural noun (`paired_side`)."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return paired_side(noun) if noun is not None else None


_TIME_FOR = parse_pattern("036", "say ^ccomp:* >csubj", "verb", 0)
SAYING_VERBS = frozenset({"say", "tell", "declare", "state", "insist", "argue", "add"})
TIME_WORDS = frozenset({"time"})


def time_for_talks(tok: "Token") -> list[Reading]:
    """ "China said it was time for political talks with Taiwan": a speaker who says the time
    has come to meet the other side announces its own readiness to meet (036 toward the side
    the talks are "with"). Only in what the speaker says ("said it was time"), and only with the
    other side named on the talks."""
    if tok.lemma_.lower() != "be" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SAYING_VERBS:
        return []
    if filters.is_negated(tok) or filters.is_hypothetical(tok) or filters.is_negated(tok.head):
        return []
    time = next((c for c in tok.children if c.dep_ in ("attr", "nsubj") and c.lemma_.lower() in TIME_WORDS), None)
    if time is None:
        return []
    talks = [g for p in time.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
             if g.dep_ == "pobj" and (g.lemma_.lower() in MEETING_NOUNS or g.lemma_.lower() == "dialogue")]
    others = [g for t in talks for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.children if g.dep_ == "pobj"]
    speakers = subjects(tok.head)
    if not others or not speakers:
        return []
    return [Reading(tok, _TIME_FOR, "036", speakers, with_conjuncts(others))]


# Nouns for people who speak for a party at a meeting: "negotiators for the company and the union".
REPRESENTATIVE_NOUNS = frozenset({"negotiator", "representative", "delegate", "delegation", "envoy", "emissary",
                                  "team", "mediator"})


def represented_parties(tok: "Token") -> list["Token"]:
    """ "Negotiators for General Motors and the auto workers' union resumed talks": the
    representatives of two coordinated parties are those parties, each meeting the other. Bare
    countries ("delegates from X and Y") are coder._members_of's (each country's office holder);
    unnamed sides ("the government and the rebels") are left to the ordinary subject rules."""
    if tok.lemma_.lower() not in REPRESENTATIVE_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return []
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "of", "from"):
            objs = with_conjuncts([g for g in p.children if g.dep_ == "pobj"])
            # (each a named organisation or person: "the government and the rebels" say whose
            # only from context, which the coder's ordinary subjects already read)
            if len(objs) >= 2 and all(o.ent_type_ in ("ORG", "PERSON") or any(
                    c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON") for c in o.children) for o in objs):
                return objs
    return []


# source62: verbs of taking part that news puts first, with the subject after "were"
_PARTAKING = frozenset({"attend", "take", "participate", "join"})


def inverted_attendees(tok: "Token") -> list[Reading]:
    """source62: "Taking part in the talks were X and Y", "Attending the meeting were X and Y":
    a fronted participle of taking part in a meeting whose subjects stand after "were" (the parser
    leaves the participle with no subject, so the act was read with no source). Those named there
    met one another, as the attendees of "the meeting was attended by X and Y" did (040 each way;
    no pair among more than two sides). "Attending the talks will be X and Y" has not happened."""
    if tok.tag_ != "VBG" or tok.lemma_.lower() not in _PARTAKING or tok.dep_ not in ("ROOT", "csubj"):
        return []
    if any(c.dep_ == "nsubj" for c in tok.children):
        return []
    meeting = None
    if tok.lemma_.lower() == "attend" or tok.lemma_.lower() == "join":
        meeting = next((c for c in tok.children if c.dep_ == "dobj"), None)
    else:
        if tok.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in tok.children):
            return []
        meeting = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                        for g in p.children if g.dep_ == "pobj"), None)
    if meeting is None or (meeting.lemma_.lower() not in MEETING_NOUNS and meeting.lower_ not in MEETING_NOUNS):
        return []
    be = tok.head if tok.dep_ == "csubj" and tok.head.lemma_ == "be" else next(
        (c for c in tok.children if c.dep_ in ("aux", "cop", "auxpass") and c.lemma_ == "be" and c.i > meeting.i), None)
    if be is None:
        return []
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would", "could", "may", "might", "to")
           for h in (be, tok) for c in h.children) or filters.is_negated(tok) or filters.is_negated(be):
        return []  # "Attending the talks will be X and Y": not yet met
    heads = [c for h in (be, tok) for c in h.children
             if c.dep_ in ("attr", "nsubj", "nsubjpass", "dobj") and c.i > be.i]
    if not heads:
        return []
    people = with_conjuncts(heads)
    people += [x for p in list(people) for ap in p.children if ap.dep_ == "appos"
               for x in with_conjuncts([ap])[1:] if x not in people]
    if len(people) < 2:
        return []
    return [Reading(tok, ATTENDED, "040", people, [])]
