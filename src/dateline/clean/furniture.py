"""Page furniture: running headers, footers and page numbers that a PDF repeats on every page."""
from __future__ import annotations

import re
from collections import Counter

from dateline.clean.lines import Line, drop

# "2", "- 2 -", "Page 2 of 5", "2/3", "2 of 3": a line that is only a page number.
_PAGE_NUMBER = re.compile(
    r"(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]", re.IGNORECASE
)
_TERMINAL = re.compile(r"[.!?:;,]['\"”’)]*$")


def _key(text: str) -> str:
    # Headers often carry the page number ("World Desk Daily 3"): compare without digits.
    return re.sub(r"\d+", "#", text.lower())


def remove_furniture(lines: list[Line]) -> list[Line]:
    """Drop page numbers and lines repeated at page edges (running headers and footers).

    A line counts as a running header/footer when the same text (digits aside) sits at
    the top or bottom of at least two pages; prose lines almost never repeat exactly.
    """
    edge_counts = Counter(_key(ln.text) for ln in lines if ln.page_edge and _furniture_shape(ln.text))
    doomed = set()
    for i, line in enumerate(lines):
        if _PAGE_NUMBER.fullmatch(line.text):
            doomed.add(i)
        elif edge_counts[_key(line.text)] >= 2 and _furniture_shape(line.text):
            doomed.add(i)
        elif _numbered_header(line):
            doomed.add(i)
    return drop(lines, doomed, "page")


def _numbered_header(line: Line) -> bool:
    # "World Desk Daily 1" heading page 1: a name and this page's number. Caught even when
    # it occurs once (a one-page document), so it must sit at the top of its page (or at an
    # edge, set off by a layout gap) and carry exactly that page's number.
    m = re.search(r"\s(\d{1,3})$", line.text)
    return bool(
        m and int(m.group(1)) == line.page + 1 and (line.page_top or (line.page_edge and line.wide_gap))
        and _furniture_shape(line.text) and re.search(r"[A-Za-z]", line.text)
    )


def _furniture_shape(text: str) -> bool:
    return len(text) <= 80 and len(text.split()) <= 10 and not _TERMINAL.search(text)
