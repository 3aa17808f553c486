"""politics30: "Sunak faced calls to resign from opposition parties": the callers' appeal.

News tells an appeal or demand from the side of the one asked as often as from the asker's:
"X faced / faces / received calls (demands) to resign from Y", "X faced calls from Y to step
down". That is Y's appeal (020; to resign: 0241) toward the subject X (demands and criticism
faced are read by `conflict.received_disapproval`, which had no appeal nouns). The callers are the "from"
phrase on the call noun, or on the asked verb where the parser hangs it ("to resign from
opposition parties") unless it names what one resigns from (an office, a post, the cabinet, one
party). With no caller named nothing is coded (an agentless appeal).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

FACING_VERBS = frozenset({"face", "receive", "draw", "attract"})
# (demands, criticism and threats faced are `conflict.received_disapproval`'s)
APPEAL_NOUNS = {"call": "020", "appeal": "020", "plea": "020"}
RESIGNING_VERBS = frozenset({"resign", "quit", "step", "stand", "leave"})
LEADERSHIP_CODES = {"020": "0241"}
# What one resigns from: not the callers.
LEFT_POSTS = frozenset({"post", "office", "cabinet", "government", "job", "position", "seat", "presidency",
                        "premiership", "role", "board", "parliament", "senate", "ministry", "leadership", "chair"})


def _from_objects(tok: "Token") -> list["Token"]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
            if g.dep_ == "pobj"]


def _callers(noun: "Token", asked: "Token | None") -> list["Token"]:
    found = _from_objects(noun)
    if not found and asked is not None:
        found = [g for g in _from_objects(asked) if g.lemma_.lower() not in LEFT_POSTS
                 and not (g.lower_ == "party" and g.tag_ == "NN")]
    return found


def _asked_act(verb: "Token", noun: "Token") -> "Token | None":
    """The asked act: a to-clause under the noun, or one the parser hung on the facing verb."""
    return next((c for c in [*noun.subtree, *(v for v in verb.children if v.dep_ in ("advcl", "xcomp"))]
                 if c.pos_ == "VERB" and c is not verb
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def asked_resignation(code: str, verb: "Token") -> str | None:
    """1041 for a demand faced whose asked act is resigning ("faces demands from protesters to
    resign", read by `conflict.received_disapproval` as 100); None keeps the code."""
    if code != "100" or verb.lemma_.lower() not in FACING_VERBS:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "demand"), None)
    asked = _asked_act(verb, noun) if noun is not None else None
    return "1041" if asked is not None and asked.lemma_.lower() in RESIGNING_VERBS else None


def faced_appeal(verb: "Token") -> tuple[str, list["Token"], list["Token"]] | None:
    """(code, callers, the one asked) for "X faced calls to resign from Y", else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FACING_VERBS:
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in APPEAL_NOUNS), None)
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if noun is None or not subj:
        return None
    code = APPEAL_NOUNS[noun.lemma_.lower()]
    asked = _asked_act(verb, noun)
    if asked is not None and asked.lemma_.lower() in RESIGNING_VERBS:
        code = LEADERSHIP_CODES.get(code, code)
    callers = _callers(noun, asked)
    return (code, callers, subj) if callers else None
