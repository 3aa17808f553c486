"""wire38: a hyphenated word the tokenizer split, read back whole.

Why: spaCy splits "cease-fire", "counter-offensive" and "counter-attack" at the hyphen, so the
noun a pattern reads is "fire" (the parser makes "cease" a compound) or "counter" (it makes all
three pieces objects), and "signed a cease-fire", "broke the cease-fire", "launched a
counter-offensive" matched no line, though the dictionary knows "ceasefire" and
"counteroffensive". The word's pieces, joined with and without the hyphen, are added to the
noun's lemmas; the pieces stay, so no reading is lost.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _glued(left: "Token", right: "Token") -> bool:
    """`left` and `right` are written with no space between them."""
    return left.i + 1 == right.i and not left.whitespace_


def hyphen_forms(tok: "Token") -> frozenset[str]:
    """{"cease-fire", "ceasefire"} for either piece of "cease-fire"; empty for a word with no
    hyphen written tight on either side. The last piece is lemmatised ("cease-fires")."""
    doc = tok.doc
    start = end = tok.i
    while start >= 2 and doc[start - 1].text == "-" and _glued(doc[start - 2], doc[start - 1]) \
            and _glued(doc[start - 1], doc[start]) and doc[start - 2].is_alpha:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and _glued(doc[end], doc[end + 1]) \
            and _glued(doc[end + 1], doc[end + 2]) and doc[end + 2].is_alpha:
        end += 2
    if start == end:
        return frozenset()
    pieces = [doc[i].lower_ for i in range(start, end + 1, 2)]
    last = doc[end].lemma_.lower() or pieces[-1]
    forms = set()
    for tail in {pieces[-1], last}:
        forms.add("-".join([*pieces[:-1], tail]))
        forms.add("".join([*pieces[:-1], tail]))
    return frozenset(forms)
