"""Repairs of parser readings that the small English model gets wrong in a regular way.

They run as a pipeline component after the parser and the attribute ruler (they read POS), so every reader of the parse (events,
actors, relations) sees the repaired tree rather than each working around the misreading.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOUN_POS = frozenset({"NOUN", "PROPN"})
_ADJ_TAGS = frozenset({"JJ", "VBN"})


def adjective_conjunct_name(adj: "Token") -> "Token | None":
    """The name an adjective conjunct really modifies, or None.

    demo26: "Sudan's army and the paramilitary Rapid Support Forces agreed to a ceasefire": the
    small parser makes "paramilitary" (with its "the") a conjunct of "army" and hangs "Rapid
    Support Forces" on "army" as an apposition, so the coder pairs the army (named RSF) with an
    actor called "paramilitary". A determiner + adjective conjunct followed at once by a proper-noun
    apposition of the same head is the second member of the coordination: "the paramilitary RSF".
    """
    if adj.dep_ != "conj" or adj.tag_ not in _ADJ_TAGS or adj.head.pos_ not in _NOUN_POS or adj.i < adj.head.i:
        return None
    kids = list(adj.children)
    if not kids or any(k.dep_ not in ("det", "advmod") for k in kids) or not any(k.dep_ == "det" for k in kids):
        return None
    return next((c for c in adj.head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i == adj.i + 1 and c.i > adj.i), None)


def repair_parse(doc: "Doc") -> "Doc":
    """Re-attach what `adjective_conjunct_name` finds: the name becomes the conjunct, the adjective
    and its determiner modify the name."""
    from spacy.attrs import DEP

    conj = doc.vocab.strings["conj"]  # (only conjuncts can be such adjectives: skip the other tokens)
    for i in (doc.to_array(DEP) == conj).nonzero()[0].tolist() if len(doc) else ():
        adj = doc[i]
        name = adjective_conjunct_name(adj)
        if name is None:
            continue
        head = adj.head
        dets = [k for k in adj.children if k.dep_ == "det"]
        name.head, name.dep_ = head, "conj"
        adj.head, adj.dep_ = name, "amod"
        for det in dets:
            det.head = name
    repair_object_predicates(doc)
    return repair_dateline(doc)


_BRIDGE_MODIFIERS = frozenset({"amod", "compound", "nummod", "nmod", "det", "poss"})
# Arcs of a verb that heads a clause of its own (not "U.S.-led", a participle modifying a noun).
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "parataxis", "advcl"})


def repair_dateline(doc: "Doc") -> "Doc":
    """integ31: a wire dateline a bare text still opens with ("WASHINGTON, Sept 13 - Israel and
    the PLO signed ...", "PANAMA CITY, Jan 3 - General Noriega surrendered"). The cleaner strips
    it from ingested articles; left in, the small parser hangs the sentence's first words on the
    dateline (the PLO a conjunct of "Sept", "May 12" read as the modal "may", the subject an
    apposition of the place), so no reader finds the subject. The dateline is made a fragment of
    its own (a sentence, as if the cleaner had stripped it), and the words after the dash that
    hung on it go back to the clause: the first noun before its first verb becomes its subject, a
    modifier its noun's."""
    if len(doc) < 4 or len(doc[0].text) < 3 or not doc[0].text[:2].isupper():
        return doc  # (cheap test first: most texts open with no capitals word)
    from dateline.clean.dateline import find_dateline

    found = find_dateline(doc.text[:120])
    if found is None or not found.place:
        return doc
    edge = next((t.i for t in doc if t.idx >= found.length), None)
    if edge is None or edge < 2:
        return doc
    sent = doc[0].sent
    root = sent.root
    if root.i < edge or sent.end <= edge:
        return doc  # the dateline is a sentence of its own, or the clause has no verb after it
    place = doc[0]
    while place.i + 1 < edge and doc[place.i + 1].text[:1].isupper() and doc[place.i + 1].text.isupper():
        place = doc[place.i + 1]  # the place's last word ("PANAMA CITY")
    place.head, place.dep_ = place, "ROOT"
    for t in doc[:edge]:
        if t is not place:
            t.head = place
            if t.dep_ in ("nsubj", "nsubjpass", "aux", "ROOT", "appos", "conj", "dobj"):
                t.dep_ = "punct" if t.is_punct else "npadvmod"
            if t.text == "May" and t.tag_ == "MD":
                t.tag_, t.pos_ = "NNP", "PROPN"  # the month, not the modal
    bridges = [t for t in doc[edge:root.i] if t.head.i < edge]
    # the clause's first verb takes the subject ("KATHMANDU - King X left Nepal ..., officials said")
    verb = next((v for v in doc[edge:root.i + 1] if v.pos_ in ("VERB", "AUX") and v.dep_ in _CLAUSE_DEPS), root)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    for t in bridges:
        if t.pos_ in ("NOUN", "PROPN", "PRON") and not has_subject and t.i < verb.i and t not in verb.ancestors:
            t.head, t.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
            has_subject = True
    for t in bridges:
        if t.head.i >= edge:
            continue
        noun = next((n for n in doc[t.i + 1:root.i] if n.pos_ in ("NOUN", "PROPN") and t not in n.ancestors), None)
        if t.dep_ in _BRIDGE_MODIFIERS and noun is not None:
            t.head = noun
        else:
            t.head, t.dep_ = root, "dep"
    place.dep_ = "ROOT"
    return doc


#: Verbs whose object takes a predicate adjective ("called the move unacceptable"), in every
#: form (the repairs run before the lemmatizer).
_PREDICATING_VERBS = frozenset(
    f for base in ("call", "deem", "consider", "declare", "brand", "label", "term", "judge", "pronounce", "rule")
    for f in (base, base + "s", base.rstrip("e") + "ed", base.rstrip("e") + "ing", base + "d")
) | {"find", "finds", "found", "finding", "labelled", "labelling"}


def repair_object_predicates(doc: "Doc") -> "Doc":
    """integ31: "Butler called the move unacceptable": after a longer subject the small parser
    makes the adjective a modifier of the object ("the move unacceptable", amod) instead of the
    object's predicate (oprd), so "call" reads as an appeal. An adjective after its object noun,
    ending the object, under one of these verbs is the predicate."""
    for adj in doc:
        if adj.dep_ != "amod" or adj.pos_ != "ADJ" or adj.i < adj.head.i:
            continue
        noun = adj.head
        verb = noun.head
        if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN") or verb.lower_ not in _PREDICATING_VERBS \
                or verb.pos_ not in ("VERB", "AUX"):  # ("found nothing wrong": "nothing" keeps its adjective)
            continue
        if adj.i + 1 < len(doc) and doc[adj.i + 1].pos_ in ("NOUN", "PROPN"):
            continue  # "called the talks productive sessions": no predicate adjective
        adj.head, adj.dep_ = verb, "oprd"
    return doc
