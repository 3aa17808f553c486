"""HTML pages -> one RawDocument: trafilatura for body and metadata, htmldate for the date.

Order of work: refuse what is too big or too deep (limits), decode (charset.py), let
trafilatura find the article body and its metadata, ask htmldate for the publication date,
then our own pass over the body (htmlclean.py) for the widgets that slip through.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from dateline.errors import FormatError, LimitError, NoArticleError
from dateline.ingest.charset import decode_markup
from dateline.ingest.depth import markup_shape
from dateline.ingest.document import RawDocument
from dateline.ingest.htmlclean import PRUNE_XPATHS, clean_body, find_credit
from dateline.ingest.limits import Limits, cap_body, check_input_size, current_limits
from dateline.ingest.sources import register_reader


@dataclass
class HtmlArticle:
    """What the HTML reader found on one page: the body text and the metadata it is sure of."""

    text: str
    headline: str | None = None
    published: str | None = None
    byline: list[str] = field(default_factory=list)
    publisher: str | None = None
    url: str | None = None
    links: list[dict[str, str]] = field(default_factory=list)
    credit: str | None = None
    warnings: list[str] = field(default_factory=list)

    def hints(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key in ("headline", "published", "publisher", "url", "credit"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.byline:
            out["byline"] = list(self.byline)
        if self.links:
            out["links"] = list(self.links)
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


def check_depth(data: bytes, origin: str, limits: Limits | None = None) -> None:
    """Refuse pages nested too deep, or with too many elements, before any tree is built."""
    lim = limits or current_limits()
    shape = markup_shape(data, stop_depth=lim.max_html_depth, stop_elements=lim.max_html_elements)
    if shape.depth > lim.max_html_depth:
        raise LimitError(
            f"HTML nested more than {lim.max_html_depth} elements deep (raise DATELINE_MAX_HTML_DEPTH to allow it)",
            source=origin,
        )
    if shape.elements > lim.max_html_elements:
        raise LimitError(
            f"HTML has more than {lim.max_html_elements} elements (raise DATELINE_MAX_HTML_ELEMENTS to allow it)",
            source=origin,
        )


def extract_html(data: bytes | str, origin: str, url: str | None = None, *,
                 limits: Limits | None = None, content_type: str | None = None) -> HtmlArticle:
    """Body and metadata of one HTML page; FormatError/NoArticleError/LimitError say why not."""
    lim = limits or current_limits()
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data
    check_input_size(len(raw), origin, lim)
    if not raw.strip():
        from dateline.errors import EmptyInputError

        raise EmptyInputError("empty input: no HTML in it", source=origin)
    page = data if isinstance(data, str) else decode_markup(raw, origin, content_type)
    check_depth(page.encode("utf-8", "replace"), origin, lim)
    doc = _trafilatura(page, url, origin)
    headline = _headline(doc.title, doc.sitename)
    cleaned = clean_body(doc.text or "", headline=headline)
    body = cleaned.text
    if not body.strip():
        raise NoArticleError("no article text found in this HTML page", source=origin)
    notes: dict[str, object] = {}
    body = cap_body(body, notes, lim)
    return HtmlArticle(
        text=body,
        headline=headline,
        published=find_published(page, url or doc.url, fallback=doc.date),
        byline=split_authors(doc.author),
        publisher=(doc.sitename or None),
        url=doc.url or url,
        links=cleaned.links,
        credit=cleaned.credit or find_credit(page),
        warnings=list(notes.get("warnings", [])),  # type: ignore[call-overload]
    )


# Below this many words a precision-first extraction has probably dropped the article
# itself (short pages, unusual layouts), so we ask again without the precision bias.
_MIN_PRECISE_WORDS = 40


def _trafilatura(page: str, url: str | None, origin: str):  # -> trafilatura Document
    """trafilatura's metadata and body, precision first.

    favor_precision drops borderline blocks (teasers, author boxes, link lists) that end
    up as noise in an analyst's article; comments are never part of the article.
    """
    doc = _bare(page, url, origin, favor_precision=True)
    if doc is None or len((doc.text or "").split()) < _MIN_PRECISE_WORDS:
        doc = _bare(page, url, origin, favor_precision=False) or doc
    if doc is None or not (doc.text or "").strip():
        raise NoArticleError("no article text found in this HTML page", source=origin)
    return doc


def _bare(page: str, url: str | None, origin: str, *, favor_precision: bool):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=favor_precision, prune_xpath=PRUNE_XPATHS, deduplicate=False,
        )
    except RecursionError:
        raise LimitError("HTML too deeply nested to parse", source=origin) from None
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura raise many types on hostile pages
        raise FormatError(f"unreadable HTML ({type(exc).__name__}: {str(exc)[:80]})", source=origin) from None


def find_published(page: str, url: str | None, fallback: str | None = None) -> str | None:
    """Publication date (ISO day): htmldate's original-date search, then trafilatura's guess.

    `original_date=True` asks htmldate for the first publication rather than the last
    update: an analyst dates an event by when it was first reported.
    """
    from htmldate import find_date

    try:
        found = find_date(page, url=url, original_date=True, extensive_search=True)
    except Exception:  # noqa: BLE001 - a date we cannot find is no date, never a failed article
        found = None
    found = _prefer_declared(found, page) or fallback
    if found and _year_only_guess(found, page):
        return None
    return found or None


def _prefer_declared(found: str | None, page: str) -> str | None:
    """The page's declared date overrides htmldate's unless a time zone explains the gap.

    Metadata often carries a UTC timestamp while the page shows the local day; htmldate's
    day stands when it is a day that instant falls on somewhere (UTC-10 to UTC+14). Any
    other gap means htmldate fell back to some other date in the text.
    """
    from dateline.ingest.htmldates import declared_timestamp

    declared = declared_timestamp(page)
    if declared is None:
        return found
    try:
        day = dt.date.fromisoformat(found) if found else None
    except ValueError:
        day = None
    if day is None:
        return declared.day.isoformat()
    if day == declared.day:
        return found
    if declared.instant is None:  # no offset: a one-day gap may still be a time zone
        return found if abs((day - declared.day).days) <= 1 else declared.day.isoformat()
    return found if day in declared.reachable_days() else declared.day.isoformat()


def _year_only_guess(day: str, page: str) -> bool:
    """htmldate's last resort turns a bare year ("(c) 2020") into YYYY-01-01.

    That is a year, not a publication day: claiming a day would mislead every relative
    time expression resolved against it. Keep it only when the page itself shows that day.
    """
    if not day.endswith("-01-01"):
        return False
    year = day[:4]
    shown = (f"{year}-01-01", f"01/01/{year}", f"1 January {year}", f"January 1, {year}",
             f"Jan 1, {year}", f"Jan. 1, {year}", f"01.01.{year}")
    return not any(s in page for s in shown)


def split_authors(author: str | None) -> list[str]:
    """trafilatura joins authors with '; '; some sites also write 'A and B'."""
    if not author:
        return []
    names: list[str] = []
    for part in author.split(";"):
        for name in part.split(" and "):
            name = name.strip(" ,")
            if name and name not in names:
                names.append(name)
    return names


def _headline(title: str | None, sitename: str | None) -> str | None:
    """The page title without a trailing ' | Site name' (trafilatura leaves some in)."""
    if not title:
        return None
    title = title.strip()
    if sitename:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            suffix = f"{sep}{sitename}"
            if title.lower().endswith(suffix.lower()) and len(title) > len(suffix):
                title = title[: -len(suffix)].strip()
    return title or None


@register_reader("html")
def read_html(data: bytes, origin: str, path: str | None, url: str | None,
              content_type: str | None = None) -> Iterator[RawDocument]:
    """The registered HTML reader; `content_type` (an HTTP header's charset) when fetched."""
    art = extract_html(data, origin, url, content_type=content_type)
    yield RawDocument(text=art.text, format="html", origin=origin, path=path, url=art.url or url,
                      hints=art.hints(), structured=True)
