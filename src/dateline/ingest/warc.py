"""WARC archives (plain or record-gzipped) -> one RawDocument per HTML response record.

Each page goes through the HTML reader; the record's target URI becomes the source URL
and its WARC-Date the capture date. Pages without an article (index pages, redirects,
error pages) are skipped: a crawl is mostly such pages, and one bad record must not cost
the others. Payload reads are capped, and the running total of decompressed bytes is
checked against the size and ratio limits, so a WARC bomb stops early.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.errors import DatelineError, EmptyInputError, FormatError, LimitError, NoArticleError
from dateline.ingest.document import RawDocument
from dateline.ingest.limits import Limits, add_warning, check_input_size, current_limits, human_size
from dateline.ingest.sources import register_reader

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class WarcPage:
    """One HTML page found in an archive."""

    url: str | None
    captured: str | None
    content_type: str | None
    payload: bytes


def iter_html_records(data: bytes, origin: str, limits: Limits | None = None) -> Iterator[WarcPage]:
    """The HTML response (and resource) records of a WARC, payloads decoded (chunked, gzip)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    lim = limits or current_limits()
    if data[:2] == b"\x1f\x8b":
        # One streaming pass over every gzip member first: warcio reads a truncated member
        # without complaint, and this also bounds the total decompressed size and ratio.
        from dateline.ingest.compressed import check_gzip_stream

        check_gzip_stream(data, origin, lim)
    total = records = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data), arc2warc=True, check_digests=True):
            records += 1
            if records > lim.max_records:
                raise LimitError(f"more than {lim.max_records} records in one WARC", source=origin)
            if not record.rec_type:
                raise FormatError(f"record {records} has no WARC-Type header (not a WARC record)", source=origin)
            page = _html_page(record, lim, origin)
            if page is None:
                continue
            total += len(page.payload)
            _check_total(total, len(data), lim, origin)
            yield page
    except ArchiveLoadFailed as exc:
        raise FormatError(f"not a readable WARC ({_first_line(exc)})", source=origin) from None
    except (OSError, EOFError, ValueError) as exc:  # zlib/gzip errors inside warcio: truncated or corrupt
        raise FormatError(f"corrupt or truncated WARC ({_first_line(exc)})", source=origin) from None
    if records == 0:
        raise FormatError("not a readable WARC (no records)", source=origin)


def _html_page(record, lim: Limits, origin: str) -> WarcPage | None:  # warcio ArcWarcRecord
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_type == "response" and record.http_headers is not None:
        ctype = record.http_headers.get_header("Content-Type") or ""
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if not any(t in ctype.lower() for t in _HTML_TYPES):
        return None
    payload = record.content_stream().read(lim.max_decompressed_bytes + 1)
    if len(payload) > lim.max_decompressed_bytes:
        raise LimitError(f"a WARC record expands past the {human_size(lim.max_decompressed_bytes)} limit",
                         source=origin)
    if getattr(record.raw_stream, "limit", 0):  # Content-Length promised more bytes than the file has
        raise FormatError("a WARC record is truncated (fewer bytes than its Content-Length)", source=origin)
    if record.digest_checker.passed is False:  # recorded digest present and wrong: damaged
        raise FormatError("a WARC record is truncated or damaged (its digest does not match)", source=origin)
    return WarcPage(url=record.rec_headers.get_header("WARC-Target-URI"),
                    captured=record.rec_headers.get_header("WARC-Date"), content_type=ctype, payload=payload)


def _check_total(total: int, compressed: int, lim: Limits, origin: str) -> None:
    if total > lim.max_decompressed_bytes:
        raise LimitError(f"WARC payloads exceed the {human_size(lim.max_decompressed_bytes)} decompression limit",
                         source=origin)
    if total > lim.ratio_check_after_bytes and total / max(compressed, 1) > lim.max_compression_ratio:
        raise LimitError(f"WARC expands more than {lim.max_compression_ratio:g}:1 (a decompression bomb?)",
                         source=origin)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:120] if text else type(exc).__name__


@register_reader("warc")
def read_warc(data: bytes, origin: str, path: str | None, url: str | None) -> Iterator[RawDocument]:
    from dateline.ingest.html import extract_html

    lim = current_limits()
    check_input_size(len(data), origin, lim)
    if not data.strip():
        raise EmptyInputError("empty input: no WARC records in it", source=origin)
    found = skipped = 0
    for page in iter_html_records(data, origin, lim):
        rec_origin = f"{origin}@{page.url}" if page.url else origin
        try:
            art = extract_html(page.payload, rec_origin, page.url, limits=lim, content_type=page.content_type)
        except DatelineError:
            skipped += 1  # a page without an article (or a hostile one): the archive goes on
            continue
        hints = art.hints()
        if page.captured:
            hints["captured"] = page.captured
            if not hints.get("published"):  # no date on the page: the capture day bounds it
                hints["published"] = page.captured[:10]
                add_warning(hints, "publication date taken from the WARC capture date")
        found += 1
        yield RawDocument(text=art.text, format="warc", origin=rec_origin, path=path,
                          url=page.url or art.url, hints=hints, structured=True)
    if not found:
        detail = f" ({skipped} HTML pages without article text)" if skipped else ""
        raise NoArticleError(f"no HTML article in this WARC{detail}", source=origin)
