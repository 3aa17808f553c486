"""left42a: "counter-attacked", "re-open talks", "his co-premier X": a prefixed word kept whole.

spaCy's tokenizer splits a hyphen between letters, and the small model then parses the pieces
of a prefixed verb as separate words: "Government troops counter-attacked the Taleban" has ROOT
"counter" with "attacked" a ccomp, "agreed to re-open talks" makes "re" the xcomp and "open" an
adjective of "talks", "Hun Sen accused his co-premier Prince Norodom Ranariddh of ..." loses
its object; no verb reached the dictionary (which spells the words solid: "reopen") and the
events were lost (events-wire38.md and -wire40a.md, "Left"). This component runs after the
tagger and before the parser and merges "re" / "counter" + "-" + a word, written tight, into one
token when the tagger read the word as a verb (a noun such as "re-election", "counter-attack"
stays split; events.hyphen_words reads those), and "co" + "-" + a title ("co-premier",
"co-chairman"). The merged verb's lemma is the solid word ("reopen", "counterattack"); a title
keeps its hyphen ("co-premier", as the role table spells it). The token vectors (doc.tensor, which the parser reads at prediction) are
computed again from the merged words, so "talks" is read beside a verb "re-open", not beside an
adjective "open". Only a document with such a word pays for it. The text is unchanged.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

#: The pipeline component's name (registered in dateline.nlp).
PREFIX_WORDS = "dateline_prefix_words"

VERB_PREFIXES = frozenset({"re", "counter"})
#: Titles shared by two holders ("co-premier", "co-chairman"): the "co-" piece is no word.
CO_TITLES = frozenset("premier chairman chairmen chair chairwoman president presidents leader leaders "
                      "founder founders sponsor sponsors host hosts".split()
                      # roles60: the British spelling of the title "co-ordinator" (a GOV role word)
                      + ["ordinator", "ordinators"])
_POS_OF_TAG = {"V": "VERB", "N": "NOUN", "J": "ADJ"}


def _glued(left: "Token", right: "Token") -> bool:
    return left.i + 1 == right.i and not left.whitespace_


def _merged_tag(pre: "Token", rest: "Token") -> str | None:
    """The tag of "re-open" from its pieces' tags, or None when the word is no verb."""
    pre_v, rest_v = pre.tag_.startswith("VB"), rest.tag_.startswith("VB")
    if not (pre_v or rest_v):
        return None
    if rest.lower_.endswith("ed") and (pre.tag_ in ("VBD", "VBP", "VBZ") or rest.tag_ == "VBD"):
        return "VBD"  # "troops counter/VBP -/JJ attacked/VBN rebel positions": a finite past
    return rest.tag_ if rest_v else pre.tag_


def _rest_lemma(rest: "Token", tag: str, lemmatizer) -> str:
    """The lemma of the word after the hyphen read with the merged word's tag."""
    if lemmatizer is None or not hasattr(lemmatizer, "rule_lemmatize"):
        return rest.lower_
    old_tag, old_pos = rest.tag_, rest.pos_
    rest.tag_ = tag
    rest.pos_ = _POS_OF_TAG.get(tag[:1], "X")
    try:
        forms = lemmatizer.rule_lemmatize(rest)
    finally:
        rest.tag_, rest.pos_ = old_tag, old_pos
    return (forms[0] if forms else rest.lower_).lower()


def _has_prefix_dash(doc: "Doc") -> bool:
    """Whether a token "re", "counter" or "co" (any case) stands right before a "-" token: the
    only place the walk below can merge. perfrest56: read from the Doc's LOWER and ORTH arrays;
    the test it replaces looked for "re-" in `doc.text.lower()`, and `doc.text` joins every
    token (a Token object per word: 0.29 ms per Reuters article)."""
    if len(doc) < 3:
        return False  # the walk needs three tokens
    import numpy as np
    from spacy.attrs import LOWER, ORTH

    from dateline.nlp import orth_ids

    arr = doc.to_array([LOWER, ORTH])
    prefix = np.isin(arr[:-1, 0], orth_ids(_PREFIXES))
    dash = np.isin(arr[1:, 1], orth_ids(_DASH))
    return bool((prefix & dash).any())


_PREFIXES = VERB_PREFIXES | {"co"}
_DASH = frozenset({"-"})


def merge_prefix_words(doc: "Doc", lemmatizer=None, tok2vec=None) -> "Doc":
    """Merge "re-open", "counter-attacked" (read as verbs) and "co-premier" into one token."""
    if not _has_prefix_dash(doc):
        return doc  # most documents hold no such word: skip the token walk
    spans = []
    i = 0
    while i + 2 < len(doc):
        pre, dash, rest = doc[i], doc[i + 1], doc[i + 2]
        prefix = pre.lower_
        if dash.text == "-" and _glued(pre, dash) and _glued(dash, rest) and rest.is_alpha \
                and (i == 0 or doc[i - 1].whitespace_ or not doc[i - 1].is_alpha):
            if prefix in VERB_PREFIXES:
                tag = _merged_tag(pre, rest)
                if tag is not None:
                    lemma = prefix + _rest_lemma(rest, tag, lemmatizer)
                    spans.append((doc[i:i + 3], {"TAG": tag, "LEMMA": lemma}))
                    i += 3
                    continue
            elif prefix == "co" and rest.lower_ in CO_TITLES:
                tag = rest.tag_ if rest.tag_.startswith("NN") else "NN"
                lemma = "co-" + _rest_lemma(rest, tag, lemmatizer)
                spans.append((doc[i:i + 3], {"TAG": tag, "LEMMA": lemma}))
                i += 3
                continue
        i += 1
    if spans:
        with doc.retokenize() as retok:
            for span, attrs in spans:
                retok.merge(span, attrs=attrs)
        if tok2vec is not None:
            # the vectors were read from the pieces ("open" an adjective of "talks"); the
            # parser reads them from doc.tensor, so they are read again from the whole words
            tok2vec(doc)
    return doc


def make_prefix_words(nlp: "Language", name: str):
    """Component factory: the lemmatizer is looked up at call time (it stands later in the pipe)."""
    def component(doc: "Doc") -> "Doc":
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        tok2vec = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
        return merge_prefix_words(doc, lemmatizer, tok2vec)
    return component
