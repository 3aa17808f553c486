"""PDF files -> one RawDocument: pdfminer.six text, minus the furniture printed on every page.

The text then goes to the same cleaner as pasted text (hard wraps, hyphenation): a PDF
is "text copied out of a PDF" done by us. What only a PDF reader can do well is drop the
page furniture, because it sees page boundaries: running headers, footers and page numbers
repeat at the top and bottom of each page and would otherwise land mid-sentence.
"""
from __future__ import annotations

import io
import re
import zlib
from collections import Counter
from collections.abc import Iterator

from dateline.errors import EmptyInputError, FormatError, LimitError, NoArticleError
from dateline.ingest.document import RawDocument
from dateline.ingest.limits import Limits, cap_body, check_input_size, current_limits, human_size
from dateline.ingest.sources import register_reader

# A line that is only a page number: "3", "- 3 -", "Page 3", "Page 3 of 7", "3/7", "3 | 7".
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*\d{1,4}\s*(?:(?:of|/|\|)\s*\d{1,4})?\s*[-–—)\]]?$", re.I)
# Lines checked for furniture at each end of a page: headers/footers are one or two lines.
_EDGE_LINES = 2


def pdf_pages(data: bytes, origin: str, limits: Limits | None = None) -> list[str]:
    """The text of each page (pdfminer's reading order), or a one-line FormatError."""
    lim = limits or current_limits()
    check_input_size(len(data), origin, lim)
    if not data.strip():
        raise EmptyInputError("empty input: no PDF in it", source=origin)
    if not data.lstrip()[:5] == b"%PDF-":
        raise FormatError("not a PDF file (no %PDF- header)", source=origin)
    check_pdf_streams(data, origin, lim)
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    try:
        text = extract_text(io.BytesIO(data), maxpages=lim.max_pdf_pages, laparams=LAParams())
    except Exception as exc:  # noqa: BLE001 - pdfminer raises a dozen unrelated types on broken files
        raise FormatError(f"broken or unreadable PDF ({_reason(exc)})", source=origin) from None
    return text.split("\f")


_STREAM = re.compile(rb"stream\r?\n")
_CHUNK = 64 * 1024


def check_pdf_streams(data: bytes, origin: str, limits: Limits | None = None) -> int:
    """Total size of the PDF's Flate streams once inflated, refusing a PDF bomb.

    pdfminer inflates a stream whole, in memory, so a small PDF holding a stream that
    expands to gigabytes would exhaust memory. Each stream is inflated here in bounded
    chunks and only counted. Only the size limit applies, not the ratio: blank images
    legitimately compress a thousandfold. Streams that are not Flate are skipped.
    """
    lim = limits or current_limits()
    total = 0
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            break
        total += _inflated_size(data[m.end():end], lim.max_decompressed_bytes - total)
        if total > lim.max_decompressed_bytes:
            raise LimitError(f"PDF streams inflate past the {human_size(lim.max_decompressed_bytes)} "
                             "decompression limit (a PDF bomb?)", source=origin)
    return total


def _inflated_size(raw: bytes, budget: int) -> int:
    d = zlib.decompressobj()
    size = 0
    pending = raw
    try:
        while pending and size <= budget:
            size += len(d.decompress(pending, _CHUNK))
            pending = d.unconsumed_tail
    except zlib.error:
        pass  # not Flate (or damaged): pdfminer will judge it
    return size


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted"
    msg = str(exc).splitlines()[0][:100] if str(exc) else ""
    return f"{name}: {msg}" if msg else name


def strip_page_furniture(pages: list[str]) -> str:
    """Join the pages, dropping page numbers and header/footer lines repeated across pages.

    A line counts as furniture when it sits within the first or last two lines of a page
    and the same line (digits ignored, so "Page 2" matches "Page 3") appears at that edge
    of at least half the pages, and of at least two. Page breaks become plain line breaks
    so the cleaner can join a sentence cut by a page break.
    """
    split = [[_squeeze(ln.rstrip()) for ln in page.strip("\n").split("\n")] for page in pages if page.strip()]
    repeated = _repeated_edges(split)
    kept_pages = []
    for lines in split:
        kept_pages.append("\n".join(_drop_edges(lines, repeated)).strip("\n"))
    return "\n".join(p for p in kept_pages if p.strip())


def _edge_keys(lines: list[str]) -> set[str]:
    content = [ln for ln in lines if ln.strip()]
    return {_key(ln) for ln in content[:_EDGE_LINES] + content[-_EDGE_LINES:]}


def _repeated_edges(pages: list[list[str]]) -> set[str]:
    if len(pages) < 2:
        return set()
    counts = Counter(k for lines in pages for k in _edge_keys(lines))
    need = max(2, (len(pages) + 1) // 2)
    return {k for k, n in counts.items() if n >= need and k}


def _drop_edges(lines: list[str], repeated: set[str]) -> list[str]:
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    edge = set(idx[:_EDGE_LINES] + idx[-_EDGE_LINES:])
    return [ln for i, ln in enumerate(lines)
            if not (i in edge and (_key(ln) in repeated or _PAGE_NUMBER.match(ln.strip())))]


def _squeeze(line: str) -> str:
    """Justified PDF lines come out with runs of spaces; they carry layout, not content."""
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", line)


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


@register_reader("pdf")
def read_pdf(data: bytes, origin: str, path: str | None, url: str | None) -> Iterator[RawDocument]:
    lim = current_limits()
    text = strip_page_furniture(pdf_pages(data, origin, lim))
    if not text.strip():
        raise NoArticleError("no text in this PDF (a scanned image without a text layer?)", source=origin)
    hints: dict[str, object] = {}
    text = cap_body(text, hints, lim)
    yield RawDocument(text=text, format="pdf", origin=origin, path=path, url=url, hints=hints)
