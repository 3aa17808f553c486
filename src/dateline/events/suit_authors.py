"""source71: "the suit alleges ..." speaks for whoever brought the suit.

Wire copy reports a lawsuit in one sentence and its claims in a later one: "<Marlin Freight
Lines> said it sued the Denver Post for libel ... The complaint alleges the articles contained
false statements"; "the injunction was granted in a suit filed by <Harrow Corp> against Merrill
Lynch ... The company said the suit seeks damages from Merrill Lynch". The bare "the suit" /
"the complaint" is its clause's subject and names no one, so the charge (112) or the demand had
no source and was lost whenever the suing sentence made no event the coder could look back to.
Its author is the plaintiff of the nearest earlier suit in reach: the subject of "sue" (or the
"by" agent of "was sued by"), the subject of the verb that filed, brought or launched a suit
noun, or the "by" agent of a suit "filed by X".

Guards: a definite bare noun only ("the suit", "the lawsuit", "the complaint"; not "a suit",
not "Pennzoil's suit", whose owner the resolver reads), only as the subject of a charging verb
(allege, charge, accuse, claim ...), an unnamed plaintiff ("a former distributor") gives none,
and only the nearest earlier suit within reach (a nearer one with no readable plaintiff gives no
answer rather than a guess further back). message_antecedents.py does the same for "the
statement" after "X issued a statement", whose issuing verbs a suit does not take.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns for a lawsuit that speak for the plaintiff ("the suit alleges", "the complaint seeks").
SUIT_NOUNS = frozenset({"suit", "lawsuit", "complaint"})
#: Verbs that bring a suit noun ("filed a suit", "brought a lawsuit", "launched a suit").
FILING_VERBS = frozenset({"file", "bring", "launch", "lodge", "institute"})
#: Verbs by which a suit speaks for its plaintiff ("the suit alleges / charges / accuses ...").
#: Others ("the suit seeks damages from X for fraud and refusing to ...") are left alone: the
#: tune diff showed "seeks" read as an appeal and a gerund under it given the suit as its subject.
CHARGING_VERBS = frozenset({"allege", "charge", "accuse", "claim", "contend", "assert", "say", "state",
                            "name"})  # source72: "the suit also names X as a defendant" (verbs.txt 115)
#: How far back (characters) the earlier suit may be.
REACH = 1200
_SUBJ = frozenset({"nsubj", "nsubjpass"})


def _bare_definite(tok: "Token") -> bool:
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids) and not any(
        c.dep_ in ("poss", "compound", "nmod", "appos") or c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
        or c.dep_ == "amod" and (c.ent_type_ or c.pos_ == "PROPN") for c in kids)


def _subject(verb: "Token") -> "Token | None":
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in ("conj", "xcomp"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj


def _agent(verb: "Token") -> "Token | None":
    """The "by" agent; for a Reuters bracketed name the parser split ("filed by <Harrow Tool
    Corp>": the pobj is "<"), the name's last word before the closing ">"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if obj is not None and obj.text == "<":
        doc = obj.doc
        close = next((t.i for t in doc[obj.i + 1:min(len(doc), obj.i + 9)] if t.text == ">"), None)
        return doc[close - 1] if close is not None and close > obj.i + 1 else None
    return obj


def _plaintiff(t: "Token") -> "Token | None | bool":
    """The plaintiff token of a suing mention `t`; False when `t` is no suing mention; None when
    it is one with no readable plaintiff."""
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma == "sue":
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            return _agent(t)  # "was sued by X"
        return _subject(t)
    if t.pos_ != "NOUN" or lemma not in SUIT_NOUNS:
        return False
    if t.dep_ == "dobj" and t.head.lemma_.lower() in FILING_VERBS:
        return _subject(t.head)  # "X filed a suit"
    filed = next((c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in FILING_VERBS), None)
    if filed is not None:
        return _agent(filed)  # "a suit filed by X"
    return False


def _own_filer(tok: "Token") -> "Token | None | bool":
    """source72: the plaintiff the suit itself names ("The suit, filed by Polaroid in April 1976,
    charges that Kodak ..."; "The complaint filed by <X> claims ..."): the agent of the suit's own
    filing participle, unless it is unnamed ("filed by a group of investors"). A participle with no
    agent ("The suit, filed in 1982, charges ...") names none: the earlier suit is looked for (None).
    An unnamed agent gives False: no plaintiff, and no guess further back."""
    filed = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in FILING_VERBS), None)
    got = _agent(filed) if filed is not None else None
    if got is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in got.children):
        return False
    return got


def suit_author(tok: "Token") -> "Token | None":
    """The plaintiff a bare "the suit" (subject of its clause) speaks for, or None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SUIT_NOUNS or tok.dep_ not in _SUBJ \
            or tok.head.lemma_.lower() not in CHARGING_VERBS or not _bare_definite(tok):
        return None
    own = _own_filer(tok)
    if own is not None:
        return own or None
    doc = tok.doc
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if tok.idx - t.idx > REACH:
            return None
        got = _plaintiff(t)
        if got is not False:
            if got is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in got.children):
                return None  # "a suit brought by a former distributor": an unnamed plaintiff is not coded
            return got
    return None
