"""left45: "Police detained their leaders after the rally", "Riot police broke up the march and
arrested its organisers": the leaders of the protest, not of the police.

Why: a title owned by "their"/"its" takes its owner from the clause's subject (coreference or
the subject's country and role), so the police that detained "their leaders" were coded as
detaining themselves (KORCOP 173 KORCOP), and "its organisers" (owned by the march) got no
actor at all. Police do not arrest their own leaders in a sentence that tells a protest: when a
leader/organiser word owned by "their"/"its" is the object of an arresting verb whose subject
resolves to that same actor (or the title resolves to nothing), and the sentence names a protest
(rally, march, protest, demonstration ... or protesters), the title is the protesters' (OPP of
the subject's country, as the conventions code demonstrators). Pure: tokens and Actors in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.at_protests import PROTEST_NOUNS, PROTEST_VERBS
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Titles of the people who lead a protest.
LEADER_WORDS = frozenset({"leader", "organiser", "organizer", "ringleader", "head"})
#: Verbs of custody or punishment done to them.
ARREST_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "hold", "seize", "round", "charge",
                          "question", "sentence", "deport", "expel", "beat", "interrogate", "summon"})
#: Words that tell a protest in the sentence (beside at_protests' nouns and verbs).
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "strike"})
_OWNERS = ("their", "its")


def _arrest_verb(tok: "Token") -> "Token | None":
    obj = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "dobj" else tok
    if obj.dep_ != "dobj" or obj.head.pos_ not in ("VERB", "AUX"):
        return None
    return obj.head if obj.head.lemma_.lower() in ARREST_VERBS else None


def _subject(verb: "Token") -> "Token | None":
    while True:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None or verb.dep_ != "conj":
            return subj
        verb = verb.head  # "broke up the march and arrested its organisers"


def _tells_protest(tok: "Token") -> bool:
    return any(w.lemma_.lower() in PROTEST_NOUNS | PROTESTER_NOUNS and w.pos_ == "NOUN"
               or w.lemma_.lower() in PROTEST_VERBS and w.pos_ == "VERB" for w in tok.sent)


def protest_leaders(tok: "Token", actor: Actor | None, actor_for) -> Actor | None:
    """The protesters (OPP) for a self-bound "their leaders" arrested at a protest; `actor` else."""
    if tok.lemma_.lower() not in LEADER_WORDS or tok.pos_ != "NOUN":
        return actor
    if not any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in tok.children):
        return actor
    verb = _arrest_verb(tok)
    subj = _subject(verb) if verb is not None else None
    if subj is None or not _tells_protest(tok):
        return actor
    doer = actor_for(subj)
    if doer is None or not doer.code:
        return actor
    if actor is not None and actor.code and actor.code != doer.code:
        return actor
    country = doer.country
    return Actor(None, tok.text, (country or "---") + "OPP", country, "OPP")
