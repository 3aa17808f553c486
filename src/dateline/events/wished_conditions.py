"""modal61: an obligation on a condition, "if Y wants peace, it must withdraw" (issue #4; the pronoun
reading and `quoted_obligation` merged from branch modal61-full by reported64).

A conditional act is a hypothetical, which the standard does not code (WIKINEWS_EVENTS.md "Not
coded"): "If the talks fail, Israel must withdraw" demands nothing yet. But one condition is no
condition at all: the obliged party's own wish or sincerity ("If Washington really wants
security, it must withdraw its warships", "If Israel is serious about peace, it must ...",
"If Japan wants to avoid a trade war, it must open its markets"). Such a sentence is the
speaker's demand on that party (10x), and the pronoun of the "must" clause stands for the party
the condition names. The coder read neither: the pronoun subject kept the demand out
(`coder._code_obligation` takes a named subject), and the parser hangs such a quotation on the
speech verb as an adverbial clause instead of its complement.

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
_OBLIGING = frozenset({"must", "should"})


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
    """The party obliged when `clause`'s condition is its own wish ("if Israel wants peace, it
    must ..."): the condition's named subject, for a pronoun subject of the obligation, or the
    obligation's own named subject when the condition's subject is it or a pronoun for it.
    None when the condition is another ("if the talks fail"), an "unless", or negated."""
    cond = condition(clause)
    if cond is None or subj is None or not any(m.dep_ == "mark" and m.lower_ == "if" for m in cond.children) \
            or not _wish(cond):
        return None
    csub = next((c for c in cond.children if c.dep_ == "nsubj"), None)
    if csub is None:
        return None
    if subj.lower_ in _PRONOUNS:
        return csub if csub.lower_ not in _PRONOUNS and csub.pos_ in ("PROPN", "NOUN") else None
    if csub.lower_ in _PRONOUNS or csub.lemma_.lower() == subj.lemma_.lower():
        return subj
    return None


def quoted_obligation(speech: "Token", clause: "Token") -> bool:
    """A quotation before its speech verb that the parser hung on it as an adverbial clause
    ('"If Israel wants peace, it must withdraw," X told reporters'): an unmarked clause with
    "must / should" and an "if" clause of its own, opened by a quotation mark. (Only with the
    condition: the parser hangs the plain quotation as the verb's complement, which the coder
    reads already; the condition is what makes it an adverbial clause.)"""
    if clause.dep_ != "advcl" or clause.i > speech.i or any(c.dep_ == "mark" for c in clause.children):
        return False
    if condition(clause) is None:
        return False
    if not any(a.dep_ == "aux" and a.lower_ in _OBLIGING for a in clause.children):
        return False
    first = clause.left_edge
    return first.i > 0 and clause.doc[first.i - 1].lower_ in ('"', "``", "“", "'") or first.lower_ in ('"', "``", "“")
