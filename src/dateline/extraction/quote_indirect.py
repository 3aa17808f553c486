"""Reported speech without quotation marks: a cue and the clause it reports.

"X said (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE", "X urged Y to ...",
"X denied the report". The content is read off the dependency parse: the cue's clausal
complement, the clause it interrupts (parataxis) or the clause "according to" modifies.
"""
from __future__ import annotations

import functools
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.extraction.quote_cues import (
    INDIRECT_ONLY,
    cue_class,
    cue_lemma,
    cue_lexicon,
    cue_subject,
    is_according_to,
)
from dateline.nlp import doc_text, positions_with_pos, tokens_with_pos
from dateline.resolve.ner_base import token_lowers, word_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs whose direct object is the hearer, not what was said ("told reporters").
#: ("thanked the voters" is not here: whom one thanks, and for what, is the content.)
HEARER_VERBS = {"tell", "ask", "inform", "assure", "brief", "advise", "warn", "remind",
                "caution", "instruct", "order", "urge", "call", "answer"}
#: Stance verbs whose object is the stance's content ("support the regulations").
STANCE_OBJECT_VERBS = {"support", "oppose", "favor", "favour", "want", "prefer", "back", "like",
                       "dislike", "love", "hate", "welcome", "reject", "fear", "seek", "accept",
                       "resist", "dread", "relish", "cherish", "value", "envision", "imagine",
                       "anticipate", "foresee", "condone", "tolerate", "prioritize", "prioritise",
                       "ignore", "remember", "forget", "desire", "crave", "covet", "contemplate",
                       "ponder", "mull", "debate", "weigh", "reconsider", "rethink", "doubt",
                       "trust", "distrust", "respect", "admire", "adore", "despise", "detest",
                       "loathe", "resent", "regret", "appreciate", "expect", "understand",
                       "recognize", "recognise", "hope", "champion", "embrace"}
#: Subjects that make "show/find/indicate" an attribution ("the poll found that ...").
EVIDENCE_NOUNS = {"poll", "survey", "study", "report", "analysis", "data", "research", "review",
                  "investigation", "audit", "finding", "result", "figure", "statistic", "record",
                  "document", "email", "memo", "letter", "filing", "census", "estimate", "test",
                  "experiment", "paper", "model", "projection", "forecast", "assessment", "inquiry",
                  "video", "footage", "photo", "image", "picture", "slide", "chart", "graph", "map",
                  "transcript", "recording", "tape", "evidence", "number", "count", "tally"}
#: Clause-taking verbs that report nobody's words or views ("make sure", "mean").
NOT_REPORTING = {"make", "mean", "ensure", "guarantee", "let", "help", "have", "get", "see",
                 "be", "do", "go", "come", "take", "seem", "appear", "look", "sound", "happen",
                 "depend", "matter", "turn", "prove", "become", "remain", "keep"}
#: Prepositions that introduce what a speech verb is about ("talked about", "apologized for").
_TOPIC_PREPS = {"about", "of", "on", "for", "to", "against", "over", "with"}
#: Complement labels that carry what was said or thought.
_CLAUSE = {"ccomp"}
_TRIM = set(" \t\n,.;:—–-\"“”'‘’")
_LEADING_MARKS = {"that", "whether", "if", ",", ":", "-", "—"}


@dataclass(frozen=True)
class Reported:
    """An indirect-speech candidate: its cue token and content span."""

    cue: "Token"
    speaker: "Token | None"
    start: int
    end: int
    section: str


def find_reported(doc: "Doc", quoted: list[tuple[int, int]]) -> list[Reported]:
    """Every cue outside quotation marks that reports a clause, an object or a proposal."""
    out: list[Reported] = []
    for tok in _verbs_and_according(doc):
        if _inside(tok.idx, quoted):
            continue  # only verbs (and "according to") are cues here; the cheap test first
        section = cue_class(tok, indirect=True) or _clause_taking(tok)
        if section is None:
            continue
        span = _content(tok, section)
        if span is None:
            continue
        speaker = _holder(tok)
        if section == "other" and not _names_someone(speaker):
            continue
        if speaker is None and section != "speech" and not _passive_report(tok):
            continue  # "the plan was in place, he believed" aside, a stance needs a holder
        if section == "evidence" and speaker is not None and _names_someone(speaker) \
                and _own_clause_with_subject(tok):
            section = "attitude"  # "the researchers found that ...": their finding
        if section == "evidence" and not _evidence_source(speaker):
            continue  # "the situation showed that" is no one's claim
        start, end = _trim(doc_text(doc), *span)
        if (end - start >= 8 or _short_named(doc, start, end)) and not _mostly_quoted(start, end, quoted):
            out.append(Reported(tok, speaker, start, end, section))
    return out


_ACCORDING = frozenset({"according"})


def _verbs_and_according(doc: "Doc") -> list["Token"]:
    """Verbs and auxiliaries (the cues), and any "according" whatever its tag, in text order."""
    cues = tokens_with_pos(doc, "VERB", "AUX")
    if "according" in doc_text(doc).lower():
        # perfrest56: the "according" tokens from the Doc's kept lowercase ids, not a walk over every token
        extra = [t for t in (doc[i] for i in word_positions(doc, _ACCORDING)) if t.pos_ not in ("VERB", "AUX")]
        cues = sorted(cues + extra, key=lambda t: t.i)
    return cues


#: Object pronouns that stand for a person or a group as a stance's target ("backed her").
_PERSON_OBJECTS = {"him", "her", "them", "me", "us", "you"}


def _short_named(doc: "Doc", start: int, end: int) -> bool:
    """A content shorter than the usual floor that is still a whole target: a name
    ("endorsed Cruz", "attacked Trump") or a pronoun for a person ("backed her")."""
    span = doc.char_span(start, end)
    if span is None or len(span) > 3:
        return False
    root = span.root
    if len(span) == 1 and root.lower_ in PRO_CLAUSES:
        return True
    return root.pos_ == "PROPN" or root.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or (len(span) == 1 and root.lower_ in _PERSON_OBJECTS)


