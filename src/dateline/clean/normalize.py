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
# A line ftfy cannot change: printable ASCII only (no mojibake, controls, escapes or odd line
# breaks are possible) and no "&" (no HTML entity to unescape).
_PLAIN_LINE = re.compile(r"[\x20-\x25\x27-\x7e]*\n?")
_PLAIN_TEXT = re.compile(r"[\x20-\x25\x27-\x7e\n]*")
_FTFY = {"normalization": "NFC", "uncurl_quotes": False, "fix_line_breaks": True}


def fix_encoding_damage(text: str) -> str:
    """`ftfy.fix_text` with our settings, without running ftfy over lines it cannot change.

    Why: ftfy tries each of its fixers on every line, which was the cleaner's largest cost
    (about 1 ms per news-wire article, in the process that feeds the workers), while most
    lines of most articles are plain ASCII. ftfy fixes text line by line and carries one
    decision across lines: after the first line holding "<" (text that may be HTML) it stops
    unescaping entities; the lines it is still given here get that same setting. The result
    equals ftfy's on every text (tests/test_clean_ftfy_fast.py checks it with hypothesis).
    """
    if _PLAIN_TEXT.fullmatch(text):
        return text  # the common case: nothing for ftfy to do anywhere
    # ftfy's segments: cut after each "\n" (not at other line breaks), and every million
    # characters, where we let ftfy cut them itself.
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    if any(len(line) > _MAX_LINE for line in lines):
        return ftfy.fix_text(text, **_FTFY)
    out: list[str] = []
    html_seen = False
    for line in lines:
        html_seen = html_seen or "<" in line
        if _PLAIN_LINE.fullmatch(line):
            out.append(line)
        else:
            out.append(ftfy.fix_text(line, **_FTFY, **({"unescape_html": False} if html_seen else {})))
    return "".join(out)


#: ftfy's own segment length (TextFixerConfig.max_decode_length): longer lines are split by ftfy.
_MAX_LINE = 1_000_000


def normalize_text(text: str) -> str:
    """Fix encoding damage (ftfy) and unify whitespace, keeping line structure intact.

    Curly quotes are kept as the source has them; only mojibake is repaired.
    """
    text = fix_encoding_damage(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    text = text.replace("\u00ad", "")
    text = _SPACES.sub(" ", text)
    # \v and other page-ish controls behave like a form feed (page break).
    text = text.replace("\v", "\f")
    return _CONTROLS.sub("", text)
