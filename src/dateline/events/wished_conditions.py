"""modal61: an obligation on a condition, "said Y must withdraw if the talks fail" (issue #4).

A conditional act is a hypothetical, which the standard does not code (WIKINEWS_EVENTS.md "Not
coded"): "Zarif said Washington must pull its warships back if the talks failed" demands nothing
yet, but `coder._code_obligation` read every "must / should" clause as a demand (10x) or advice
(020), its "if" clause unread. One condition is no condition at all: the obliged party's own
wish or sincerity ("Zarif said Washington must withdraw its warships if it wanted security",
"Israel must leave the Golan if Israel is serious about peace"): that demand stands.

(Branch modal61-full also reads the pronoun of '"If Israel wants peace, it must withdraw," X
said' as Israel, a demand main does not code; it was left out of the merge: see
docs/evaluation/events-modal61.md.)

Pure functions on spaCy tokens; `clause` is the obligation's verb ("withdraw" under "must").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of the obliged party's own wish in the condition ("if Y wants / seeks / hopes ...").
WISH_VERBS = frozenset({"want", "wish", "seek", "desire", "hope", "intend", "mean", "care"})
#: Adjectives of sincerity after "be" ("if Y is serious about peace", "if they are truthful").
SINCERE_WORDS = frozenset({"serious", "sincere", "truthful", "genuine", "honest", "earnest", "committed",
                           "interested"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "you"})


def condition(clause: "Token") -> "Token | None":
    """The "if / unless" clause on the obligation's verb, or None."""
    return next((c for c in clause.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)


def _wish(cond: "Token") -> bool:
    for v in (cond, *cond.conjuncts):
        if any(c.dep_ == "neg" for c in v.children):
            return False
        if v.lemma_.lower() in WISH_VERBS or v.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in SINCERE_WORDS for c in v.children):
            return True
    return False


def wishing_party(clause: "Token", subj: "Token | None") -> "Token | None":
    """The party obliged when `clause`'s condition is its own wish: the obligation's named
    subject `subj`, when the condition's subject is it again or a pronoun for it ("Washington
    must withdraw if it wants security"). None when the condition is another ("if the talks
    fail"), an "unless", negated, or the obligation's subject is itself a pronoun."""
    cond = condition(clause)
    if cond is None or subj is None or subj.lower_ in _PRONOUNS \
            or not any(m.dep_ == "mark" and m.lower_ == "if" for m in cond.children) or not _wish(cond):
        return None
    csub = next((c for c in cond.children if c.dep_ == "nsubj"), None)
    if csub is not None and (csub.lower_ in _PRONOUNS or csub.lemma_.lower() == subj.lemma_.lower()):
        return subj
    return None