def _clause_positions(doc: "Doc") -> list[int]:
    """The tokens whose dependency label is ccomp or acl (ids from `get_string_id`: spaCy's
    labels are symbols, not hashes), from the Doc's DEP array in one C call."""
    if not len(doc):
        return []
    import numpy as np
    from spacy.attrs import DEP
    from spacy.strings import get_string_id

    deps = doc.to_array(DEP)
    return np.flatnonzero((deps == get_string_id("ccomp")) | (deps == get_string_id("acl"))).tolist()


def find_stance_phrases(doc: "Doc", quoted: list[tuple[int, int]]) -> list[Reported]:
    """Clauses reported by an adjective or a noun rather than a verb: "Democrats are afraid
    that ...", "she was sure that ...", "his claim that ...", "made the case that ...".
    Only with a that-clause that has its own subject, and a speaker who is someone."""
    out = []
    # perfent57: only a word that heads a ccomp/acl clause can pass the test below; those
    # heads are read from the Doc's DEP array, so no Token is made for every noun and adjective
    heads = {doc[c].head.i for c in _clause_positions(doc)}
    for i in positions_with_pos(doc, "ADJ", "NOUN"):
        if i not in heads:
            continue
        tok = doc[i]
        if _inside(tok.idx, quoted):
            continue
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "acl")
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                       and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)), None)
        if clause is None:
            continue
        speaker = _stance_holder(tok)
        if not _names_someone(speaker):
            continue
        start, end = _trim(doc_text(doc), *_subtree(clause, skip_marks=True))
        if end - start >= 8 and not _mostly_quoted(start, end, quoted):
            out.append(Reported(tok, speaker, start, end, "attitude"))
    return out


#: Nouns of saying or stance whose prepositional object is what was said or held:
#: "his criticism of the plan", "the union's demand for higher pay", "her views on trade".
SPEECH_NOUNS = {"criticism", "critique", "support", "attack", "accusation", "allegation", "complaint",
                "question", "concern", "view", "claim", "promise", "call", "demand", "warning",
                "remark", "comment", "statement", "praise", "opposition", "defense", "defence",
                "denial", "threat", "pledge", "argument", "charge", "insistence", "proposal", "plea",
                "appeal", "objection", "doubt", "fear", "worry", "belief", "opinion", "position",
                "stance", "assertion", "suggestion", "announcement", "vow", "condemnation",
                "endorsement", "rejection", "skepticism", "scepticism", "message", "case", "push",
                "advocacy", "embrace", "defense", "attacks", "speech", "testimony", "account",
                "mention", "reference", "feeling", "impression", "interest", "shot", "swipe", "jab",
                "dig", "misgiving", "reservation", "qualm", "gripe", "grievance", "enthusiasm",
                "passion", "zeal", "affection", "admiration", "respect", "contempt", "disdain",
                "disgust", "frustration", "anger", "outrage", "fury", "ire", "scorn", "hostility",
                "antipathy", "sympathy", "love", "hatred", "dislike", "preference", "commitment",
                "devotion", "loyalty", "allegiance", "faith", "confidence", "trust", "distrust",
                "mistrust", "suspicion", "disapproval", "approval", "appreciation", "gratitude",
                "thanks", "apology", "condolence", "congratulation", "tribute", "homage", "insult",
                "smear", "slam", "rebuke", "reprimand", "warning", "assessment", "analysis",
                "prediction", "forecast", "estimate", "expectation", "hope", "desire", "wish",
                "request", "recommendation", "advice", "idea", "thought", "vision",
                "perspective", "reaction", "response", "answer", "reply", "retort", "rebuttal",
                # not "campaign", "bid", "fight", "vote": "her campaign for the seat" is an act
                "challenge", "protest", "boycott", "spin", "narrative"}
#: Verbs that carry a speech or stance noun without adding meaning of their own: "made no
#: mention of", "took a swipe at", "had harsh words for", "gave support to", "drew attention to".
LIGHT_VERBS = {"make", "take", "have", "give", "draw", "voice", "express", "offer", "show", "lend",
               "pay", "level", "launch", "issue", "raise", "air", "share", "renew", "repeat", "deliver"}
#: Prepositions that introduce the content of such a noun.
_NOUN_PREPS = {"of", "for", "about", "on", "against", "over", "to", "toward", "towards", "at", "in", "with"}


#: Nouns for people by the stance they hold: "supporters of the plan", "a critic of the
#: mayor". The noun itself is the holder; its of-phrase is the stance's target.
AGENT_NOUNS = {"supporter", "opponent", "critic", "backer", "proponent", "advocate", "defender",
               "detractor", "admirer", "foe", "skeptic", "sceptic"}


def _agent_noun(tok: "Token", quoted: list[tuple[int, int]]) -> "Reported | None":
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
                 and c.right_edge.i > c.i), None)
    if prep is None:
        return None
    start, end = _trim(doc_text(tok.doc), tok.doc[prep.i + 1].idx, _end(prep.right_edge))
    if (end - start >= 4 or _short_named(tok.doc, start, end)) and not _mostly_quoted(start, end, quoted):
        return Reported(tok, tok, start, end, "attitude")
    return None


