"""conflict31: a wire dateline ends before the lead's first word as far as the parser is concerned.

Wire copy opens a paragraph with "SARAJEVO, May 2 -" or "BONN, June 18 -" (Reuters 1987,
AP and Reuters of the 1990s). The small parser read the date and the lead as one phrase and
glued the lead's first words onto the date: in "WASHINGTON, May 2 - Israel and Syria resumed
peace talks" it made "Israel" a number of "May 2" and left "Syria" the only subject, so the
joint act lost a side. Before the parser, the word after a paragraph's dateline (the same
`clean.dateline.find_dateline` the article's place is read from) starts a sentence, and no word
inside the dateline does; the lead then parses as the sentence it is. A paragraph with no
capitalised place and dash at its head is left alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.clean.dateline import find_dateline

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: How much of a paragraph's head is handed to the dateline reader (a dateline is short).
_HEAD_CHARS = 80


def paragraph_starts(doc: "Doc") -> list[int]:
    """Indices of the tokens that open the doc and each paragraph or line after it."""
    starts = [0] if len(doc) and not doc[0].is_space else []
    for tok in doc:
        if tok.is_space and "\n" in tok.text and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
            starts.append(tok.i + 1)
    return starts


def split_wire_datelines(doc: "Doc") -> list[int]:
    """Mark the lead word after each paragraph's wire dateline as a sentence start (before the
    parser; preset starts are kept by it) and the dateline's own words as none. Returns the
    leads' indices: the caller keeps each lead whole up to its full stop, since with a preset
    start the parser otherwise cut the lead after its first word ("Israel | and Syria resumed")."""
    text = doc.text
    leads: list[int] = []
    for start in paragraph_starts(doc):
        first = doc[start]
        if not first.text[:1].isupper() or not first.text.isupper():
            continue  # (cheap test first: a dateline's place is in capitals)
        found = find_dateline(text[first.idx:first.idx + _HEAD_CHARS])
        if found is None or found.place is None:
            continue
        lead_char = first.idx + found.length
        lead = next((t for t in doc[start:start + 20] if t.idx >= lead_char), None)
        if lead is None or lead.idx != lead_char or not lead.text[:1].isalnum():
            continue
        for tok in doc[start + 1:lead.i]:
            if tok.is_sent_start is None:
                tok.is_sent_start = False
        if lead.is_sent_start is None:
            lead.is_sent_start = True
            leads.append(lead.i)
    return leads


def opening_place(text: str) -> str | None:
    """The place of the wire dateline a bare text opens with ("COLOMBO, May 2 - ..."), or None.

    The cleaner strips a dateline into `Article.dateline`; a text handed to the pipeline as it
    came keeps it in the body and the record's field empty, so the article's home country (the
    country of "the army", "government troops") was never read from it. The pipeline fills the
    empty field from here before its stages run."""
    found = find_dateline(text[:_HEAD_CHARS].lstrip())
    return found.place if found is not None else None
