"""Character-level repair before any line logic: mojibake, odd spaces, line endings, soft hyphens."""
from __future__ import annotations

import re

import ftfy

# Zero-width characters and the BOM carry no text; PDF extractors and web copies leave them.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# Every horizontal space variant becomes a plain space so widths and regexes behave.
_SPACES = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# A soft hyphen at a line end marks a syllable split the typesetter made: join without a hyphen.
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n[ \t]*")
# Control characters other than line and page breaks (\n, \f): tabs and the rest.
_CONTROLS = re.compile(r"[\x00-\x09\x0b\x0d-\x1f]")


def normalize_text(text: str) -> str:
    """Fix encoding damage (ftfy) and unify whitespace, keeping line structure intact.

    Curly quotes are kept as the source has them; only mojibake is repaired.
    """
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    text = text.replace("\u00ad", "")
    text = _SPACES.sub(" ", text)
    # \v and other page-ish controls behave like a form feed (page break).
    text = text.replace("\v", "\f")
    return _CONTROLS.sub("", text)