def find_noun_cues(doc: "Doc", quoted: list[tuple[int, int]]) -> list[Reported]:
    """Speech and stance reported by a noun with a prepositional object: "the senator's
    criticism of the deal", "the governor voiced support for the bill", "complaints about
    the delays by local farmers". Only when someone holds the stance (a possessor, the
    subject of the verb the noun is the object of, or a by-phrase), so "the question of
    timing" alone is not anyone's attribution."""
    out = []
    for tok in tokens_with_pos(doc, "NOUN"):
        if _inside(tok.idx, quoted):
            continue
        lemma = tok.lemma_.lower()
        if lemma in AGENT_NOUNS:
            rep = _agent_noun(tok, quoted)
            if rep is not None:
                out.append(rep)
            continue
        if lemma not in SPEECH_NOUNS:
            continue
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS
                     and c.right_edge.i > c.i), None)
        if prep is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
            # "took a swipe at X": the parser hangs the phrase on the light verb
            prep = next((c for c in tok.head.rights if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS
                         and c.i == tok.right_edge.i + 1 and c.right_edge.i > c.i), None)
        if prep is None or (tok.lemma_.lower() == "case" and prep.lower_ != "for"):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"):
            continue
        speaker = _noun_holder(tok)
        if not (_names_someone(speaker) or (speaker is not None and speaker.lower_ in ("his", "her", "their"))):
            continue
        start, end = _trim(doc_text(doc), obj.left_edge.idx, _end(prep.right_edge))
        if end - start >= 4 and not _mostly_quoted(start, end, quoted):
            out.append(Reported(tok, speaker, start, end, "attitude"))
    return out


#: Adjectives of stance whose prepositional object or infinitive is the stance's content:
#: "has been critical of the deal", "is eager to run", "were angry at the council".
STANCE_ADJECTIVES = {"critical", "supportive", "skeptical", "sceptical", "wary", "angry", "furious",
                     "concerned", "worried", "optimistic", "pessimistic", "confident", "hopeful",
                     "proud", "dismissive", "enthusiastic", "unhappy", "pleased", "upset",
                     "frustrated", "eager", "keen", "adamant", "vocal", "unified", "united",
                     "divided", "doubtful", "fearful", "nervous", "anxious", "satisfied",
                     "disappointed", "outspoken", "suspicious", "resistant", "receptive",
                     "hostile", "sympathetic", "opposed", "determined", "reluctant", "unwilling",
                     "willing", "ready", "open", "committed", "intent", "impressed", "disdainful",
                     "focused", "appreciative", "tired", "grateful", "thankful", "fond", "afraid",
                     "scared", "ashamed", "embarrassed", "excited", "happy", "glad", "thrilled",
                     "delighted", "troubled", "alarmed", "disturbed", "shocked", "surprised",
                     "interested", "cautious", "silent", "quiet", "clear", "firm", "insistent",
                     "emphatic", "ambivalent", "noncommittal", "lukewarm", "passionate", "candid",
                     "frank", "blunt", "harsh", "complimentary", "disparaging", "scornful",
                     "contemptuous", "respectful", "loyal", "devoted", "partial", "indifferent",
                     "averse", "favorable", "unfavorable", "upbeat", "bullish", "bearish", "bent",
                     "convinced", "uncomfortable", "comfortable", "content", "quick", "hungry",
                     "shy", "upfront", "measured", "welcoming", "consumed", "obsessed", "fixated",
                     "dismissive", "forthcoming", "mum", "coy", "vague", "evasive", "cynical",
                     "hopeful", "leery", "cool", "warm", "sour", "keen", "jealous", "envious"}
_ADJ_PREPS = {"of", "about", "at", "on", "toward", "towards", "with", "over", "to", "in"}


_STANCE_ADJECTIVES = frozenset(STANCE_ADJECTIVES)


@functools.lru_cache(maxsize=None)
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    """The ids the Doc's LOWER array holds for `words` (get_string_id: a word that is also
    one of spaCy's symbols has the symbol's id, not its hash)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


def find_stance_adjectives(doc: "Doc", quoted: list[tuple[int, int]]) -> list[Reported]:
    """Stance carried by an adjective with a prepositional object or an infinitive, held by
    the subject of the clause: "the senator has been critical of the deal", "farmers are
    eager to sell". The subject must be someone ("the plan is open to change" is not)."""
    out = []
    # perfent57: the stance adjectives found in the Doc's LOWER array first (a Token only for them)
    lowers, stance_ids = token_lowers(doc), _string_ids(_STANCE_ADJECTIVES)
    for i in positions_with_pos(doc, "ADJ"):
        if lowers[i] not in stance_ids:
            continue
        tok = doc[i]
        if tok.lower_ not in STANCE_ADJECTIVES or tok.dep_ not in ("acomp", "oprd") \
                or _inside(tok.idx, quoted):
            continue
        tail = next((c for c in tok.rights if c.dep_ == "xcomp"
                     or (c.dep_ == "prep" and c.lower_ in _ADJ_PREPS and c.right_edge.i > c.i)), None)
        if tail is None:
            continue
        speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if not _names_someone(speaker):
            continue
        first = tail.i + 1 if tail.dep_ == "prep" else tail.left_edge.i
        start, end = _trim(doc_text(doc), doc[first].idx, _end(tail.right_edge))
        if end - start >= 4 and not _mostly_quoted(start, end, quoted):
            out.append(Reported(tok, speaker, start, end, "attitude"))
    return out


#: The finding verbs of an evidence frame: "..., records show." "..., data suggest, ..."
_FRAME_VERBS = frozenset({"show", "shows", "showed", "suggest", "suggests", "suggested", "indicate",
                          "indicates", "indicated"})


