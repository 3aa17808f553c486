"""mideast32: foreign monitors let in (CAMEO 086x), as Middle East wire copy tells it.

"Iraq allowed U.N. weapons inspectors to return", "Baghdad will let the inspectors resume their
work": the small model makes the inspectors the subject of a clause under "allow"/"let"/"permit"
(not its object), so the dictionary's "allow +inspector" line never saw them and the act went
uncoded. The verbs.txt mideast32 lines code such a clause as 086 toward its subject; this module
reads who was let in from the subject's own words, because only an outside body's people make the
act international involvement:

- inspectors, monitors, observers, verifiers: receive inspectors (0862)
- peacekeepers, U.N. troops: receive peacekeepers (0861)
- aid workers, relief agencies, convoys: allow humanitarian aid (0863)
- anyone else ("allowed Palestinian workers to return to their jobs"): no 086 at all.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that let someone in: the trigger of the verbs.txt mideast32 "^ccomp" lines.
LETTING_VERBS = frozenset({"allow", "let", "permit"})

INSPECTOR_NOUNS = frozenset({"inspector", "monitor", "observer", "verifier", "inspection", "unscom", "iaea"})
PEACEKEEPER_NOUNS = frozenset({"peacekeeper", "peacekeeping"})
AID_NOUNS = frozenset({"aid", "relief", "convoy", "agency", "charity"})


def _admitted(tok: "Token") -> "Token | None":
    """The party let in: the subject of the clause under the letting verb, or its object."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp"):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return next((c for c in tok.children if c.dep_ == "dobj"), None)


def _words(noun: "Token") -> set[str]:
    """The noun's lemma, its compounds and modifiers, and one "of" phrase ("members of the team")."""
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            words |= {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
    return words


def admitted_subcode(code: str, tok: "Token") -> str | None:
    """The 086x subcode of a letting verb's act, by the words of whom it lets in; "" when the
    party let in is no outside body's people (the act is then no 086 at all); None when the
    rule does not apply (another code, another verb). A promise ("said it would allow", 0355,
    the intent has no subcodes) keeps its code or is dropped the same way."""
    if not (code.startswith("086") or code == "0355") or tok.lemma_.lower() not in LETTING_VERBS:
        return None
    party = _admitted(tok)
    if party is None:
        return None
    words = _words(party)
    kind = _kind(words)
    if code == "0355" and kind:
        return code
    return kind


def _kind(words: set[str]) -> str:
    if words & INSPECTOR_NOUNS:
        return "0862"
    if words & PEACEKEEPER_NOUNS or ("troop" in words and words & {"u.n.", "un", "nato"}):
        return "0861"
    if words & AID_NOUNS or {"aid", "worker"} <= words:
        return "0863"
    return ""
