"""actors40: a title abbreviation that ends a paragraph is a name and its full stop.

spaCy's tokenizer keeps "Sen." (senator), "Gen.", "Gov." ... whole as abbreviations, so a wire
sentence ending in Cambodia's co-premier ("... accused Hun Sen.") loses both the name (the token
"Sen." resolves to nobody) and its full stop. A title never ends a paragraph: the title is read
as a name (its letters) plus the sentence's full stop when it is the paragraph's last word and
follows a capitalised word ("Hun Sen.", "Amartya Sen."). The split runs right after the parser
(which already reads the token as the name it is: "Hun Sen." a compound + object), keeping the
word's head and label and hanging the full stop on the sentence's root, so the tree stays valid;
the entity recogniser after it sees "Sen"; the text is unchanged.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The pipeline component's name (registered in dateline.nlp).
NAME_STOPS = "dateline_name_stops"

#: Title abbreviations that are also surnames or name parts when undotted (US state and month
#: abbreviations may end a sentence as themselves: "in Atlanta, Ga.").
TITLES = frozenset({"Sen.", "Gen.", "Gov.", "Rep.", "Adm.", "Prof.", "Rev."})


def split_name_stops(doc: "Doc") -> "Doc":
    """Split a paragraph-final title abbreviation after a capitalised word into word + ".". """
    from dateline.nlp import text_positions

    last = len(doc) - 1
    hits = []
    # perfrest56: only the title tokens, found in the Doc's ORTH array (this pass tested
    # `doc.text`, which joins every token, and then walked every token: 0.27 ms per article)
    for i in text_positions(doc, TITLES):
        tok = doc[i]
        if tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if prev.is_space or not prev.text[:1].isupper() or prev.whitespace_ == "":
            continue
        nxt = doc[tok.i + 1] if tok.i < last else None
        if tok.i == last or (nxt is not None and nxt.is_space and "\n" in nxt.text) \
                or (tok.whitespace_ == "" and nxt is None):
            hits.append(tok)
        elif tok.whitespace_ and "\n" in tok.whitespace_:
            hits.append(tok)
    if hits:
        with doc.retokenize() as retok:
            for tok in hits:
                root = tok.sent.root
                word_head = (tok, 0) if tok.head.i == tok.i else tok.head
                stop_head = (tok, 0) if root.i == tok.i else root
                retok.split(tok, [tok.text[:-1], "."], heads=[word_head, stop_head],
                            attrs={"TAG": [tok.tag_, "."], "POS": [tok.pos_, "PUNCT"],
                                   "DEP": [tok.dep_, "punct"]})
    return doc