def find_evidence_frames(doc: "Doc", quoted: list[tuple[int, int]]) -> list[Reported]:
    """"The jet was insured for $5 million, records show." and "During that time, city
    records show, the jet flew 200 hours.": a short evidence phrase set off by commas. Read
    from the surface because the small model often tags "show" here as a noun."""
    out = []
    low = doc_text(doc).lower()
    if not any(verb in low for verb in _FRAME_VERBS):
        return out  # the cheap test first: most articles have none of these words
    # perfrest56: only the frame verbs, found in the Doc's kept lowercase ids (no Token per word)
    for i in word_positions(doc, _FRAME_VERBS):
        tok = doc[i]
        if tok.i < 2 or tok.i + 1 >= len(doc) or _inside(tok.idx, quoted):
            continue
        noun = doc[tok.i - 1]
        if noun.lemma_.lower() not in EVIDENCE_NOUNS and noun.lower_.rstrip("s") not in EVIDENCE_NOUNS:
            continue
        left = noun.i
        while left - 1 >= tok.sent.start and doc[left - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PART") \
                and tok.i - left < 5:
            left -= 1
        before, after = doc[left - 1] if left > tok.sent.start else None, doc[tok.i + 1]
        if before is None or before.text not in (",", "—", "–"):
            continue
        if after.text in (".", "!", "?") or after.i == tok.sent.end - 1:
            span = (tok.sent[0].idx, before.idx)  # "..., records show."
        elif after.text == ",":
            span = (after.idx + 1, _end(tok.sent[-1]))  # "..., records show, the jet flew ..."
        else:
            continue
        start, end = _trim(doc_text(doc), *span)
        if end - start >= 8 and not _mostly_quoted(start, end, quoted):
            out.append(Reported(tok, noun, start, end, "evidence"))
    return out


#: Verbs whose prepositional object is what someone demands, backs, attacks, dwells on or
#: worries about: "pushed for a recount", "railed against the deal", "balked at the cost",
#: "sided with the unions", "focused on jobs", "worried about the deficit". Each verb lists
#: only the prepositions that carry a target with it: "stood with the strikers" is a stance,
#: "stood by the door" would not be, so "stand" has no "by".
PREP_CUES: dict[str, set[str]] = {
    **{v: {"for"} for v in ("push", "press", "advocate", "clamor", "clamour", "ask", "call",
                            "plead", "root", "hope", "wish", "yearn", "long", "beg", "pray")},
    **{v: {"for", "against"} for v in ("campaign", "lobby", "fight", "vote", "argue", "speak",
                                       "stand", "testify", "agitate", "rally", "come")},
    **{v: {"against"} for v in ("rail", "warn", "caution", "protest", "inveigh", "lash", "turn",
                                "struggle", "side")},
    **{v: {"on"} for v in ("focus", "concentrate", "dwell", "harp", "insist", "seize", "pounce",
                           "capitalize", "capitalise", "weigh", "elaborate", "reflect", "equivocate",
                           "backtrack", "waffle", "run", "hammer", "double")},
    **{v: {"at"} for v in ("balk", "bristle", "scoff", "sneer", "jab", "swipe", "snipe", "chafe",
                           "hint", "marvel", "rage", "lash", "hit", "fire", "poke", "laugh")},
    **{v: {"with"} for v in ("agree", "disagree", "side", "break", "split", "clash", "spar", "quarrel",
                             "feud", "sympathize", "sympathise", "align", "differ", "bicker", "tangle")},
    **{v: {"to"} for v in ("object", "respond", "react", "reply", "allude", "warm", "subscribe")},
    **{v: {"about", "over"} for v in ("worry", "care", "fret", "complain", "boast", "brag", "joke",
                                      "muse", "speculate", "wonder", "obsess", "agonize", "agonise",
                                      "gush", "rave", "lie", "think", "know", "learn", "hear",
                                      "forget", "dream", "talk", "inquire", "enquire", "grumble",
                                      "gripe", "moan")},
    **{v: {"of"} for v in ("approve", "disapprove", "despair", "tire", "dream", "think", "warn",
                           "learn", "hear", "know", "speak")},
    **{v: {"toward", "towards"} for v in ("lean", "gravitate", "pivot", "tilt")},
    **{v: {"behind"} for v in ("rally", "unite", "line", "stand", "throw", "fall", "get")},
    **{v: {"from"} for v in ("distance", "retreat", "shy", "recoil")},
    **{v: {"after"} for v in ("go", "come")},
    "believe": {"in"}, "look": {"for", "into"}, "delve": {"into"}, "dig": {"into"},
}
#: Prepositional objects that are circumstances, not targets ("spoke on condition of
#: anonymity", "testified on behalf of", "voted on Tuesday" is caught by the entity type).
_NOT_TARGETS = {"condition", "behalf", "record", "camera", "tape", "stage", "air", "television",
                "tv", "radio", "phone", "telephone", "twitter", "facebook", "time", "way", "day",
                "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend"}


def _prep_cue(tok: "Token") -> "Token | None":
    """The preposition that makes `tok` a PREP_CUES cue, within three words of it."""
    preps = PREP_CUES.get(cue_lemma(tok))
    if preps is None:
        return None
    return next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps
                 and c.i - tok.i <= 3 and c.right_edge.i > c.i), None)


def _for_clause(tok: "Token") -> "Token | None":
    """The "for" that opens an infinitive clause with its own subject after a PREP_CUES verb
    taking "for" ("called for the allies to act"); the parser reads it as a clause marker."""
    if "for" not in PREP_CUES.get(cue_lemma(tok), ()):
        return None
    for c in tok.rights:
        if c.dep_ not in ("advcl", "ccomp", "xcomp"):
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"), None)
        if mark is not None and mark.i == c.left_edge.i and mark.i - tok.i <= 3:
            return mark
    return None


def find_advocacy(doc: "Doc", quoted: list[tuple[int, int]]) -> list[Reported]:
    """"X pushed for a recount", "the union railed against the deal", "she focused on
    jobs": what someone demands, backs, attacks or dwells on, with someone (not "the plan")
    as the subject. The verb must be one of PREP_CUES with one of its prepositions."""
    out = []
    for tok in tokens_with_pos(doc, "VERB"):
        if cue_lemma(tok) not in PREP_CUES or _inside(tok.idx, quoted):
            continue
        prep = _prep_cue(tok)
        if prep is None:
            prep = _for_clause(tok)
            if prep is not None:  # "called for the allies to act": the clause is the demand
                speaker = cue_subject(tok)
                start, end = _trim(doc_text(doc), doc[prep.i + 1].idx, _end(prep.head.right_edge))
                if _names_someone(speaker) and end - start >= 8 and not _mostly_quoted(start, end, quoted):
                    out.append(Reported(tok, speaker, start, end, "attitude"))
            continue
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") \
                or obj.lemma_.lower() in _NOT_TARGETS:
            continue
        speaker = _holder(tok)
        if not _names_someone(speaker):
            continue
        end_at = _demand_end(tok, prep) if prep.lower_ == "for" else _target_end(tok, prep)
        start, end = _trim(doc_text(doc), doc[prep.i + 1].idx, end_at)
        if (end - start >= 4 or _short_named(doc, start, end)) and not _mostly_quoted(start, end, quoted):
            out.append(Reported(tok, speaker, start, end, "attitude"))
    return out


