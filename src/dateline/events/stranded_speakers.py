"""speech24: the speaker of a trailing or framing "..., the leader of Y, Name, told ..." that the
parser hung on the reported clause instead of on the verb of saying.

"The failure of the government could lead to a famine, the leader of the opposition, Jane Roe,
told a press conference": the small model reads "the leader ..." as an apposition to "famine",
the last noun of the quoted clause, and leaves "told" with no subject; every rule that asks
who said it (stance, accusation, appeals) then has no source. The same happens after a framing
clause ("Speaking to reporters, the head of the league, John Doe, said ..."). In well-formed
prose a finite verb of saying always has a subject, so a subjectless one whose left neighbour is
a comma that closes an apposition inside one of its own dependents has that apposition as its
speaker. Only appositions (a noun phrase set off by commas), never a plain object: "... placed
producers on the alert, told ..." with no apposition stays subjectless.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of saying whose missing subject is looked for (the finite forms a wire report uses).
SAYING_VERBS = frozenset("say tell add state announce report claim confirm insist declare explain stress note".split())
#: Dependents of the verb of saying that can hold the stranded speaker: the reported clause
#: before it, or a framing clause or phrase ("Speaking to AFP, ...", "In a statement, ...").
_HOLDERS = frozenset({"ccomp", "parataxis", "advcl", "prep"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def stranded_speaker(tok: "Token") -> "Token | None":
    """The head of the apposition that ends right before ", <verb of saying>" inside one of the
    verb's own earlier dependents, when the verb has no subject of its own (see module doc)."""
    if tok.lemma_.lower() not in SAYING_VERBS or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in _SUBJ for c in tok.children):
        return None
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].text != ",":
        return None
    last = doc[tok.i - 2]
    holders = [c for c in tok.children if c.dep_ in _HOLDERS and c.i < tok.i and c.right_edge.i >= last.i]
    if not holders and misjoined_report(tok):
        holders = [tok.head]  # "Y could lead to a famine, the leader of X, Name, told ...": told as a conjunct
    if not holders:
        return None
    # the outermost apposition whose phrase ends at `last`: walk up from the last word
    node, top = last, None
    while node != holders[0] and node.i < tok.i:
        if node.pos_ in ("NOUN", "PROPN") and node.right_edge.i in (last.i, last.i + 1) and _set_off(node):
            top = node
        node = node.head
    if top is None or top.head.i >= top.i:
        return None
    if doc[top.left_edge.i - 1].text != ",":
        return None  # an apposition set off by a comma, not a compound read as one
    return top


def _set_off(node: "Token") -> bool:
    """A noun phrase the parser joined to the one before it by a comma alone: an apposition,
    or a "conjunct" with no "and"/"or" ("... criticisms, board chairman John Tower, a longtime
    supporter, told": the name is the speaker, the apposition after it describes him)."""
    if node.dep_ == "appos":
        return True
    return node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("cc", "preconj") for c in node.head.children if node.head.i < c.i < node.i)


def misjoined_report(tok: "Token") -> bool:
    """A verb of saying the parser joined to the reported clause before it as a conjunct with no
    "and" ("Y will fail, the minister told reporters" read as "Y will fail, told"): the clause
    before it is what was said."""
    head = tok.head
    return tok.dep_ == "conj" and head.i < tok.i and head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children) \
        and tok.doc[tok.i - 1].text == ","
