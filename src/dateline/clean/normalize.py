"""Character-level repair: mojibake, odd spaces, line endings."""
from __future__ import annotations

import ftfy


def normalize_text(text: str) -> str:
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    return text