def _target_end(verb: "Token", prep: "Token") -> int:
    """End of a target with the reason the parser hangs on the verb after it: "fired back
    at the governor | over the state's credit rating"."""
    last = prep.right_edge
    for c in verb.rights:
        if c.i > last.i and c.dep_ in ("prep", "advcl") and not _circumstance(c) and not _after_comma(c):
            last = c.right_edge
    return _end(last)


def _demand_end(verb: "Token", prep: "Token") -> int:
    """End of a "for" demand, with the infinitive the parser hangs on the verb right after
    it: "called for the unions | to end the strike"."""
    nxt = prep.right_edge.i + 1
    inf = next((c for c in verb.rights if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == nxt
                and c.left_edge.lower_ == "to"), None)
    return _end(inf.right_edge if inf is not None else prep.right_edge)


#: Words that may come before a sentence-opening perspective "for": "But for Republicans, ...".
_FRAME_OPENERS = {"but", "and", "yet", "because", "so"}


def find_perspectives(doc: "Doc", quoted: list[tuple[int, int]]) -> list[Reported]:
    """"For most farmers, the new rule is a burden.": a sentence that opens with "for" and
    someone, then a comma, gives that someone's view of the clause after the comma. Read
    per sentence (only its first two words are looked at), not per token."""
    out = []
    for sent in doc.sents:
        first = next((t for t in sent[:2] if t.lower_ == "for"), None)
        if first is None or (first.i > sent.start and doc[sent.start].lower_ not in _FRAME_OPENERS) \
                or _inside(first.idx, quoted):
            continue
        obj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ in ("DATE", "TIME", "CARDINAL") or not _names_someone(obj):
            continue
        comma = doc[first.right_edge.i + 1] if first.right_edge.i + 1 < sent.end else None
        head = first.head
        if comma is None or comma.text != "," or head.pos_ not in ("VERB", "AUX") or head.i < comma.i \
                or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > comma.i for c in head.children):
            continue  # "For years, ..." or "For him to win, ...": no one's view of a clause
        start, end = _trim(doc_text(doc), comma.idx + 1, _end(sent[-1]))
        if end - start >= 8 and not _mostly_quoted(start, end, quoted):
            out.append(Reported(first, obj, start, end, "attitude"))
    return out


#: Headlines longer than this many words are rare; a longer title-case line is a list.
_HEADLINE_MAX_WORDS = 20
#: Headline words the small model takes for names although they are verbs of the lexicon.
_HEADLINE_SECTIONS = ("speech", "topic", "attitude")


def _headline_cue_lemma(word: str) -> str | None:
    """The lexicon lemma of a title-case verb form ("Blasts", "Praised", "Denies"), or None."""
    lex = cue_lexicon()
    w = word.lower()
    forms = [w]
    if w.endswith("ies"):
        forms.append(w[:-3] + "y")
    if w.endswith("ied"):
        forms.append(w[:-3] + "y")
    if w.endswith("es"):
        forms.append(w[:-2])
    if w.endswith("s"):
        forms.append(w[:-1])
    if w.endswith("ed"):
        forms += [w[:-2], w[:-1]]
    for f in forms:
        section = lex.get(f)
        if section is not None:
            section = INDIRECT_ONLY.get(section, section)
            return f if section in _HEADLINE_SECTIONS else None
    return None


def find_headline_cues(doc: "Doc", quoted: list[tuple[int, int]]) -> list[Reported]:
    """"Senator Blasts Mayor For Missing The Vote": in a title-case headline the small
    model tags the verb as part of a name, so the parse has no cue. A headline line (short,
    every long word capitalised, no final full stop needed) whose word after a name is a
    lexicon verb form reports the rest of the line, with the words before as the speaker.
    Read per paragraph, never per token of the whole text."""
    from dateline.extraction.quote_marks import paragraphs

    text = doc_text(doc)
    out = []
    for p_start, p_end in paragraphs(text):
        line = text[p_start:p_end]
        words = line.split()
        if not 3 <= len(words) <= _HEADLINE_MAX_WORDS or "\n" in line:
            continue
        long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
        if not long_words or any(not w[0].isupper() for w in long_words):
            continue
        span = doc.char_span(p_start, p_end, alignment_mode="contract")
        if span is None:
            continue
        for tok in span[1:-1]:
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or _inside(tok.idx, quoted):
                continue
            if _headline_cue_lemma(tok.text) is None:
                continue
            speaker = doc[tok.i - 1]
            if speaker.pos_ not in ("PROPN", "NOUN") or not speaker.text[:1].isupper():
                break
            start, end = _trim(text, _end(tok), p_end)
            if end - start >= 4 and not _mostly_quoted(start, end, quoted):
                out.append(Reported(tok, speaker, start, end, "speech"))
            break  # one report per headline
    return out


