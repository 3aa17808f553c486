"""Turn a reader's raw text into the Article's body and metadata.

Order matters: characters first (mojibake, spaces), then whole lines that are not prose
(page furniture, links, header metadata), then paragraphs, then fixes inside paragraphs
(quotes, dropped hyphens, a dateline prefix). Hints from a reader that knew the format
win over anything guessed from the text; the `published` argument wins over everything.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateline.clean import meta
from dateline.clean.dateline import find_dateline
from dateline.clean.dates import FoundDate
from dateline.clean.furniture import remove_furniture
from dateline.clean.header import Header, read_header
from dateline.clean.hyphens import Hyphenator
from dateline.clean.lines import Line, drop, split_lines
from dateline.clean.links import URL_RE, FoundLink, extract_links
from dateline.clean.normalize import normalize_text
from dateline.clean.paragraphs import join_lines, join_paragraphs, line_width, looks_unwrapped
from dateline.clean.quotes import fix_quotes
from dateline.clean import warnings as warn
from dateline.errors import EmptyInputError, NoArticleError
from dateline.ingest.document import RawDocument
from dateline.model import Article, Link, Source

_SENTENCE_END = re.compile(r"[.!?:]['\"”’)]*$")
# The Reuters-21578 wire sign-off at the very end of a story.
_SIGN_OFF = re.compile(r"(?:^|\s+)reuter(?:\s*\d{1,2}:\d{2}/\w+)?\s*$", re.IGNORECASE)
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+([^.!?]+[.!?]?)$")
_URL_TRAIL = ".,;:)]}'\"”’"
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|<\s*>")


def clean_document(raw: RawDocument, *, published: str | None = None) -> Article:
    """Clean one raw document; `published` (ISO) overrides any date found in the text."""
    if not raw.text or not raw.text.strip():
        raise EmptyInputError("empty input: no text in it", source=raw.origin)
    text = normalize_text(raw.text)
    hyph = Hyphenator(text)
    lines = remove_furniture(split_lines(text))
    lines, found = extract_links(lines, line_width(lines))
    head, body_lines = read_header(lines, structured=raw.structured)
    _repair_joined_lines(body_lines, head.headline_lines, hyph)
    body_lines = _take_credit_lines(body_lines, head)
    paras = [_tidy(p, hyph) for p in join_paragraphs(body_lines, hyph)]
    paras, stray = _sweep_urls(paras, len(lines) + 1)
    place, dated = _strip_dateline(paras)
    paras = _strip_sign_off([p for p in paras if p])
    if not paras:
        raise NoArticleError("no article body found (only metadata, links or page furniture)", source=raw.origin)
    guessed = TextFacts(
        headline=_tidy(join_lines(head.headline_lines, hyph), hyph) if head.headline_lines else None,
        published=(head.published or dated).iso if (head.published or dated) else None,
        dateline=place,
        links=[Link(text=fl.text, url=fl.url) for fl in sorted(found + stray, key=lambda f: f.at)],
    )
    return _assemble(raw, "\n\n".join(paras), head, guessed, published)


@dataclass
class TextFacts:
    """What the cleaner read from the text itself (before reader hints are applied)."""

    headline: str | None
    published: str | None
    dateline: str | None
    links: list[Link]


def _assemble(raw: RawDocument, body: str, head: Header, guessed: TextFacts,
              published: str | date | None) -> Article:
    hints = raw.hints
    art = Article(
        text=body,
        source=Source(format=raw.format, path=raw.path, url=raw.url or _hint(hints, "url")),
        headline=_hint(hints, "headline") or guessed.headline,
        published=_iso(published) or _hint(hints, "published") or guessed.published,
        publisher=_hint(hints, "publisher") or head.publisher,
        byline=_hint_list(hints, "byline") or head.byline,
        credit=_hint_credit(hints) or head.credit,
        contributors=_contributors(body),
        dateline=_hint(hints, "dateline") or guessed.dateline,
        links=_hint_links(hints) + guessed.links,
    )
    art.warnings = _hint_list(hints, "warnings") + _warnings(art, head)
    return art


def _hint_credit(hints: dict) -> str | None:
    """A reader's caption credit, with its "Photo:" label dropped as for credit lines in text."""
    raw = _hint(hints, "credit")
    return (meta.parse_credit(raw) or raw) if raw else None


