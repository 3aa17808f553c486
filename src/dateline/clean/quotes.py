"""Quote marks typeset with ASCII pairs: '' and `` become real double quotes."""
from __future__ import annotations

import re

_LATEX_OPEN = re.compile(r"``")
_DOUBLE_SINGLE = re.compile(r"''")
# An opening double quote closed by a lone single quote: "''a new milestone' this year".
# The quoted stretch may not contain another quote mark or an apostrophe, so possessives
# ("the countries' leaders") inside properly closed quotes are never touched.
_HALF_CLOSED = re.compile(r"(?P<open>(?:^|(?<=[\s(\[—–-]))\")(?P<inner>[^\"'’\n]{1,300}?[\w.,!?])'(?=[\s.,;:!?)\]—–-]|$)")


def fix_quotes(text: str) -> str:
    """Turn '' and `` into ", then close a double quote that a lone ' ended."""
    text = _LATEX_OPEN.sub('"', text)
    text = _DOUBLE_SINGLE.sub('"', text)
    if text.count('"') % 2:
        text = _HALF_CLOSED.sub(_close, text, count=1) if _odd_open(text) else text
    return text


def _odd_open(text: str) -> bool:
    return text.count('"') % 2 == 1


def _close(m: re.Match[str]) -> str:
    return f'{m.group("open")}{m.group("inner")}"'
