"""Text -> spans enclosed by quotation marks (direct-quote candidates), no NLP.

News text mixes straight (") and curly (“ ”) marks, typed '' pairs, `` '' pairs from old
wire feeds and, in British style, single marks. Quotes running over several paragraphs
follow the news convention: the paragraph ends with the quote still open and the next
paragraph opens a new mark. A scanner over characters copes with all of these far better
than one regular expression, and it never needs a parse.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Paragraphs are separated by a blank line in Article.text.
_PARA = re.compile(r"\n[ \t]*\n")
#: Every mark we look at, longest first so '' and `` win over a lone '.
_MARK = re.compile(r"``|''|[\"“”„«»‘’'‚]")
_OPEN_ONLY = {"“", "„", "«", "``"}
_CLOSE_ONLY = {"”", "»"}
#: Characters after which an ambiguous mark opens a quote (start, space, brackets, dashes).
_OPENERS_BEFORE = set(" \t\n([{—–-/:")
_PUNCT_AFTER = set(".,;:!?)]}—–-…")


@dataclass(frozen=True)
class MarkedSpan:
    """One quoted stretch: `start:end` is the content, `open_at:close_end` adds the marks."""

    start: int
    end: int
    open_at: int
    close_end: int
    closed: bool  # False when the paragraph ended with the quote still open
    continues: bool  # True when it continues a quote left open at the previous paragraph end
    single: bool  # enclosed by single marks (British style or a nested slip)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, whitespace-trimmed, as offsets into text."""
    out, pos = [], 0
    for m in [*_PARA.finditer(text), None]:
        end = m.start() if m else len(text)
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos = m.end() if m else len(text)
    return out


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """All quoted stretches in text, in order; unclosed quotes end at their paragraph end."""
    spans: list[MarkedSpan] = []
    left_open = False
    for p_start, p_end in paragraphs(text):
        found = _scan_paragraph(text, p_start, p_end)
        if found and left_open and found[0].open_at == p_start:
            first = found[0]
            found[0] = MarkedSpan(first.start, first.end, first.open_at, first.close_end,
                                  first.closed, True, first.single)
        left_open = bool(found) and not found[-1].closed and found[-1].end == p_end
        spans.extend(found)
    return [s for s in spans if _has_words(text[s.start:s.end])]


def _has_words(content: str) -> bool:
    return any(ch.isalnum() for ch in content)


def _role(text: str, i: int, mark: str, p_start: int, p_end: int) -> str:
    """'open', 'close' or 'either' for an ambiguous mark, from the characters around it."""
    if mark in _OPEN_ONLY:
        return "open"
    if mark in _CLOSE_ONLY:
        return "close"
    before = text[i - 1] if i > p_start else " "
    after = text[i + len(mark)] if i + len(mark) < p_end else " "
    space_before = before in _OPENERS_BEFORE
    space_after = after.isspace() or after in _PUNCT_AFTER or after in "\"”'’"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _is_single(mark: str) -> bool:
    return mark in {"‘", "’", "'", "‚"}


def _scan_paragraph(text: str, p_start: int, p_end: int) -> list[MarkedSpan]:
    """Pair double marks first; single marks only outside double quotes (else they nest)."""
    out: list[MarkedSpan] = []
    open_at: int | None = None
    open_mark = ""
    for m in _MARK.finditer(text, p_start, p_end):
        mark, i = m.group(), m.start()
        role = _role(text, i, mark, p_start, p_end)
        single = _is_single(mark)
        if open_at is None:
            if role == "close" or (single and not _single_opens(text, i, p_start)):
                continue
            open_at, open_mark = i, mark
            continue
        if _is_single(open_mark) and not single:
            # a double mark inside a single-quoted stretch: the single was an apostrophe
            open_at, open_mark = (i, mark) if role != "close" else (None, "")
            continue
        if single and not _is_single(open_mark) and open_mark not in {"''", "``"}:
            continue  # nested single quote or an apostrophe inside a double quote
        if single and role != "close":
            continue  # an apostrophe (don't, Ri's) inside the quote
        if role == "open" and not single:
            open_at, open_mark = i, mark  # the previous mark was never closed: a stray
            continue
        out.append(MarkedSpan(open_at + len(open_mark), i, open_at, m.end(), True, False,
                              _is_single(open_mark)))
        open_at, open_mark = None, ""
    if open_at is not None and not _is_single(open_mark):
        out.append(MarkedSpan(open_at + len(open_mark), p_end, open_at, p_end, False, False, False))
    return out


def _single_opens(text: str, i: int, p_start: int) -> bool:
    """A single mark opens a quote only after a space and before a letter ('90s is a year)."""
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPENERS_BEFORE and after.isalpha()