def _noun_holder(tok: "Token") -> "Token | None":
    """Who holds a noun's stance: "his criticism", "criticism by the union", "the union
    voiced criticism"; else None."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    by = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    if by is not None:
        return next((c for c in by.children if c.dep_ == "pobj"), None)
    head = tok.head
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and (head.lemma_.lower() not in NOT_REPORTING
                                                         or head.lemma_.lower() in LIGHT_VERBS):
        return cue_subject(head)
    return None


def _stance_holder(tok: "Token") -> "Token | None":
    """Whose stance: the possessor of the noun ("his claim"), else the subject of the verb
    the adjective or noun hangs from ("they are afraid", "Smith made the case")."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    by = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    if by is not None:  # "an allegation from his former aide that ..."
        return next((c for c in by.children if c.dep_ == "pobj"), None)
    head = tok.head
    if tok.dep_ in ("acomp", "dobj", "attr", "oprd") and head.i != tok.i:
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def find_colon_credits(doc: "Doc", names: list[tuple[int, int]],
                       quoted: list[tuple[int, int]]) -> list[Reported]:
    """"Name: statement" at the start of a paragraph: headlines ("Caddell: Voters Are
    Worried") and transcripts ("WALLACE: Let's start ..."). The name must be an entity
    mention or a word in capitals, so "Related article: ..." or "Update: ..." stay out."""
    from dateline.extraction.quote_marks import paragraphs

    text = doc_text(doc)
    starts = {s for s, _ in names}
    ends = {s: e for s, e in names}
    out = []
    for p_start, p_end in paragraphs(text):
        colon = text.find(":", p_start, min(p_end, p_start + 40))
        if colon < 0 or colon + 1 >= p_end:
            continue
        head = text[p_start:colon].strip()
        named = p_start in starts and ends[p_start] >= colon - 1
        shouting = head.replace(" ", "").replace(".", "").isalpha() and head.isupper() and len(head.split()) <= 3
        if not (named or shouting):
            continue
        span = doc.char_span(colon, colon + 1, alignment_mode="expand")
        who = doc.char_span(p_start, colon, alignment_mode="contract")
        start, end = _trim(text, colon + 1, p_end)
        if span is None or who is None or end - start < 8 or _mostly_quoted(start, end, quoted):
            continue
        out.append(Reported(span[0], who[-1], start, end, "speech"))
    return out


def _content(tok: "Token", section: str) -> tuple[int, int] | None:
    """(start, end) of what the cue reports, or None when it reports nothing here."""
    if is_according_to(tok):
        return _rest_of_clause(tok, tok.head)
    passive = _passive_report(tok)
    if passive is not None:
        return passive
    pro = _pro_clause(tok, section)
    if pro is not None:
        return pro.idx, _end(pro)  # "half said so", "he thinks not", "75 percent said yes"
    clause = next((c for c in tok.children if c.dep_ in _CLAUSE), None)
    if clause is None and section in ("speech", "topic"):
        clause = _stray_that_clause(tok)
    if clause is not None:
        start, end = _subtree(clause, skip_marks=True)
        return start, _writer_turn(clause, end)
    if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX"):
        return _rest_of_clause(tok, tok.head)  # "The plan, he said, will fail."
    xcomp = next((c for c in tok.children if c.dep_ in ("xcomp", "oprd")), None)
    dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if xcomp is not None and section in ("speech", "topic", "attitude"):
        first = dobj if dobj is not None and dobj.i < xcomp.i else xcomp
        return first.left_edge.idx, _end(xcomp.right_edge)  # "urged Congress to act"
    lemma = cue_lemma(tok)
    if section == "attitude" and dobj is not None and _as_phrase(tok, dobj) is not None:
        return dobj.left_edge.idx, _end(_as_phrase(tok, dobj).right_edge)  # "sees Cruz as a uniter"
    if section == "attitude" and dobj is not None and lemma in STANCE_OBJECT_VERBS \
            and (dobj.pos_ != "PRON" or dobj.lower_ in _PERSON_OBJECTS):
        return dobj.left_edge.idx, _object_end(tok, dobj)  # "China and Russia support the government"
    if section == "evidence" and dobj is not None:
        return dobj.left_edge.idx, _object_end(tok, dobj)  # "the study found 31 cases"
    if section not in ("speech", "topic"):
        return None
    frame = _closing_frame(tok) or _inverted_frame(tok) or _as_frame(tok)
    if frame is not None:
        return frame
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on")), None)
    if lemma == "call" and prep is not None and prep.i == tok.i + 1 and prep.right_edge.i > prep.i:
        return tok.doc[prep.i + 1].idx, _demand_end(tok, prep)  # "called for a ban on ..."
    if dobj is not None and lemma not in HEARER_VERBS and (dobj.pos_ != "PRON" or dobj.lower_ in _PERSON_OBJECTS):
        return dobj.left_edge.idx, _object_end(tok, dobj)  # "denied the allegations", "praised Lee"
    about = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
                  and c.right_edge.i > c.i and _topic_object(c, lemma)), None)
    if about is not None and (lemma not in HEARER_VERBS | {"vote", "campaign", "lobby"}
                              or about.lower_ == "about"):  # "told reporters about the deal"
        return tok.doc[about.i + 1].idx, _end(about.right_edge)  # "spoke of a new era"
    colon = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if colon is not None and colon.text == ":" and colon.i + 1 < tok.sent.end:
        return tok.doc[colon.i + 1].idx, _end(tok.sent[-1])  # "The governor added: It is typical"
    return None


#: Passive cues that report an unnamed view of their subject: "the mayor is expected to
#: run", "the senator was criticized for missing the vote", "he is seen as a moderate".
PASSIVE_REPORT = {"expect", "criticize", "criticise", "describe", "see", "view", "regard",
                  "consider", "believe", "say", "report", "think", "know", "accuse", "praise",
                  "blame", "rumor", "rumour", "portray", "deem", "predict", "project",
                  "estimate", "fault", "attack", "condemn", "call"}


#: One-word stand-ins for a reported clause: "said so", "thinks not", "said yes".
PRO_CLAUSES = {"so", "not", "yes", "no", "otherwise"}


