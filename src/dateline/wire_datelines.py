"""conflict31: a wire dateline ends before the lead's first word as far as the parser is concerned.

Wire copy opens a paragraph with "SARAJEVO, May 2 -" or "BONN, June 18 -" (Reuters 1987,
AP and Reuters of the 1990s). The small parser read the date and the lead as one phrase and
glued the lead's first words onto the date: in "WASHINGTON, May 2 - Israel and Syria resumed
peace talks" it made "Israel" a number of "May 2" and left "Syria" the only subject, so the
joint act lost a side. Before the parser, the word after a paragraph's dateline (the same
`clean.dateline.find_dateline` the article's place is read from) starts a sentence, and no word
inside the dateline does; the lead then parses as the sentence it is. A paragraph with no
capitalised place and dash at its head is left alone.

econ31 (docs/evaluation/events-econ31.md): entities the tagger ran across a dateline's dash.

Wire copy opens its first sentence with a dateline: "BUENOS AIRES, Oct 8 - Argentina signed ...",
"CAIRO, Oct 8 - Egypt asked ...". The small model often tags the dateline and the subject after
its dash as one entity ("BUENOS AIRES, Oct 8 - Argentina" a PERSON), so the subject is coded as a
private person or not at all. This component (after "ner") cuts such an entity at the dash: the
words after it keep an entity of their own, a country's name as GPE, other names with the label
the tagger gave the whole unless that was a date or a number; the dateline's date keeps a date
label ("Oct 8"), its other words lose theirs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.clean.dateline import find_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from dateline.nlp import SentStarts

#: How much of a paragraph's head is handed to the dateline reader (a dateline is short).
_HEAD_CHARS = 80


def paragraph_starts(doc: "Doc") -> list[int]:
    """Indices of the tokens that open the doc and each paragraph or line after it."""
    from dateline.nlp import space_positions

    starts = [0] if len(doc) and not doc[0].is_space else []
    for i in space_positions(doc):  # perfrest56: only the whitespace tokens become Token objects
        if "\n" in doc[i].text and i + 1 < len(doc) and not doc[i + 1].is_space:
            starts.append(i + 1)
    return starts


def split_wire_datelines(doc: "Doc", starts: "SentStarts | None" = None) -> list[int]:
    """Mark the lead word after each paragraph's wire dateline as a sentence start (before the
    parser; preset starts are kept by it) and the dateline's own words as none. Returns the
    leads' indices: the caller keeps each lead whole up to its full stop, since with a preset
    start the parser otherwise cut the lead after its first word ("Israel | and Syria resumed")."""
    from dateline.nlp import SentStarts

    own = starts is None  # (perfrest56: the blank-line pass hands its SentStarts; see there)
    starts = SentStarts(doc) if own else starts
    text = None  # perfrest56: `doc.text` joins every token; only a paragraph in capitals needs it
    leads: list[int] = []
    for start in paragraph_starts(doc):
        first = doc[start]
        if not first.text[:1].isupper() or not first.text.isupper():
            continue  # (cheap test first: a dateline's place is in capitals)
        if text is None:
            text = doc.text
        found = find_dateline(text[first.idx:first.idx + _HEAD_CHARS])
        if found is None or found.place is None:
            continue
        lead_char = first.idx + found.length
        lead = next((t for t in doc[start:start + 20] if t.idx >= lead_char), None)
        if lead is None or lead.idx != lead_char or not lead.text[:1].isalnum():
            continue
        for i in range(start + 1, lead.i):
            if starts.get(i) is None:
                starts.set(i, False)
        if starts.get(lead.i) is None:
            starts.set(lead.i, True)
            leads.append(lead.i)
    if own:
        starts.write()
    return leads


def opening_place(text: str) -> str | None:
    """The place of the wire dateline a bare text opens with ("COLOMBO, May 2 - ..."), or None.

    The cleaner strips a dateline into `Article.dateline`; a text handed to the pipeline as it
    came keeps it in the body and the record's field empty, so the article's home country (the
    country of "the army", "government troops") was never read from it. The pipeline fills the
    empty field from here before its stages run."""
    found = find_dateline(text[:_HEAD_CHARS].lstrip())
    return found.place if found is not None else None


# ---------------------------------------------------------------- econ31: entities across the dash

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
