"""RSS/Atom feeds -> one RawDocument per item: its content (or summary), or its linked page.

Safety first: a feed is XML from a stranger. Entity declarations (the "billion laughs"
attack) and external references are refused with defusedxml before feedparser sees the
bytes, so nothing is ever expanded.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import os
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

from dateline.errors import DatelineError, EmptyInputError, FormatError, LimitError, NoArticleError
from dateline.ingest.document import RawDocument
from dateline.ingest.limits import Limits, add_warning, cap_body, check_input_size, current_limits
from dateline.ingest.sources import register_reader

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


def check_xml_safe(data: bytes, origin: str) -> bool:
    """Refuse entity declarations and external references; return False when the XML is malformed.

    Malformed feeds are common (stray '&', bad encodings) and feedparser's lenient mode
    reads many of them, so malformed is not fatal here; unsafe is.
    """
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    if _ENTITY_DECL.search(_ascii_view(data)):
        raise LimitError("feed declares XML entities (entity expansion is refused)", source=origin)
    try:
        DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise LimitError(f"unsafe XML refused ({type(exc).__name__})", source=origin) from None
    except (DET.ParseError, LookupError, ValueError, UnicodeError):  # malformed, or a bogus encoding name
        return False
    return True


def _ascii_view(data: bytes) -> bytes:
    """The bytes as ASCII-compatible text, so a UTF-16 feed cannot hide <!ENTITY from the scan."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        return data.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    return data


@dataclass
class FeedItem:
    """One item of a feed, as the reader will hand it on."""

    text: str
    hints: dict[str, object] = field(default_factory=dict)
    link: str | None = None


def parse_feed(data: bytes, origin: str, limits: Limits | None = None) -> list[FeedItem]:
    """Every item of an RSS/Atom feed with its text and metadata."""
    import feedparser

    lim = limits or current_limits()
    check_input_size(len(data), origin, lim)
    if not data.strip():
        raise EmptyInputError("empty input: no feed in it", source=origin)
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        from dateline.errors import BinaryInputError

        raise BinaryInputError("binary input: NUL bytes found, this is not a feed", source=origin)
    well_formed = check_xml_safe(data, origin)
    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # noqa: BLE001 - feedparser's encoding sniffing crashes on some junk
        raise FormatError(f"malformed feed ({type(exc).__name__})", source=origin) from None
    if not parsed.entries:
        if well_formed and not parsed.get("version"):
            raise FormatError("XML but not an RSS or Atom feed", source=origin)
        if not well_formed or parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            raise FormatError(f"malformed feed ({_short(reason) or 'not RSS or Atom'})", source=origin)
        raise NoArticleError("feed has no items", source=origin)
    if len(parsed.entries) > lim.max_records:
        raise LimitError(f"feed has {len(parsed.entries)} items, over the {lim.max_records} limit", source=origin)
    channel = parsed.feed
    return [_item(entry, channel, origin, lim) for entry in parsed.entries]


def _short(exc: object) -> str:
    return str(exc).splitlines()[0][:120] if exc else ""


def _item(entry, channel, origin: str, lim: Limits) -> FeedItem:  # feedparser dicts
    from dateline.ingest.htmlclean import fragment_text
    from dateline.ingest.html import check_depth

    html = _entry_html(entry)
    check_depth(html.encode("utf-8", "replace"), origin, lim)
    title = _clean_title(entry.get("title"))
    publisher = _clean_title(channel.get("title"))
    source_title = _clean_title((entry.get("source") or {}).get("title"))
    # Aggregators repeat the title and the source's name inside the item's HTML.
    repeated = {_norm_name(t) for t in (title, publisher, source_title) if t}
    paras = []
    for para in fragment_text(html).split("\n\n"):
        kept = [ln for ln in para.split("\n") if _norm_name(ln) not in repeated]
        if kept:
            paras.append("\n".join(kept))
    link = entry.get("feedburner_origlink") or entry.get("link") or None
    hints: dict[str, object] = {"url": link} if link else {}
    published = _entry_date(entry) or _entry_date(channel)
    for key, value in (("headline", title), ("published", published), ("publisher", source_title or publisher)):
        if value:
            hints[key] = value
    authors = _authors(entry)
    if authors:
        hints["byline"] = authors
    return FeedItem(text=cap_body("\n\n".join(paras), hints, lim), hints=hints, link=link)


