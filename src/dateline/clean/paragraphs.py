"""Hard-wrapped lines -> paragraphs.

Paragraph ends are inferred from several weak signals, because PDF extraction keeps
some and loses others: a blank line, a first-line indent, a removed line (link, credit)
and, when nothing marks them, the line-length test a typesetter's wrap implies: a line
that ends a sentence although the next line's first word would still have fitted on it
was ended on purpose.
"""
from __future__ import annotations

import re
from statistics import median

from dateline.clean.hyphens import Hyphenator
from dateline.clean.lines import Line
from dateline.clean.meta import parse_contributors

_SENTENCE_END = re.compile(r"[.!?]['\"”’)\]]*$")
_COLON_END = re.compile(r":['\"”’]?$")
_SPLIT_WORD = re.compile(r"(?P<left>[A-Za-z]+(?:-[A-Za-z]+)*)-$")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
# Share of its width a line may fill and still count as "short": proportional fonts make
# character counts an imperfect measure of how full a printed line was.
_FIT_SLACK = 0.92


def line_width(lines: list[Line]) -> int:
    """The wrap width in characters: the 90th percentile of line lengths."""
    lengths = sorted(len(ln.text) for ln in lines)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))]


def join_paragraphs(lines: list[Line], hyph: Hyphenator) -> list[str]:
    """Join `lines` into paragraphs (strings without newlines)."""
    if not lines:
        return []
    width = line_width(lines)
    unwrapped = looks_unwrapped(lines)
    indent_marks = _indent_marks_paragraphs(lines)
    base = min(ln.indent for ln in lines)
    paras: list[str] = [lines[0].text]
    for prev, line in zip(lines, lines[1:]):
        indented = indent_marks and line.indent > base + 1
        # Where first-line indents mark paragraphs, an unindented line continues one.
        fit_test = not indent_marks
        if _is_break(prev.text, line, width, unwrapped, indented, fit_test):
            paras.append(line.text)
        else:
            paras[-1] = _join(paras[-1], line.text, hyph)
    return paras


def _is_break(prev: str, line: Line, width: int, unwrapped: bool, indented: bool, fit_test: bool) -> bool:
    text = line.text
    if text[:1].islower() and not (_SENTENCE_END.search(prev) and parse_contributors(text)):
        return False  # a paragraph never starts in lowercase ("dpa contributed ..." aside)
    if unwrapped:
        return True
    signal = indented or bool(line.breaks & {"blank", "removed"})
    if _SENTENCE_END.search(prev):
        if signal:
            return True
        if not fit_test:
            return False
        first = _FIRST_WORD.match(text)
        word_len = len(first.group(0)) if first else len(text.split()[0])
        return len(prev) + 1 + word_len <= _FIT_SLACK * width
    return bool(_COLON_END.search(prev)) and signal


def looks_unwrapped(lines: list[Line]) -> bool:
    """One paragraph per line (web copy, or a pre-cleaned text) rather than a wrapped page."""
    if len(lines) < 2:
        return True
    ends = sum(1 for ln in lines if _SENTENCE_END.search(ln.text))
    return ends >= 0.6 * len(lines) or median(len(ln.text) for ln in lines) > 200


def _indent_marks_paragraphs(lines: list[Line]) -> bool:
    # First-line indents: a minority of lines sit further right than the rest.
    base = min(ln.indent for ln in lines)
    indented = sum(1 for ln in lines if ln.indent > base + 1)
    return 0 < indented <= 0.5 * len(lines)


def join_lines(lines: list[Line], hyph: Hyphenator) -> str:
    """Lines known to form one unit (a wrapped headline) joined into one string."""
    out = lines[0].text
    for line in lines[1:]:
        out = _join(out, line.text, hyph)
    return out


def _join(left: str, right: str, hyph: Hyphenator) -> str:
    if not left.endswith("-"):  # what _SPLIT_WORD needs; most lines end otherwise
        return f"{left} {right}"
    m = _SPLIT_WORD.search(left[-100:])  # only the tail: `left` grows with the paragraph
    first = _FIRST_WORD.match(right)
    if m and first and not left.endswith(" -"):
        joiner = hyph.join_char(m.group("left"), first.group(0))
        return left[:-1] + joiner + right
    return f"{left} {right}"
