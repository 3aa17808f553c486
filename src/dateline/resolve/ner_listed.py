"""Names of bodies the project lists (data/actors/orgs.tsv) that the small model misses or cuts.

The model does not know many armed groups and agencies of recent news by their full names:
"the Islamic State of Iraq and the Levant" comes out as an ORG "Islamic State of Iraq" and a
place "Levant"; "the Islamic State in Iraq and Syria" as two countries and no group, so the
group's attack was coded for Syria. Where a multi-word name of the table stands in the text,
spelled as the table spells it, it is one organisation: pieces of it the model tagged are
replaced by it, and an untagged one is added. A span of the model's that runs past the listed
name (a longer name that starts with it) is left alone, as is one that is exactly the name.
A listed acronym ("RSF", "PKK") the model left untagged is an organisation too, except among
words in capitals (headlines), where any word may look like one.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.nlp import doc_text
from dateline.resolve.ner_base import NerSpan, span_order, token_starts, token_texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ORGS = Path(__file__).resolve().parent.parent / "data" / "actors" / "orgs.tsv"


@lru_cache(maxsize=1)
def _table_rows() -> tuple[tuple[str, str], ...]:
    """(name, code) of every line of the organisation table."""
    rows = []
    for line in _ORGS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, code = (part.strip() for part in line.split("\t")[:2])
            rows.append((name, code))
    return tuple(rows)


@lru_cache(maxsize=1)
def _listed_names() -> dict[str, tuple[str, ...]]:
    """The listed multi-word names by their first word, longest first. Names start with a
    capital; region and people words like "North African", coded as regions, are not bodies
    and are left out."""
    by_first: dict[str, list[str]] = {}
    for name, code in _table_rows():
        if " " in name and name[:1].isupper() and len(code) > 3:
            by_first.setdefault(re.split(r"[\s-]", name, maxsplit=1)[0], []).append(name)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in by_first.items()}


@lru_cache(maxsize=1)
def _listed_acronyms() -> frozenset[str]:
    """One-word names of the table written in capitals ("RSF", "PKK", "IAEA"): the small model
    leaves many of them untagged in running text, and an untagged word resolves to no actor."""
    return frozenset(name for name, _ in _table_rows() if re.fullmatch(r"[A-Z][A-Z&-]{1,8}", name))


def _in_capitals(words: list[str], i: int) -> bool:
    """The word stands among words written in capitals (a headline, a caps line): there an
    acronym-shaped word may be any word ("WHO WILL PAY")."""
    near = [w for w in words[max(0, i - 3):i] + words[i + 1:i + 4] if w[:1].isalpha() and len(w) > 1]
    return bool(near) and sum(w.isupper() for w in near) * 2 >= len(near)


def _name_at(text: str, pos: int, names: tuple[str, ...]) -> int | None:
    """The end of the longest of `names` written at `pos` and ending at a word's end."""
    for name in names:
        end = pos + len(name)
        if text.startswith(name, pos) and (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
            return end
    return None


def tag_listed_bodies(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """The spans with every listed multi-word body name in the text made one ORG span.

    Names are compared only where a word that starts some listed name stands (a dict lookup
    per word): a regex of all the names tried at every character cost 0.2 ms per article."""
    by_first = _listed_names()
    text = doc_text(doc)  # (kept: `doc.text` joins every token again)
    out = list(spans)
    words, starts = token_texts(doc), token_starts(doc)  # (arrays kept on the Doc: no Token objects)
    after = 0  # (a name found is not searched again from inside it)
    acronyms = _listed_acronyms()
    for i, word in enumerate(words):
        if word in acronyms and not any(s.start <= i < s.end for s in out) and not _in_capitals(words, i):
            out.append(NerSpan(i, i + 1, "ORG"))  # "accused the RSF of ...": the listed body, untagged
            continue
        names = by_first.get(word)
        if names is None or starts[i] < after or i > 0 and words[i - 1] == "-":
            continue
        end_char = _name_at(text, starts[i], names)
        if end_char is None:
            continue
        span = doc.char_span(starts[i], end_char, alignment_mode="strict")
        if span is None:
            continue  # the name does not end on a token edge
        after = end_char
        start, end = span.start, span.end
        touching = [s for s in out if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in touching):
            continue  # a longer name of the model's covers it
        if any(s.start == start and s.end == end for s in touching):
            continue  # the model has the name itself, with its own label
        out = [s for s in out if s not in touching]
        out.append(NerSpan(start, end, "ORG"))
    return sorted(out, key=span_order)
