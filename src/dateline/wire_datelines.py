"""Entities the tagger ran across a wire dateline's dash (econ31, docs/evaluation/events-econ31.md).

Wire copy opens its first sentence with a dateline: "BUENOS AIRES, Oct 8 - Argentina signed ...",
"CAIRO, Oct 8 - Egypt asked ...". The small model often tags the dateline and the subject after
its dash as one entity ("BUENOS AIRES, Oct 8 - Argentina" a PERSON), so the subject is coded as a
private person or not at all. This component (after "ner") cuts such an entity at the dash: the
words after it keep an entity of their own, a country's name as GPE, other names with the label
the tagger gave the whole unless that was a date or a number; the dateline words lose theirs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

WIRE_DATELINES = "dateline_wire_datelines"
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: Labels that cannot name the subject after the dash.
_NUMERIC = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
#: How far into a sentence a dateline's dash may stand ("RIO DE JANEIRO, Oct 8 (Reuters) -").
_REACH = 12


def _dateline_dash(doc: "Doc", start: int, end: int) -> int | None:
    """The index of the dash that ends a dateline opening doc[start:end], else None: the
    sentence starts with a word in capitals followed (after more capitals) by a comma or "(",
    and a dash follows within reach."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) >= 3):
        return None
    i = start + 1
    while i < end and doc[i].is_alpha and doc[i].is_upper:
        i += 1  # "NEW YORK", "RIO DE JANEIRO"
    if i >= end or doc[i].text not in (",", "("):
        return None
    return next((t.i for t in doc[i:min(start + _REACH, end)] if t.text in _DASHES), None)


def _after_dash(doc: "Doc", ent: "Span", dash: int) -> "Span | None":
    from spacy.tokens import Span

    from dateline.resolve.countries import Kind, country_match

    start = dash + 1
    if start >= ent.end:
        return None
    part = doc[start:ent.end]
    if (m := country_match(part.text)) is not None and m.kind in (Kind.COUNTRY, Kind.CAPITAL):
        return Span(doc, start, ent.end, label="GPE")
    if ent.label_ in _NUMERIC:
        return None
    return Span(doc, start, ent.end, label=ent.label_)


def split_dateline_entities(doc: "Doc") -> "Doc":
    """Cut entities that run across a dateline's dash (see the module docstring)."""
    from spacy.tokens import Span

    if not doc.has_annotation("SENT_START"):
        return doc
    ents = list(doc.ents)
    changed = False
    for sent in doc.sents:
        dash = _dateline_dash(doc, sent.start, sent.end)
        if dash is None:
            continue
        out = []
        for ent in ents:
            if ent.start <= dash < ent.end or (ent.start < dash and ent.end > dash):
                changed = True
                if ent.label_ in _NUMERIC and ent.start < dash:  # the dateline's own date stays a date
                    out.append(Span(doc, ent.start, dash, label=ent.label_))
                if (part := _after_dash(doc, ent, dash)) is not None:
                    out.append(part)
            else:
                out.append(ent)
        ents = out
    if changed:
        doc.ents = ents
    return doc
