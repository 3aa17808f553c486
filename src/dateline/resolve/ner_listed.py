"""Names of bodies the project lists (data/actors/orgs.tsv) that the small model misses or cuts.

The model does not know many armed groups and agencies of recent news by their full names:
"the Islamic State of Iraq and the Levant" comes out as an ORG "Islamic State of Iraq" and a
place "Levant"; "the Islamic State in Iraq and Syria" as two countries and no group, so the
group's attack was coded for Syria. Where a multi-word name of the table stands in the text,
spelled as the table spells it, it is one organisation: pieces of it the model tagged are
replaced by it, and an untagged one is added. A span of the model's that runs past the listed
name (a longer name that starts with it) is left alone, as is one that is exactly the name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.resolve.ner_base import NerSpan
from dateline.wordlist_regex import words_pattern

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ORGS = Path(__file__).resolve().parent.parent / "data" / "actors" / "orgs.tsv"


@lru_cache(maxsize=1)
def _listed_names_regex() -> re.Pattern[str] | None:
    """Multi-word names of the table that start with a capital (region and people words like
    "North African", coded as regions, are not bodies and are left out)."""
    names = []
    for line in _ORGS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code = (part.strip() for part in line.split("\t")[:2])
        if " " in name and name[:1].isupper() and len(code) > 3:
            names.append(name)
    if not names:
        return None
    return re.compile(rf"(?<![\w-])(?:{words_pattern(names)})(?![\w-])")


def tag_listed_bodies(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """The spans with every listed multi-word body name in the text made one ORG span."""
    regex = _listed_names_regex()
    if regex is None:
        return spans
    text = doc.text
    out = list(spans)
    for m in regex.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
        if span is None:
            continue  # the name does not fall on token edges ("UN Security Councils")
        start, end = span.start, span.end
        touching = [s for s in out if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in touching):
            continue  # a longer name of the model's covers it
        if any(s.start == start and s.end == end for s in touching):
            continue  # the model has the name itself, with its own label
        out = [s for s in out if s not in touching]
        out.append(NerSpan(start, end, "ORG"))
    return sorted(out)
