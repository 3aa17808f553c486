"""Things a reader should know about a cleaned article, as one-line human-readable warnings."""
from __future__ import annotations

import re
from datetime import date

from dateline.clean.dates import FoundDate, find_dates, url_date
from dateline.model import Link

_TRUNCATED_END = re.compile(r"(?:\.\.\.|…|\[\.\.\.\]|\[…\])['\"”’)]*$")
_SENTENCE_END = re.compile(r"[.!?][\s'\"”’)\]]*$")


def later_link_warnings(links: list[Link], published: date) -> list[str]:
    """Links whose URL carries a date after the article's own date."""
    out = []
    for link in links:
        d = url_date(link.url)
        if d is not None and d > published:
            what = f'related link "{link.text}"' if link.text else "link"
            out.append(f"{what} is dated {d.isoformat()}, after the publication date "
                       f"{published.isoformat()}: {link.url}")
    return out


def later_date_warnings(dates: list[FoundDate], published: date, where: str) -> list[str]:
    """Full dates written in the source that lie after the publication date."""
    seen: set[date] = set()
    out = []
    for found in dates:
        if found.value > published and found.value not in seen:
            seen.add(found.value)
            out.append(f"the {where} mentions {found.iso}, after the publication date {published.isoformat()}")
    return out


def body_date_warnings(body: str, published: date) -> list[str]:
    return later_date_warnings(find_dates(body), published, "text")


def truncation_warning(body: str) -> list[str]:
    """A body that stops mid-sentence or on an ellipsis was probably cut off."""
    tail = body.rstrip()
    last = tail.rsplit("\n\n", 1)[-1]
    snippet = last[-40:]
    if _TRUNCATED_END.search(tail):
        return [f'the body looks truncated: it ends with an ellipsis ("...{snippet}")']
    if not _SENTENCE_END.search(tail) and not tail.endswith(":"):
        return [f'the body looks truncated: it ends mid-sentence ("...{snippet}")']
    return []