def _hint_links(hints: dict) -> list[Link]:
    """Related links a reader found in the markup (an HTML related-articles block)."""
    out = []
    for item in hints.get("links") or []:
        if isinstance(item, Link):
            out.append(item)
        elif isinstance(item, dict) and item.get("url"):
            out.append(Link(text=str(item.get("text") or ""), url=str(item["url"])))
    return out


def _hint(hints: dict, key: str) -> str | None:
    value = hints.get(key)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip() or None if value else None


def _hint_list(hints: dict, key: str) -> list[str]:
    value = hints.get(key)
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [str(v) for v in value or [] if str(v).strip()]


def _iso(value: object) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _repair_joined_lines(body: list[Line], headline: list[Line], hyph: Hyphenator) -> None:
    # Lines well over the wrap width are two PDF lines that pdftotext joined, dropping a
    # line-end hyphen; headline lines are set large, so any of them may be such a join.
    if not body or looks_unwrapped(body):
        return  # one paragraph per line: long lines are long paragraphs, not joins
    width = line_width(body)
    for line in body:
        if len(line.text) > 1.15 * width:
            line.text = hyph.repair_camel(line.text, joined_line=True)
    for line in headline:
        line.text = hyph.repair_camel(line.text, joined_line=True)


def _take_credit_lines(lines: list[Line], head: Header) -> list[Line]:
    """Photo-credit lines that sit between body paragraphs (captions) leave the body."""
    doomed = set()
    for i, line in enumerate(lines):
        starts_para = i == 0 or _SENTENCE_END.search(lines[i - 1].text) or line.breaks
        credit = meta.parse_credit(line.text) if starts_para and not line.text.endswith(".") else None
        if credit:
            head.credit = head.credit or credit
            doomed.add(i)
    return drop(lines, doomed, "removed")


def _tidy(paragraph: str, hyph: Hyphenator) -> str:
    text = fix_quotes(paragraph)
    text = hyph.repair_camel(text)
    return _SPACES.sub(" ", text).strip()


def _sweep_urls(paras: list[str], at: int) -> tuple[list[str], list[FoundLink]]:
    """URLs left inside prose: out of the text, into links (text ""); punctuation after
    a URL stays with the sentence, brackets left empty go."""
    links: list[FoundLink] = []

    def take(m: re.Match[str]) -> str:
        url = m.group(0).rstrip(_URL_TRAIL)
        if re.search(r"\w\.\w", re.sub(r"^(?:https?://|www\.)", "", url, flags=re.IGNORECASE)):
            links.append(FoundLink("", url, at))  # a real address, not a bare "www." or "http://"
        return " " + m.group(0)[len(url):]

    out = []
    for para in paras:
        if URL_RE.search(para):
            # What `take` leaves (a space and closing punctuation) can never form a new URL.
            para = URL_RE.sub(take, para)
            para = _EMPTY_BRACKETS.sub(" ", para)
            para = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", para)).strip()
        out.append(para)
    return out, links


def _strip_dateline(paras: list[str]) -> tuple[str | None, FoundDate | None]:
    """Remove a dateline prefix from the first paragraph; return its place and any date."""
    if not paras:
        return None, None
    found = find_dateline(paras[0])
    if found is None:
        return None, None
    paras[0] = paras[0][found.length :].lstrip()
    return found.place, found.date


def _strip_sign_off(paras: list[str]) -> list[str]:
    if paras:
        paras[-1] = _SIGN_OFF.sub("", paras[-1])
        if not paras[-1]:
            paras.pop()
    return paras


def _contributors(body: str) -> list[str]:
    names: list[str] = []
    # The line is its own paragraph as a rule, but a PDF may have run it into the last one.
    pieces = [s for para in body.split("\n\n") for s in [para, *_LAST_SENTENCE.findall(para)]]
    for piece in pieces:
        for name in meta.parse_contributors(piece):
            if name not in names:
                names.append(name)
    return names


def _warnings(art: Article, head: Header) -> list[str]:
    out: list[str] = []
    pub = _parse_iso(art.published)
    if pub is None:
        out.append("no publication date found")
    else:
        out += warn.later_link_warnings(art.links, pub)
        out += warn.later_date_warnings(head.other_dates, pub, "header")
        out += warn.body_date_warnings(art.text, pub)
    out += warn.truncation_warning(art.text)
    return out


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