def _pro_clause(tok: "Token", section: str) -> "Token | None":
    """The word right after a speech or thought verb that stands for the clause it reports."""
    if section not in ("speech", "attitude") or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.lower_ not in PRO_CLAUSES or nxt.head.i != tok.i or nxt.dep_ in ("neg", "aux", "mark"):
        return None
    after = tok.doc[nxt.i + 1] if nxt.i + 1 < len(tok.doc) else None
    if after is not None and not after.is_punct and after.dep_ not in ("cc", "prep", "advmod", "npadvmod"):
        return None  # "said so many times": not a stand-in
    return nxt


def _as_phrase(verb: "Token", dobj: "Token") -> "Token | None":
    """The "as" phrase of "sees Cruz as a uniter", on the verb or on its object."""
    return next((c for c in (*verb.rights, *dobj.rights) if c.dep_ == "prep" and c.lower_ == "as"
                 and c.i > dobj.i and c.right_edge.i > c.i), None)


def _passive_report(tok: "Token") -> tuple[int, int] | None:
    """(start, end) of a passive report's content: its subject and what is said of it
    ("to run again", "for missing the vote", "as a moderate"). A by-agent, when there is
    one, is the speaker and stays outside the content."""
    if tok.lemma_.lower() not in PASSIVE_REPORT or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in ("it", "there"):
        return None  # "it was reported that ...": the clause path reads it
    tail = next((c for c in tok.rights if c.dep_ in ("xcomp", "oprd")
                 or (c.dep_ == "prep" and c.lower_ in ("for", "as") and c.right_edge.i > c.i)), None)
    if tail is None:
        return None
    return subj.left_edge.idx, _end(tail.right_edge)


def _own_clause_with_subject(tok: "Token") -> bool:
    return any(c.dep_ == "ccomp" and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
               for c in tok.children)


def _clause_taking(tok: "Token") -> str | None:
    """A verb outside the lexicon that still reports: its subject is someone and its
    complement is a full clause with its own subject ("Smith conceded the bill was dead").
    Verbs of this shape are overwhelmingly verbs of saying, thinking or finding."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in NOT_REPORTING:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if subj is None or clause is None or subj.lower_ in ("it", "this", "that", "there"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return "other"


def _holder(tok: "Token") -> "Token | None":
    """cue_subject, and through a gerund after a preposition: "won by attacking the press",
    "after thanking the crowd, he left": the subject of the verb the phrase hangs from."""
    subj = cue_subject(tok)
    if subj is None and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        subj = cue_subject(tok.head.head)
    return subj


def _names_someone(tok: "Token | None") -> bool:
    """A person, a body or a pronoun standing for one: not "the plan" or "the economy"."""
    if tok is None:
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN":
        return True
    if tok.tag_ == "NNS":  # "officials", "voters", "farmers": groups of people, mostly
        return True
    if tok.ent_type_ == "PERCENT" or tok.lower_ in SHARE_WORDS:  # "56 percent would vote for"
        return True
    return tok.lower_ in ("he", "she", "they", "we", "i", "you", "who") or tok.lemma_.lower() in PERSON_NOUNS


#: Singular nouns for a person or a body that can hold a view: "the mayor", "the campaign".
PERSON_NOUNS = {
    "mayor", "governor", "senator", "president", "candidate", "nominee", "official", "spokesman",
    "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "chair", "lawmaker",
    "legislator", "congressman", "congresswoman", "representative", "minister", "secretary",
    "director", "chief", "executive", "founder", "adviser", "advisor", "aide", "strategist",
    "pollster", "analyst", "expert", "economist", "scientist", "researcher", "professor", "lawyer",
    "attorney", "prosecutor", "judge", "justice", "court", "committee", "council", "board", "panel",
    "campaign", "party", "group", "union", "government", "administration", "department", "agency",
    "ministry", "company", "firm", "organization", "organisation", "coalition", "newspaper",
    "magazine", "commentator", "columnist", "writer", "author", "reporter", "journalist", "editor",
    "host", "anchor", "moderator", "critic", "supporter", "opponent", "rival", "challenger",
    "incumbent", "activist", "advocate", "voter", "resident", "member", "delegate", "frontrunner",
    "front-runner", "contender", "billionaire", "businessman", "businesswoman", "mogul", "actor",
    "actress", "singer", "celebrity", "comedian", "pastor", "bishop", "pope", "priest", "rabbi",
    "cleric", "king", "queen", "prince", "general", "commander", "officer", "sheriff", "detective",
    "investigator", "staffer", "operative", "donor", "lobbyist", "consultant", "surrogate", "backer",
    "ally", "wife", "husband", "son", "daughter", "mother", "father", "man", "woman", "person",
    "people", "public", "electorate", "establishment", "press", "media", "team", "camp", "staff",
    "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "crowd", "audience",
    "conservative", "liberal", "progressive", "republican", "democrat", "independent", "veteran",
    "student", "worker", "employee", "owner", "manager", "host", "speaker", "witness", "victim",
}
#: Shares of a polled group that speak for it: "half said", "a majority backed".
SHARE_WORDS = {"majority", "minority", "plurality", "half", "third", "quarter", "percent", "most",
               "many", "some", "few", "others", "all", "both", "none", "fifth", "tenth"}


def _evidence_source(tok: "Token | None") -> bool:
    """A poll, study or report (or a named organisation) can be the source of a finding."""
    return tok is not None and (tok.lemma_.lower() in EVIDENCE_NOUNS or tok.ent_type_ == "ORG")


def _closing_frame(tok: "Token") -> tuple[int, int] | None:
    """"CLAUSE, X reported.": a cue with its own subject that ends the sentence after a
    comma; the parser hangs it off the clause as a conjunct. The content is what precedes."""
    sent = tok.sent
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i <= sent.start:
        return None
    comma = tok.doc[subj.left_edge.i - 1]
    rest = [t for t in tok.doc[tok.i + 1:sent.end] if not t.is_punct]
    if comma.text not in (",", "—", "–") or len(rest) > 4 or any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
        return None
    return sent[0].idx, comma.idx


def _inverted_frame(tok: "Token") -> tuple[int, int] | None:
    """"CLAUSE, said the firm's chief executive, Tom Harris.": the cue comes before its
    subject and closes the sentence; the content is the clause before the comma."""
    sent = tok.sent
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i < tok.i or tok.i - 1 <= sent.start:
        return None
    comma = tok.doc[tok.i - 1]
    if comma.text not in (",", "—", "–") or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return None
    if any(not t.is_punct for t in tok.doc[subj.right_edge.i + 1:sent.end]):
        return None  # more after the speaker: not a closing frame
    return sent[0].idx, comma.idx


def _as_frame(tok: "Token") -> tuple[int, int] | None:
    """"The mayor met the governor, as the local paper reported.": an as-clause with a
    speech cue vouches for the clause it hangs from."""
    if tok.dep_ != "advcl" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return None
    return _rest_of_clause(tok, tok.head)


def _topic_object(prep: "Token", lemma: str) -> bool:
    """"spoke of a new era" yes; "said on Friday", "spoke to reporters" no."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL") \
            or obj.lemma_.lower() in _NOT_TARGETS:
        return False
    if prep.lower_ == "to":
        return lemma in ("refer", "point", "allude")
    return lemma not in ("say", "tell") or prep.lower_ in ("of", "about")


