"""Measure how deep an HTML page nests (and how big it is), without building a tree.

Why: libxml2 (under lxml, trafilatura and htmldate) stops at 256 levels and silently drops
everything deeper, and recursive tree walkers can hit Python's recursion limit on deep
trees. A 60,000-deep page must fail with a clear reason instead of yielding an empty or
truncated article. A flat regex scan over the tags is linear and cannot overflow. The
element count bounds the time trafilatura spends: it is roughly linear in elements but
slow per element (300,000 paragraphs take over a minute); real pages open under 10,000.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Content that holds no elements (or that a parser would not nest): dropped before the scan.
_OPAQUE = re.compile(rb"<!--.*?(?:-->|$)|<(script|style|textarea|title)\b.*?(?:</\1\s*>|$)", re.I | re.S)
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(/?)>")
# Elements that never have content, and elements whose end tag is optional: a parser
# closes the latter implicitly (a new <p> ends the open <p>), so they never pile up.
_NOT_NESTING = frozenset(
    b"area base br col embed hr img input link meta param source track wbr keygen command "
    b"p li dt dd tr td th option optgroup thead tbody tfoot colgroup rp rt html head body".split()
)


@dataclass(frozen=True)
class Shape:
    """How deep a page nests and how many elements it opens (script/style content excluded)."""

    depth: int
    elements: int


def nesting_depth(data: bytes, stop_at: int | None = None) -> int:
    """Deepest element nesting in `data`, as a forgiving HTML parser would build it."""
    return markup_shape(data, stop_depth=stop_at).depth


def markup_shape(data: bytes, stop_depth: int | None = None, stop_elements: int | None = None) -> Shape:
    """Depth and element count of `data`, as a forgiving HTML parser would build it.

    An end tag closes the nearest open element of its name (and everything opened inside
    it), an unmatched end tag is ignored, like browsers do. Scanning stops once `stop_depth`
    or `stop_elements` is exceeded, so the cost of a hostile page is bounded.
    """
    body = _OPAQUE.sub(b" ", data)
    stack: list[bytes] = []
    deepest = opened = 0
    for m in _TAG.finditer(body):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            if name not in _NOT_NESTING:
                _close(stack, name)
            continue
        opened += 1
        if stop_elements is not None and opened > stop_elements:
            break
        if name in _NOT_NESTING or self_closing:
            continue
        stack.append(name)
        if len(stack) > deepest:
            deepest = len(stack)
            if stop_depth is not None and deepest > stop_depth:
                break
    return Shape(depth=deepest, elements=opened)


def _close(stack: list[bytes], name: bytes) -> None:
    for i in range(len(stack) - 1, -1, -1):
        if stack[i] == name:
            del stack[i:]
            return
