"""Involvement told as a passive under a verb of saying (tuneact45; docs/evaluation/events-tuneact45.md).

"X said Sudan was involved in the attempt on Mubarak's life", "X said Iraqi agents were implicated
in the bombing", "X said the rebels were linked to the massacre": the speaker accuses the clause's
subject (112x), as "said Y was responsible for / behind the attack" already codes (coder
`_code_evaluation`). The small model parses "was involved" as a passive verb, not a copula with an
adjective, so that path never saw it.

Only an involvement in a wrong counts: "said Iraq was involved in the talks" is no accusation. The
wrong is read off the "in" / "to" phrase: a word of coder.ACCUSATION_CONTENT (the subcode) or one of
WRONG_WORDS (plain 112). A negated or hypothetical clause, or a negated saying, is not coded.

negact58: the same tie NEGATED is a denial (016), an act of its own: "Tehran had nothing to do
with the smuggling", "said its troops were not involved in the kidnapping", "played no part / role
in the bombing", "was not behind the attack", "were not responsible for the killing". The denier is
the one who says so (the speech verb's subject) or, told bare, the clause's subject; the target is
found as for "denied any role in the killing" (coop.denial): the victim the act noun names, else
the earlier accuser. Only a wrong counts ("had nothing to do with the budget", "was not involved in
the talks" deny nothing); a question or a hypothetical ("if Russia had nothing to do with it")
is no denial.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters  # (perfev55: here, not in `involved_clause` at each call)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Passive verbs that tie a party to an act: "was involved in", "was implicated in", "was linked to".
INVOLVING_VERBS = frozenset({"involve", "implicate", "link", "tie", "connect"})
#: Wrongs that are no armed attack or crime of the subcode table, yet make the tie an accusation.
WRONG_WORDS = frozenset("violence unrest riot disturbance plot coup conspiracy blast explosion ambush "
                        "raid shooting wrongdoing scandal terrorism sabotage".split())


def involved_clause(tok: "Token") -> "tuple[Token, Token, set[str]] | None":
    """For a speech verb `tok`: (its passive involvement clause, the clause's subject, the lemmas of
    the wrong), or None. "said Sudan was involved in the attempt on Mubarak's life" -> (involved,
    Sudan, {...})."""
    if filters.is_negated(tok):
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in INVOLVING_VERBS or c.tag_ != "VBN":
            continue
        if not any(a.dep_ == "auxpass" for a in c.children):
            continue
        subj = next((a for a in c.children if a.dep_ == "nsubjpass"), None)
        if subj is None or subj.pos_ == "PRON" and subj.lower_ in ("it", "this", "that"):
            continue
        if filters.is_negated(c) or filters.is_hypothetical(c):
            continue
        preps = [a for a in c.children if a.dep_ == "prep" and a.lower_ in ("in", "to", "with")]
        words = {t.lemma_.lower() for p in preps for t in p.subtree}
        if words:
            return c, subj, words
    return None


def linking_participle(tok: "Token") -> bool:
    """noact61: "rebels tied to the massacre", "a man linked to the bombing": a participle that
    describes a party by a tie (no one is said to make it), not the accusation "X linked Y to the
    bombing" (verbs.txt) by the clause's subject. True for such a participle, which codes nothing."""
    return tok.lemma_.lower() in INVOLVING_VERBS and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "advcl") \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)


#: negact58: nouns of a share in an act: "played no part in", "had no hand in", "no role in".
PART_NOUNS = frozenset({"part", "role", "hand", "involvement", "link", "connection", "responsibility"})
#: negact58: wrongs named by words of their own that ACCUSATION_CONTENT (passed in) lacks.
DENIED_WRONGS = WRONG_WORDS | frozenset("incident hijack hijacking kidnapping killing killings death deaths "
                                        "murder assassination massacre bombing attack attacks fire "
                                        "burning arson sinking downing crash abduction".split())


def _pobj(head: "Token", preps: tuple[str, ...]) -> "Token | None":
    return next((g for p in head.children if p.dep_ == "prep" and p.lower_ in preps
                 for g in p.children if g.dep_ == "pobj"), None)


def _no_det(noun: "Token") -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _has_neg(tok: "Token") -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def denied_act(clause: "Token") -> "Token | None":
    """negact58: the act noun a clause denies any share in, or None: "had nothing to do with the
    smuggling", "was not involved in / linked to the attack", "played (had) no part / role / hand
    in the bombing" (or "did not play any role in"), "was not behind the attack", "was not
    responsible for the killing". The act is not checked for a wrong here (see `denial_of`)."""
    lemma = clause.lemma_.lower()
    if lemma in ("have", "play"):
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        if lemma == "have" and obj.lower_ == "nothing":
            do = next((c for c in obj.children if c.dep_ in ("relcl", "acl", "xcomp") and c.lemma_.lower() == "do"), None)
            return _pobj(do, ("with",)) if do is not None else None
        if obj.lemma_.lower() in PART_NOUNS and (_no_det(obj) or _has_neg(clause)):
            return _pobj(obj, ("in", "with")) or _pobj(clause, ("in", "with"))
        return None
    if not _has_neg(clause):
        return None
    if lemma in INVOLVING_VERBS and clause.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in clause.children):
        return _pobj(clause, ("in", "to", "with"))
    if lemma == "be":
        behind = _pobj(clause, ("behind",))
        if behind is not None:
            return behind
        acomp = next((c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() == "responsible"), None)
        return _pobj(acomp, ("for",)) if acomp is not None else None
    return None


def denial_of(clause: "Token", wrongs: "frozenset[str]") -> "Token | None":
    """negact58: the wrong (act noun) a clause denies a share in, when it is a wrong (`wrongs`, the
    coder's accusation words, or DENIED_WRONGS) and the clause is no question or hypothetical."""
    act = denied_act(clause)
    if act is None:
        return None
    words = {act.lemma_.lower(), act.lower_, *(c.lemma_.lower() for c in act.children if c.dep_ in ("compound", "amod"))}
    if not words & (wrongs | DENIED_WRONGS):
        return None
    if filters.is_hypothetical(clause) or any(t.lower_ == "?" for t in clause.sent):
        return None
    return act
