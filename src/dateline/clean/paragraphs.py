"""Hard-wrapped lines -> paragraphs."""
from __future__ import annotations

import re

_BLANK = re.compile(r"\n[ \t\f]*\n+")


def split_paragraphs(text: str) -> list[str]:
    out = []
    for block in _BLANK.split(text):
        lines = [ln.strip() for ln in block.replace("\f", "\n").split("\n") if ln.strip()]
        if lines:
            out.append(" ".join(lines))
    return out
