"""The cleaner's working unit: one non-blank source line plus what separated it from the previous one."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_MULTISPACE = re.compile(r" {2,}")


@dataclass
class Line:
    """A non-blank line of the source.

    `breaks` records what stood between this line and the previous kept line: "blank"
    (one or more empty lines), "page" (a form feed or removed page furniture), "removed"
    (a link, credit or other line the cleaner took out). Paragraph joining reads them as
    hints, never as certainties, because PDF extraction puts them in odd places.
    """

    text: str
    indent: int
    page: int
    number: int
    start: int = 0
    breaks: set[str] = field(default_factory=set)
    page_edge: bool = False
    page_top: bool = False
    #: the raw line had a run of spaces inside it (layout gaps, "Daily Planet   3")
    wide_gap: bool = False


def split_lines(text: str) -> list[Line]:
    """Split normalised text into Lines; justified-text runs of spaces become one space."""
    out: list[Line] = []
    pending: set[str] = set()
    offset = 0
    for page_no, page in enumerate(text.split("\f")):
        if page_no:
            pending.add("page")
            offset += 1  # the form feed itself
        page_lines: list[Line] = []
        pieces = page.split("\n")
        for k, raw in enumerate(pieces):
            stripped = raw.strip()
            if not stripped:
                if k < len(pieces) - 1:  # the newline that ends a page's last line is no blank line
                    pending.add("blank")
            else:
                indent = len(raw) - len(raw.lstrip(" "))
                line = Line(_MULTISPACE.sub(" ", stripped), indent, page_no, len(out), offset + indent,
                            wide_gap="  " in stripped)
                line.breaks = pending
                pending = set()
                out.append(line)
                page_lines.append(line)
            offset += len(raw) + 1
        offset -= 1  # the last piece of a page has no newline after it
        if page_lines:
            page_lines[0].page_edge = page_lines[0].page_top = True
            page_lines[-1].page_edge = True
    return out


def drop(lines: list[Line], doomed: set[int], mark: str) -> list[Line]:
    """Remove lines by index, passing their breaks (and `mark`) on to the next kept line."""
    kept: list[Line] = []
    carry: set[str] = set()
    for i, line in enumerate(lines):
        if i in doomed:
            carry |= line.breaks | {mark}
            continue
        if carry:
            line.breaks = line.breaks | carry
            carry = set()
        kept.append(line)
    return kept