def _stray_that_clause(verb: "Token") -> "Token | None":
    """"said on Friday during a news conference that ...": the parser hangs the that-clause
    on the nearest noun; take it when only prepositional phrases lie between it and the verb."""
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.dep_ not in ("acl", "ccomp", "advcl", "relcl"):
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "that" and m.i < tok.i for m in tok.children):
            continue
        cur = tok.head
        while cur.i != verb.i and cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
            cur = cur.head
        if cur.i == verb.i:
            return tok
    return None


def _writer_turn(clause: "Token", end: int) -> int:
    """Cut "..., but for Republicans it is a smoking gun": a clause joined by "but" with a
    subject of its own is the writer turning away from the report, not more of it."""
    for c in clause.rights:
        if c.dep_ != "conj" or not any(x.dep_ == "nsubj" for x in c.children):
            continue
        cc = next((x for x in clause.rights if x.dep_ == "cc" and x.i < c.i and x.lower_ in ("but", "while", "although")), None)
        if cc is not None:
            return cc.idx
    return end


def _object_end(verb: "Token", dobj: "Token") -> int:
    """The object with what the verb says about it: "cited the remarks as examples of his
    disrespect" reports the whole phrase, which the parser hangs partly off the verb."""
    last = dobj.right_edge
    for c in verb.rights:
        if c.i > dobj.i and c.dep_ in ("prep", "oprd", "xcomp", "ccomp", "acomp", "npadvmod", "advmod", "advcl"):
            if _circumstance(c) or (c.dep_ == "advcl" and _after_comma(c)):
                continue  # "endorsed Cruz on Monday", "..., saying ...": not the content
            last = max(last, c.right_edge, key=lambda t: t.i)
    return _end(last)


def _after_comma(tok: "Token") -> bool:
    """The phrase of `tok` is set off by a comma before it."""
    first = tok.left_edge
    return first.i > 0 and tok.doc[first.i - 1].text == ","


def _circumstance(tok: "Token") -> bool:
    """A time phrase or a lone adverb hanging from the verb: "on Monday", "last week",
    "in 2015", "twice", "again"."""
    if tok.ent_type_ in ("DATE", "TIME") or (tok.dep_ == "advmod" and tok.n_lefts + tok.n_rights == 0):
        return True
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None) if tok.dep_ == "prep" else None
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def _subtree(tok: "Token", skip_marks: bool) -> tuple[int, int]:
    """(start, end) of `tok.subtree` from its first word (leading marks skipped) to its last.

    Only the ends are read (perf25): the first words come lazily off `Token.subtree`, and its
    last word is found down the chain of last right children (the subtree lists a word's left
    children's subtrees, the word, then its right children's), so the clause's other words
    never become Token objects. The same ends as `list(tok.subtree)`'s first and last."""
    last = tok
    while (rights := list(last.rights)):
        last = rights[-1]
    words = tok.subtree
    first = next(words)
    while skip_marks and first.i != last.i and first.lower_ in _LEADING_MARKS:
        first = next(words)  # (not past the last word: a subtree lists each word once)
    return first.idx, _end(last)


def _rest_of_clause(cue: "Token", head: "Token") -> tuple[int, int] | None:
    """The head clause without the cue's own phrase, on whichever side is longer."""
    lo, hi = head.left_edge, head.right_edge
    c_lo, c_hi = cue.left_edge, cue.right_edge
    before = (lo.idx, c_lo.idx) if c_lo.i > lo.i else None
    after = (_end(c_hi), _end(hi)) if c_hi.i < hi.i else None
    if before and after:
        return before if before[1] - before[0] >= after[1] - after[0] else after
    return before or after


def _end(tok: "Token") -> int:
    return tok.idx + len(tok)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


_SPANS_INDEX: "tuple[list[tuple[int, int]], int, list[int], list[int]] | None" = None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """`pos` lies in one of `spans`. Asked for most tokens of an article by each finder, so
    the spans are indexed once (sorted starts and the running maximum of their ends) and
    looked up by bisection; the index is rebuilt when another list (or a longer one) comes."""
    global _SPANS_INDEX
    index = _SPANS_INDEX
    if index is None or index[0] is not spans or index[1] != len(spans):
        ordered = sorted(spans)
        reach, top = [], -1
        for _, e in ordered:
            top = max(top, e)
            reach.append(top)
        index = _SPANS_INDEX = (spans, len(spans), [st for st, _ in ordered], reach)
    i = bisect_right(index[2], pos) - 1
    return i >= 0 and index[3][i] > pos


def _mostly_quoted(start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """At least 80% of the content lies inside quotation marks: a direct quote, not speech
    reported in the writer's words (the same threshold PolNeAR's direct label uses)."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in quoted)
    return inside >= 0.8 * (end - start)
