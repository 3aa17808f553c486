"""Guess an input's format from its content first, its name and Content-Type second.

Content wins because names lie: "article.html" saved from a PDF viewer, feeds served as
text/html, files with no extension from stdin. Magic numbers decide binary formats; for
markup we skip the prolog (BOM, <?xml?>, comments, DOCTYPE) and look at the root element.
"""
from __future__ import annotations

import re

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Prolog items that may precede the root element of an XML/HTML document.
_PROLOG = re.compile(rb"\s*(?:<\?[^>]*\?>|<!--.*?-->|<!doctype[^>\[]*(?:\[.*?\]\s*)?>)", re.I | re.S)
_ROOT = re.compile(rb"\s*<([a-zA-Z][\w:.-]*)")
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"rdf", b"channel"}
_HTML_TAG = re.compile(rb"<(!doctype html|html|head|body|article|div|p|meta|title|script|table|span|h1|h2)[\s>/]", re.I)
_EXTENSIONS = ((".html", "html"), (".htm", "html"), (".xhtml", "html"), (".pdf", "pdf"), (".warc", "warc"),
               (".arc", "warc"), (".rss", "feed"), (".atom", "feed"), (".xml", "feed"), (".gz", "gzip"),
               (".txt", "text"))


def sniff_format(data: bytes, *, name: str = "", content_type: str | None = None) -> str:
    """One of "gzip", "pdf", "warc", "feed", "html", "text" for these bytes."""
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    head = _strip_bom(data[:8192])
    if b"%PDF-" in head[:1024]:  # a few junk bytes before the header are tolerated by readers
        return "pdf"
    stripped = head.lstrip()
    if stripped.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    markup = _markup_format(stripped)
    if markup:
        return markup
    return _by_type_or_name(content_type, name)


def _strip_bom(head: bytes) -> bytes:
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
        try:  # UTF-16 markup: sniff its ASCII view
            return head.decode("utf-16", errors="ignore").encode("ascii", "ignore")
        except UnicodeError:
            return head
    return head[3:] if head.startswith(_BOMS[0]) else head


def _markup_format(head: bytes) -> str | None:
    """'feed' for XML (RSS, Atom, RDF, or any other XML: the feed reader explains what is wrong),
    'html' for HTML, None when this does not look like markup."""
    is_xml = head.startswith(b"<?xml")
    rest, pos = head, 0
    while True:
        m = _PROLOG.match(rest, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    root = _ROOT.match(rest, pos)
    name = root.group(1).lower() if root else b""
    if name in _FEED_ROOTS:
        return "feed"
    if name == b"html" or (root is not None and _HTML_TAG.search(head[:4096])) or _html_fragment(head[:4096]):
        return "html"
    if is_xml or re.match(rb"\s*<!doctype\s+\w+\s*\[", head, re.I):
        return "feed"  # XML that is not HTML; entity-laden DTDs land here and are refused there
    return None


_CLOSING_TAG = re.compile(rb"</(?:p|div|span|a|li|ul|ol|td|tr|table|body|html|head|h[1-6]|article|section|"
                          rb"strong|em|b|i|title|script)\s*>", re.I)


def _html_fragment(head: bytes) -> bool:
    """HTML that does not open with a tag (a fragment after some text) shows tags *and* their
    closing tags. A lone "<P>" is not enough: news wires write tickers that way ("Phillips
    Petroleum <P>", "Du Pont <DD>")."""
    return bool(_HTML_TAG.search(head)) and bool(_CLOSING_TAG.search(head))


def _by_type_or_name(content_type: str | None, name: str) -> str:
    ct = (content_type or "").lower()
    if "html" in ct:
        return "html"
    if "rss" in ct or "atom" in ct or ct.endswith("/xml"):
        return "feed"
    if "pdf" in ct:
        return "pdf"
    lname = name.lower().split("?")[0]
    for ext, fmt in _EXTENSIONS:
        if lname.endswith(ext):
            # A .pdf without %PDF- goes to the PDF reader anyway: it says "not a PDF", which
            # is a clearer message for a damaged file than "binary input".
            return fmt
    return "text"
