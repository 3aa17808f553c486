"""Bytes -> text for plain-text inputs: decoding, and refusing what is not text."""
from __future__ import annotations

from dateline.errors import BinaryInputError, EmptyInputError

# Encodings tried in order when the bytes are not UTF-8. cp1252 before latin-1 because
# Windows "smart quotes" are the usual reason a news text is not UTF-8; latin-1 never fails.
_FALLBACK_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def decode_text(data: bytes, origin: str) -> str:
    """Decode bytes that should be text, or say clearly why they are not."""
    if not data.strip():
        raise EmptyInputError("empty input: no text in it", source=origin)
    if b"\x00" in data[:65536] and not _looks_utf16(data):
        raise BinaryInputError("binary input: NUL bytes found, this is not a text file", source=origin)
    if _looks_utf16(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BinaryInputError(f"undecodable UTF-16 text ({exc.reason})", source=origin) from None
    for enc in _FALLBACK_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) > 0.05:
            raise BinaryInputError("binary input: too many control characters for text", source=origin)
        return text
    raise BinaryInputError("undecodable input", source=origin)  # pragma: no cover - latin-1 decodes all


def _looks_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample)
