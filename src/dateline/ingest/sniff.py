"""Guess an input's format from its content first, its name second."""
from __future__ import annotations

import re

_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML = re.compile(rb"<(!doctype html|html|head|body|article|div|p)[\s>]", re.I)


def sniff_format(data: bytes, *, name: str = "", content_type: str | None = None) -> str:
    head = data[:4096].lstrip()
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"WARC/"):
        return "warc"
    low = head.lower()
    if low.startswith(b"<?xml") or low.startswith(b"<rss") or low.startswith(b"<feed"):
        if _FEED.search(head):
            return "feed"
    if _FEED.search(head[:1024]) and not _HTML.search(head[:200]):
        return "feed"
    if _HTML.search(head):
        return "html"
    ct = (content_type or "").lower()
    if "html" in ct:
        return "html"
    if "rss" in ct or "atom" in ct:
        return "feed"
    lname = name.lower()
    for ext, fmt in ((".html", "html"), (".htm", "html"), (".pdf", "pdf"), (".warc", "warc"),
                     (".rss", "feed"), (".atom", "feed"), (".gz", "gzip")):
        if lname.endswith(ext):
            return fmt
    return "text"
