"""Bytes -> str for markup (HTML pages, WARC payloads): BOM, declared charset, then detection.

Order follows what browsers do (WHATWG "encoding sniffing"), minus the network layer,
with one deliberate difference: a byte-order mark wins; then bytes that are valid
multi-byte UTF-8 (see decode_markup for why); then a charset declared in the HTTP header (when we have one)
or in the document's first bytes (<meta charset>, <meta http-equiv>, <?xml encoding>);
then strict UTF-8, which is right for most of the web; then a statistical detector;
finally cp1252, which never fails and is what "latin-1" pages really are.
"""
from __future__ import annotations

import codecs
import re

from dateline.errors import BinaryInputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^<>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^<>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_.:-]+)""", re.I)
# Labels that browsers map to a wider encoding: pages labelled latin-1 use cp1252's quotes.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
            "ascii": "cp1252", "iso8859-1": "cp1252", "x-sjis": "shift_jis", "gb2312": "gb18030",
            "gbk": "gb18030", "ks_c_5601-1987": "cp949", "euc-kr": "cp949"}


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset the page (or its HTTP header) declares, as a Python codec name, or None."""
    candidates = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            candidates.append(m.group(1).encode("ascii", "ignore"))
    head = data[:4096]
    for rx in (_XML_DECL, _META_CHARSET):
        m = rx.search(head)
        if m:
            candidates.append(m.group(1))
    for cand in candidates:
        name = cand.decode("ascii", "ignore").strip().lower()
        name = _ALIASES.get(name, name)
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue  # a made-up label: ignore it like browsers do
    return None


def decode_markup(data: bytes, origin: str, content_type: str | None = None) -> str:
    """Decode an HTML/XML document's bytes, refusing what is clearly binary."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    if b"\x00" in data[:65536]:
        raise BinaryInputError("binary input: NUL bytes found, this is not an HTML/XML page", source=origin)
    # Bytes that are valid UTF-8 *and* use multi-byte sequences are UTF-8 whatever the page
    # claims: pages re-saved as UTF-8 keep their old <meta charset=iso-8859-1>, while text
    # really in a single-byte charset almost never forms valid UTF-8 sequences by chance.
    try:
        text = data.decode("utf-8")
        if not data.isascii():
            return text
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data, content_type)
    # A declared UTF-16 in an ASCII-compatible page is a lie (the meta tag itself is ASCII).
    if declared and not declared.startswith("utf-16"):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass  # mislabelled page: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _detect(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency of trafilatura and httpx
        return data.decode("cp1252", errors="replace")
    best = from_bytes(data[:200_000]).best()
    enc = best.encoding if best is not None else "cp1252"
    return data.decode(enc, errors="replace")