def _norm_name(text: str) -> str:
    text = " ".join(text.lower().split())
    return text[4:] if text.startswith("the ") else text


def _entry_html(entry) -> str:
    """The fullest text the item carries: content:encoded / Atom content, else the summary."""
    contents = [c.get("value", "") for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    from dateline.ingest.htmlclean import fragment_text

    return " ".join(fragment_text(title).split()) or None


def _entry_date(entry) -> str | None:
    """ISO datetime with the feed's own UTC offset (feedparser's parsed tuples drop it)."""
    with warnings.catch_warnings():  # feedparser warns about its updated->published alias
        warnings.simplefilter("ignore", DeprecationWarning)
        return _first_date(entry)


def _first_date(entry) -> str | None:
    for key in ("published", "updated", "created", "dc_date"):
        raw = entry.get(key)
        if raw:
            parsed = _parse_date(raw)
            if parsed:
                return parsed
    for key in ("published_parsed", "updated_parsed"):
        tup = entry.get(key)
        if tup:
            return dt.datetime(*tup[:6], tzinfo=dt.timezone.utc).isoformat()
    return None


def _parse_date(raw: str) -> str | None:
    raw = raw.strip()
    try:
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()  # Atom: RFC 3339
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).isoformat()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        return None


def _authors(entry) -> list[str]:
    """Item authors. RSS <author> is "email (Name)"; feedparser's own split of that form
    cuts long top-level domains, so the raw string is read here when it has an address."""
    raw = (entry.get("author") or "").strip()
    if "@" in raw:
        m = re.search(r"\(([^()]+)\)", raw)
        return [m.group(1).strip()] if m else []
    names = [a.get("name", "").strip() for a in entry.get("authors") or [] if a.get("name")]
    return names or ([raw] if raw else [])


def fetch_pages_enabled() -> bool:
    """Following item links costs a request per item, so it is opt-in (DATELINE_FEED_FETCH=1)."""
    return os.environ.get("DATELINE_FEED_FETCH", "").lower() in ("1", "true", "yes")


def feed_documents(data: bytes, origin: str, path: str | None = None, url: str | None = None,
                   *, fetch_pages: bool | None = None) -> Iterator[RawDocument]:
    """RawDocuments for a feed's items; with fetch_pages, each item's linked page is read instead."""
    fetch = fetch_pages_enabled() if fetch_pages is None else fetch_pages
    yielded = 0
    for n, item in enumerate(parse_feed(data, origin), start=1):
        item_origin = f"{origin}#item{n}"
        if fetch and item.link:
            doc = _linked_page(item, item_origin, path)
            if doc is not None:
                yielded += 1
                yield doc
                continue
        if not item.text.strip():
            continue  # a title-only item: nothing to read; the others still are
        yielded += 1
        yield RawDocument(text=item.text, format="feed", origin=item_origin, path=path,
                          url=item.link or url, hints=item.hints, structured=True)
    if not yielded:  # otherwise a cut or empty feed would be named nowhere in a batch
        raise NoArticleError("feed has no item with any text to read", source=origin)


def _linked_page(item: FeedItem, origin: str, path: str | None) -> RawDocument | None:
    """The item's linked article through the HTML reader; the feed's metadata fills gaps."""
    from dateline.ingest.fetch import fetch_url
    from dateline.ingest.html import extract_html

    try:
        data, final_url, ctype = fetch_url(item.link or "")
        page = extract_html(data, origin, final_url, content_type=ctype)
    except DatelineError as exc:
        add_warning(item.hints, f"linked page not read: {exc.reason}")
        return None
    hints = {**item.hints, **page.hints()}
    hints["published"] = item.hints.get("published") or page.published  # the feed's date wins
    return RawDocument(text=page.text, format="feed", origin=origin, path=path, url=final_url,
                       hints={k: v for k, v in hints.items() if v}, structured=True)


@register_reader("feed")
def read_feed(data: bytes, origin: str, path: str | None, url: str | None) -> Iterator[RawDocument]:
    yield from feed_documents(data, origin, path, url)
