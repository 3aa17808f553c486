"""left43a: "The rebels said the charge was untrue": a denial told as speech.

Why: a denial is coded at "deny", "reject ... as baseless" or "called the report false"
(verbs.txt 016 lines), but the plainest wire form, a verb of saying whose clause says an
accusation, charge, allegation or report is false ("Iraq said the allegations were baseless"),
made no event: the copula "was" carries no pattern and the saying is only a comment. A reader
takes it as the speaker denying (CAMEO 016). The accused party is the speaker; the target is
the accuser when the charge names one by possessor ("said Moscow's charge was a lie"), else
none (the coder's earlier-accuser rule may still find one). Not coded: negated ("was not
true" is read here, "was not untrue" is not), hypothetical, or a charge judged otherwise
("said the charge was serious").
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Collection

from dateline.events import filters

if TYPE_CHECKING:
    from spacy.tokens import Token

#: What is called false: the claims a denial answers.
CHARGE_WORDS = frozenset("charge accusation allegation claim report reports story assertion".split())
#: Predicates that call it false ("was untrue", "were baseless", "was a lie").
FALSE_WORDS = frozenset("false untrue baseless unfounded groundless fabricated fabrication lie lies "
                        "nonsense fiction slander smear inaccurate wrong fake absurd ridiculous "
                        "preposterous".split())
#: Predicates that call it false only when negated ("was not true").
TRUE_WORDS = frozenset("true correct accurate".split())


def denied_by_speaker(tok: "Token", speech: Collection[str]) -> tuple[list["Token"], list["Token"]] | None:
    """(the speakers, the accusers named by possessor) for "X said the charge was untrue", with
    `tok` the verb of saying; or None."""
    if tok.lemma_.lower() not in speech:
        return None
    # perfev55: the cheap structural test (a copular "that"-clause) before the memoised filters
    if not any(cop.dep_ == "ccomp" and cop.lemma_ == "be" for cop in tok.children):
        return None
    if filters.is_negated(tok) or filters.is_hypothetical(tok):
        return None
    for cop in tok.children:
        if cop.dep_ != "ccomp" or cop.lemma_ != "be":
            continue
        charge = next((c for c in cop.children if c.dep_ == "nsubj" and c.lemma_.lower() in CHARGE_WORDS), None)
        pred = next((c for c in cop.children if c.dep_ in ("acomp", "attr")), None)
        if charge is None or pred is None or filters.is_hypothetical(cop):
            continue
        negated = any(c.dep_ == "neg" for c in cop.children) or any(c.dep_ == "neg" for c in pred.children)
        words = {pred.lemma_.lower(), pred.lower_} | {c.lower_ for c in pred.children if c.dep_ == "conj"}
        if (words & FALSE_WORDS and not negated) or (words & TRUE_WORDS and negated):
            speakers = [c for c in tok.children if c.dep_ == "nsubj"]
            accusers = [c for c in charge.children if c.dep_ == "poss"]
            if speakers:
                return speakers, accusers
    return None
