"""Related-article lines and stray URLs: found, paired, and taken out of the body.

"Related article: <title>" / "Read more:" / "See also:" lines and bare URLs are page
furniture for a reader but useful metadata, so they become `links` ({"text", "url"}).
PDF extraction wraps both: a title runs on over a line or two, a long URL is cut at the
right margin or across a page break. A title and a URL are paired when they sit together
or when the URL's slug spells the title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from difflib import SequenceMatcher
from urllib.parse import unquote

from dateline.clean.lines import Line, drop

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]*", re.IGNORECASE)
_RELATED = re.compile(
    r"(?:related(?:\s+(?:article|articles|story|stories|coverage|link|news))?|read\s+more|see\s+also"
    r"|also\s+read|read\s+also|more\s+on\s+this(?:\s+story)?|recommended|further\s+reading)"
    r"\s*[:：|›»]\s*(?P<title>.*)",
    re.IGNORECASE,
)
# A title wraps when it stops on one of these words or a comma: no headline ends that way.
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from with by and or but as into over about after before "
    "against between than that via amid its their his her our new".split()
)
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]*$")
_URL_TAIL_CHARS = re.compile(r"[_/%=&?#~+-]")
_URL_TRAIL = ".,;:)]}'\"”’"


@dataclass
class FoundLink:
    """A link taken from the source, with the position (line number) it was seen at."""

    text: str
    url: str
    at: int


def extract_links(lines: list[Line], width: int) -> tuple[list[Line], list[FoundLink]]:
    """Take related-article lines and URL lines out of `lines`; return the rest and the links."""
    titles: list[FoundLink] = []
    urls: list[FoundLink] = []
    doomed: set[int] = set()
    i = 0
    while i < len(lines):
        m = _RELATED.fullmatch(lines[i].text)
        if m and m.group("title").strip():
            i = _take_related(lines, i, m.group("title").strip(), width, titles, urls, doomed)
        elif _is_url_line(lines[i].text):
            i = _take_url(lines, i, urls, doomed)
        else:
            i += 1
    return drop(lines, doomed, "removed"), pair_links(titles, urls)


def _is_url_line(text: str) -> bool:
    stripped = text.strip("<>()[] ")
    m = URL_RE.match(stripped)
    return bool(m) and m.end() == len(stripped)


def _take_related(lines, i, title, width, titles, urls, doomed) -> int:
    doomed.add(i)
    parts = [title]
    last = lines[i].text
    j = i + 1
    while j < len(lines) and not URL_RE.search(parts[-1]) and _continues_title(last, lines[j], width):
        parts.append(lines[j].text)
        last = lines[j].text
        doomed.add(j)
        j += 1
    text = " ".join(parts)
    m = URL_RE.search(text)
    url = ""
    if m:
        url, j = _complete_url(lines, j, m.group(0), doomed)
        text = text[: m.start()].strip()
    title, url = text.strip(" -–—|:"), url.rstrip(_URL_TRAIL)
    if title or url:
        titles.append(FoundLink(title, url, lines[i].number))
    return j


def _continues_title(prev: str, cand: Line, width: int) -> bool:
    """Does `cand` carry on the related title that ended `prev`? (see module doc)."""
    text = cand.text
    if _RELATED.fullmatch(text) or _is_url_line(text):
        return False
    last_word = prev.rsplit(None, 1)[-1].lower() if prev.split() else ""
    dangling = prev.endswith(",") or last_word in _FUNCTION_WORDS
    if dangling or text[:1].islower():
        return True
    if "blank" in cand.breaks and "page" not in cand.breaks:
        return False
    if _SENTENCE_END.search(text) or cand.indent > 1:
        return False
    # A full-width title line followed by a short unpunctuated line: the title's tail.
    return len(prev) >= 0.75 * width and len(text) < 0.7 * width


def _take_url(lines, i, urls, doomed) -> int:
    doomed.add(i)
    url, j = _complete_url(lines, i + 1, lines[i].text.strip("<>()[] "), doomed)
    urls.append(FoundLink("", url.rstrip(_URL_TRAIL), lines[i].number))
    return j


def _complete_url(lines: list[Line], j: int, url: str, doomed: set[int]) -> tuple[str, int]:
    """Glue the pieces of a URL that the right margin or a page break cut off."""
    while j < len(lines) and _continues_url(url, lines[j].text):
        url += lines[j].text
        doomed.add(j)
        j += 1
    return url, j


def _continues_url(url: str, text: str) -> bool:
    if " " in text or URL_RE.match(text) or text[-1] in ".!?,;:":
        return False
    if url.endswith(("/", "_", "-", "=", "%")):
        return True
    # A lone token with URL punctuation, or a lowercase slug fragment ("mpto").
    return bool(_URL_TAIL_CHARS.search(text)) or text.islower() or text.isdigit()


@lru_cache(maxsize=1024)
def _slug_key(url: str) -> str:
    path = unquote(url).split("?", 1)[0].rstrip("/")
    slug = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"[^a-z0-9]", "", slug.lower())


@lru_cache(maxsize=1024)
def _title_key(title: str) -> str:
    return re.sub(r"[^a-z0-9]", "", title.lower())


def _slug_words(url: str) -> list[str]:
    path = unquote(url).split("?", 1)[0].rstrip("/")
    slug = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return [w for w in re.split(r"[^a-z0-9]+", slug.lower()) if w]


def slug_matches(url: str, title: str) -> bool:
    """True when the URL's last path segment spells (most of) the title.

    Slugs either keep the title's words with separators (often dropping small words:
    "vietnam-china-border-talks") or run them together ("sixteenstatessue..."), so both
    a word overlap and a character overlap count.
    """
    slug, key = _slug_key(url), _title_key(title)
    if len(slug) < 8 or not key:
        return False
    if slug in key or key in slug:
        return True
    words = _slug_words(url)
    if len(words) >= 3:
        title_words = set(re.findall(r"[a-z0-9]+", title.lower()))
        return sum(w in title_words for w in words) >= 0.75 * len(words)
    grams = {slug[k : k + 4] for k in range(len(slug) - 3)}
    if sum(g in key for g in grams) < 0.5 * len(grams):
        return False  # cheap reject before the quadratic longest-match search
    m = SequenceMatcher(None, slug, key, autojunk=False).find_longest_match(0, len(slug), 0, len(key))
    return m.size >= 0.7 * min(len(slug), len(key))


def pair_links(titles: list[FoundLink], urls: list[FoundLink]) -> list[FoundLink]:
    """One link per related title (with its URL when one can be found) and per stray URL."""
    pool = []
    for u in urls:
        if any(t.url == u.url for t in titles):
            continue  # the same URL was already on a title's line
        owner = _adjacent_title(titles, u) or next(
            (t for t in titles if not t.url and slug_matches(u.url, t.text)), None
        )
        if owner is not None:
            owner.url = u.url
        elif all(p.url != u.url for p in pool):
            pool.append(u)
    return sorted(titles + pool, key=lambda link: link.at)


def _adjacent_title(titles: list[FoundLink], url: FoundLink) -> FoundLink | None:
    # A URL right under a title (at most its wrapped lines between) belongs to it,
    # unless its slug is a readable phrase that spells some other article.
    for t in titles:
        if not t.url and 0 < url.at - t.at <= 3:
            readable = len(re.sub(r"\d", "", _slug_key(url.url))) >= 12
            return t if not readable or slug_matches(url.url, t.text) else None
    return None
