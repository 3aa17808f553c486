"""The lines above the body: kicker, headline (possibly wrapped), byline, date, credit, publisher.

News pages stack these in many orders, with or without blank lines between them. The
reader walks down from the top, taking metadata lines wherever they are, and the first
run of ordinary lines as the headline. The body starts at the first ordinary line after
the headline has ended (by a blank line or a metadata line).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.clean.dates import FoundDate
from dateline.clean.lines import Line
from dateline.clean import meta

# A headline is a few short lines; past these limits the "headline" is really prose.
MAX_HEADLINE_LINES = 6
MAX_HEADLINE_CHARS = 250
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]*$")
_ABBREV_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
_SEPARATED = re.compile(r"\s+[|·•]\s+|\s+[—–]\s+(?=[A-Z0-9(])")


@dataclass
class Header:
    """What the top of the article said about itself."""

    headline_lines: list[Line] = field(default_factory=list)
    kicker: list[str] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)
    published: FoundDate | None = None
    other_dates: list[FoundDate] = field(default_factory=list)
    credit: str | None = None
    publisher: str | None = None


def read_header(lines: list[Line], *, structured: bool) -> tuple[Header, list[Line]]:
    """Split `lines` into the header's metadata and the body lines that follow it."""
    head = Header()
    used: set[int] = set()
    headline: list[int] = []
    done = False
    i = 0
    for i, line in enumerate(lines):
        if headline and line.breaks & {"blank", "page"}:
            done = True
        if headline and not done and all(_all_caps(lines[k].text) for k in headline) and not _all_caps(line.text):
            done = True  # a wire headline in capitals ends where mixed-case prose begins
        if len(headline) == 1 and not done and _paragraph_under_title(lines[headline[0]].text, line.text):
            done = True  # web copy: a title line, then whole paragraphs one per line
        if _take_meta(line.text, head, before_headline=not headline and not done):
            used.add(i)
            done = done or bool(headline)
            continue
        if structured:
            break
        if not done:
            if i == 0 and meta.is_masthead(line.text) and not _is_meta_line(lines, 1):
                head.publisher = head.publisher or line.text  # the paper's name on top
                used.add(i)
                continue
            if not headline and meta.is_caps_label(line.text) and _headline_follows(lines, i):
                head.kicker.append(line.text)
                used.add(i)
                continue
            headline.append(i)
            if len(headline) > MAX_HEADLINE_LINES:
                break
            continue
        if head.credit is None and meta.looks_like_org_line(line.text) and (
            head.published or head.byline or _is_meta_line(lines, i + 1)
        ):
            head.credit = line.text  # a bare agency/credit line under the date or above it
            used.add(i)
            continue
        break
    else:
        i = len(lines)
    body_follows = i < len(lines) and not lines[i].text[:1].islower()
    if len(headline) > 1 and head.credit is None and meta.is_credit_name(lines[headline[-1]].text):
        head.credit = lines[headline.pop()].text  # a credit line set right under the headline
    if headline and _valid_headline([lines[k] for k in headline], done, body_follows):
        head.headline_lines = [lines[k] for k in headline]
        used |= set(headline)
        return head, [ln for k, ln in enumerate(lines) if k >= i and k not in used]
    # No headline structure: everything that is not metadata is body.
    return head, [ln for k, ln in enumerate(lines) if k not in used]


def _paragraph_under_title(title: str, text: str) -> bool:
    # An unwrapped paragraph is a long line ending a sentence, far longer than the title;
    # a title's own second line or a wrapped paragraph's next line is not.
    return (len(text) >= max(120, 2 * len(title)) and bool(_SENTENCE_END.search(text))
            and not _SENTENCE_END.search(title))


def _all_caps(text: str) -> bool:
    return any(c.isalpha() for c in text) and text.upper() == text


def _is_meta_line(lines: list[Line], i: int) -> bool:
    if i >= len(lines):
        return False
    text = lines[i].text
    return bool(meta.parse_byline(text) or meta.parse_date(text) or meta.parse_credit(text))


def _take_meta(text: str, head: Header, *, before_headline: bool) -> bool:
    """Record `text` in `head` if it is a metadata line; True when it was."""
    parts = _SEPARATED.split(text)
    # "April 10, 2018 | By Jane Roe": several metadata items on one line.
    if len(parts) > 1 and all(_is_meta_item(p) for p in parts):
        for part in parts:
            _take_meta(part, head, before_headline=False)
        return True
    by = meta.parse_byline(text)
    if by is not None:
        head.byline.extend(by[0])
        if by[1] is not None:
            _set_date(head, by[1])
        return True
    found = meta.parse_date(text)
    if found is not None:
        _set_date(head, found)
        return True
    credit = meta.parse_credit(text)
    if credit is not None:
        if head.credit is None:
            head.credit = credit
        return True
    if meta.is_publisher(text):
        head.publisher = head.publisher or text.strip()
        return True
    if before_headline and meta.is_kicker(text):
        head.kicker.append(text)
        return True
    return False


def _is_meta_item(text: str) -> bool:
    return bool(meta.parse_byline(text) or meta.parse_date(text) or meta.parse_credit(text)
                or meta.is_publisher(text))


def _set_date(head: Header, found: FoundDate) -> None:
    if head.published is None:
        head.published = found
    else:
        head.other_dates.append(found)


def _headline_follows(lines: list[Line], i: int) -> bool:
    # An all-caps label is a kicker only if an ordinary, non-caps headline line (or a
    # blank line, then anything ordinary) comes after it.
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    if _is_meta_line(lines, i + 1):
        return False
    if not (nxt.breaks & {"blank", "page"}) and meta.is_caps_label(nxt.text):
        return False
    # ... and only if that headline is headline-sized: a capitals line followed by a long
    # run of prose is itself the headline of a wire story.
    j = i + 2
    while j < len(lines) and not (lines[j].breaks & {"blank", "page"}) and not _is_meta_line(lines, j):
        j += 1
        if j - i - 1 > MAX_HEADLINE_LINES:
            return False
    return j < len(lines)


def _valid_headline(lines: list[Line], ended: bool, body_follows: bool) -> bool:
    text = " ".join(ln.text for ln in lines)
    if not ended or not body_follows or len(lines) > MAX_HEADLINE_LINES or len(text) > MAX_HEADLINE_CHARS:
        return False
    if _SENTENCE_END.search(text) and not _ABBREV_END.search(text) and not text.endswith(("?", "!")):
        return False
    return not text[:1].islower()
