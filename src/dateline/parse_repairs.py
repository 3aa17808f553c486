"""Repairs of parser readings that the small English model gets wrong in a regular way.

They run as a pipeline component after the parser and the attribute ruler (they read POS), so every reader of the parse (events,
actors, relations) sees the repaired tree rather than each working around the misreading.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.nlp import attr_positions

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
    # perfrest56: each repair below walked every token of the Doc (a Token object per word). Each
    # now visits only the tokens that have the label, tag or word its test starts with (read from
    # the Doc's arrays when the repair starts; a repair changes only the token it is at) and keeps
    # its whole test: the same tokens are repaired, in the same order.
    repair_object_predicates(doc)
    repair_verb_tagged_names(doc)
    repair_opening_participles(doc)
    repair_noun_tagged_wishes(doc)
    repair_last_conjunct_appositions(doc)
    return doc


#: Marks that may stand before a sentence's first word ("- Accusing X ...", a quote).
_OPENING_MARKS = frozenset({"-", "--", '"', "'", "``", "(", "*", "**"})


_CSUBJ = frozenset({"csubj"})


def repair_opening_participles(doc: "Doc") -> "Doc":
    """clause52: "Accusing Pakistan of arming militants in Kashmir, India expelled two
    diplomats": after a long participle phrase the small parser makes the opening gerund the
    main verb's clausal subject (csubj), so the main verb has two subjects and the coder codes
    neither the expulsion nor the accusation. A gerund that opens its sentence, whose phrase
    ends in a comma, under a verb that has its own nominal subject after that comma, is an
    adverbial participle (advcl), as the parser reads the shorter ones ("Citing X, Y closed").
    A real clausal subject ("Killing civilians is a crime") has no comma and no second subject."""
    for i in attr_positions(doc, "DEP", _CSUBJ):  # perfrest56: see `repair_parse`
        tok = doc[i]
        if tok.dep_ != "csubj" or tok.tag_ != "VBG":
            continue
        sent_start = tok.sent.start
        if any(doc[j].text not in _OPENING_MARKS for j in range(sent_start, tok.i)):
            continue
        edge = tok.right_edge.i
        comma = edge if doc[edge].text == "," else edge + 1
        if comma >= len(doc) or doc[comma].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > comma for c in tok.head.children):
            tok.dep_ = "advcl"
    return doc


#: Verb tags the tagger gives an unknown foreign name ("Ranariddh" VB after a sentence on him).
_BASE_VERB_TAGS = frozenset({"VB", "VBP"})


def repair_verb_tagged_names(doc: "Doc") -> "Doc":
    """actors40: the tagger reads an unfamiliar capitalised surname that opens a sentence as a
    base verb ("Ranariddh accused Hun Sen ...": "Ranariddh" VB), while the parser still makes it
    the subject; the coder then finds no agent. A base-form verb cannot be a subject: a
    capitalised word (not all capitals) the parser made a verb's subject, tagged VB or VBP, is a
    proper noun."""
    for i in attr_positions(doc, "TAG", _BASE_VERB_TAGS):  # perfrest56: see `repair_parse`
        tok = doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in _BASE_VERB_TAGS and tok.text[:1].isupper() \
                and not tok.text.isupper() and tok.text.isalpha() and tok.head.i != tok.i:
            tok.tag_, tok.pos_ = "NNP", "PROPN"
    return doc


#: Verbs whose object takes a predicate adjective ("called the move unacceptable"), in every
#: form (the repairs run before the lemmatizer).
_PREDICATING_VERBS = frozenset(
    f for base in ("call", "deem", "consider", "declare", "brand", "label", "term", "judge", "pronounce", "rule")
    for f in (base, base + "s", base.rstrip("e") + "ed", base.rstrip("e") + "ing", base + "d")
) | {"find", "finds", "found", "finding", "labelled", "labelling"}


_AMOD = frozenset({"amod"})


def repair_object_predicates(doc: "Doc") -> "Doc":
    """integ31: "Butler called the move unacceptable": after a longer subject the small parser
    makes the adjective a modifier of the object ("the move unacceptable", amod) instead of the
    object's predicate (oprd), so "call" reads as an appeal. An adjective after its object noun,
    ending the object, under one of these verbs is the predicate."""
    for i in attr_positions(doc, "DEP", _AMOD):  # perfrest56: see `repair_parse`
        adj = doc[i]
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


#: Third-person forms of wish and intent verbs that are also plural nouns ("hopes", "plans").
_WISH_FORMS = frozenset({"hopes", "wants", "needs", "plans", "wishes", "aims", "demands"})
#: Children only a noun has: "the hopes", "its plans", "new demands", "two aims".
_NOUN_CHILDREN = frozenset({"det", "poss", "amod", "nummod", "compound", "case"})


def repair_noun_tagged_wishes(doc: "Doc") -> "Doc":
    """intent54: "Armenia hopes for mediation from Russia": the small tagger reads "hopes" (as
    "plans", "demands") as a plural noun (NNS) while the parser makes it the clause head with the
    country as its subject, so the coder, which starts only at verbs, reads no act. A plural noun
    that has a nominal subject before it and none of a noun's own modifiers is the verb (VBZ);
    the coder's lemma repair then reads "hopes" as "hope". ("the hopes of Y", "its plans" keep
    their noun.)"""
    for i in attr_positions(doc, "LOWER", _WISH_FORMS):  # perfrest56: see `repair_parse`
        tok = doc[i]
        if tok.tag_ != "NNS" or tok.lower_ not in _WISH_FORMS:
            continue
        kids = list(tok.children)
        if any(k.dep_ in _NOUN_CHILDREN for k in kids):
            continue
        if any(k.dep_ == "nsubj" and k.i < tok.i for k in kids):
            tok.tag_, tok.pos_ = "VBZ", "VERB"
    return doc


def last_conjunct_apposition(appos: "Token") -> "Token | None":
    """The name a singular title apposition really describes, or None.

    roles60: "Interior Minister Z. K. and Klaus Jansen, German security co-ordinator in the
    chancellery, signed ...": the small parser hangs the apposition on the coordination's head
    (Z. K.), so he gets the German title and Jansen none. A singular common-noun apposition whose
    comma follows the last name of "A and B" at once describes B ("A and B, both ministers," and
    plural titles describe both and stay)."""
    head = appos.head
    if appos.dep_ != "appos" or appos.tag_ != "NN" or head.pos_ != "PROPN" or appos.i < head.i:
        return None
    comma = appos.left_edge.i - 1
    if comma < 1 or appos.doc[comma].text != ",":
        return None
    if appos.left_edge.lower_ in ("both", "all", "each"):
        return None
    conj = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                 and c.right_edge.i == comma - 1), None)
    return conj


def repair_last_conjunct_appositions(doc: "Doc") -> "Doc":
    """Re-attach what `last_conjunct_apposition` finds to the last conjunct."""
    from spacy.attrs import DEP

    appos = doc.vocab.strings["appos"]  # (visit only the appositions, read from the Doc's array)
    for i in (doc.to_array(DEP) == appos).nonzero()[0].tolist() if len(doc) else ():
        tok = doc[i]
        name = last_conjunct_apposition(tok)
        if name is not None:
            tok.head = name
    return doc
