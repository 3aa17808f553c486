"""actors40: a listed armed group taken up later by a plural word of its name ("the Tigers").

Wire stories name an insurgency in full once ("Tamil Tiger rebels", "the Liberation Tigers of
Tamil Eelam") and then by a plural word of that name: "The Tigers killed 12 sailors". The model
tags "Tigers" an organisation the table does not list, so the resolver gave it only the
article's country (LKA, a bare state, no rebels). A plural proper noun that resolves to no role
and is, singular or plural, a capitalised word of a listed rebel group's name (orgs.tsv, a code
ending REB) written earlier in the article stands for that group. Only plurals, and only after
the full name: "the Tigers" of a baseball report, with no Tamil group before it, are left alone.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _rebel_names() -> tuple[tuple[str, str], ...]:
    """(name, code) of the listed armed groups (orgs.tsv rows whose code ends REB), several words."""
    from dateline.resolve.ner_listed import _table_rows

    return tuple((name, code) for name, code in _table_rows() if code.endswith("REB") and " " in name)


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def named_group(tok: "Token", actor: "Actor | None") -> "Actor | None":
    """The earlier-named group `tok` stands for, or None."""
    if tok.tag_ != "NNPS" or not tok.text.endswith("s") or len(tok.text) < 5 \
            or (actor is not None and actor.role is not None):
        return None
    before = tok.doc.text[:tok.idx]
    stem = _stem(tok.text)
    for name, code in _rebel_names():
        words = [_stem(w) for w in name.split() if w[:1].isupper()]
        if stem in words and name in before:
            country = code[:3] if code[:3].isalpha() and code[:3] not in ("IGO", "IMG") else None
            return Actor(actor.entity if actor is not None else None, name, code, country, "REB")
    return None
