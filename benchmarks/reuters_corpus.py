"""Reuters-21578 articles from ../shared/data/corpus/reuters21578 as plain-text files.

The XML files are well-formed but use character references XML 1.0 forbids (&#3;), so a
tolerant regex pass reads them instead of an XML parser. Only articles with a body are kept.
Each becomes a text file shaped like pasted news: title, date line, blank line, body.
"""
from __future__ import annotations

import datetime as dt
import gzip
import html
import re
from collections.abc import Iterator
from pathlib import Path

_DOC = re.compile(r"<REUTERS\b[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "BODY")}
_CTRL = re.compile(r"&#\d+;|[\x00-\x08\x0b\x0c\x0e-\x1f]")


def iter_reuters(folder: Path) -> Iterator[tuple[str, str]]:
    """(name, text) for every article with a body, in corpus order."""
    for gz in sorted(folder.glob("reut2-*.xml.gz")):
        raw = gzip.open(gz, "rt", encoding="latin-1").read()
        for m in _DOC.finditer(raw):
            fields = {k: (p.search(m.group(2)) or [None, ""])[1] for k, p in _FIELD.items()}
            body = _clean(fields["BODY"]).replace(" Reuter\n", "\n").strip()
            if len(body.split()) < 20:
                continue
            title = _clean(fields["TITLE"]).strip().title()
            date = _date_line(fields["DATE"])
            yield f"reuters-{int(m.group(1)):05d}", f"{title}\n\n{date}\n\n{body}\n"


def _date_line(stamp: str) -> str:
    """'26-FEB-1987 15:01:01.79' -> 'February 26, 1987', a date line as news sites print it."""
    try:
        return dt.datetime.strptime(stamp.strip().split()[0], "%d-%b-%Y").strftime("%B %d, %Y")
    except (ValueError, IndexError):
        return ""


def _clean(s: str) -> str:
    return html.unescape(_CTRL.sub("", s))


def write_corpus(folder: Path, out: Path, limit: int | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (name, text) in enumerate(iter_reuters(folder)):
        if limit is not None and i >= limit:
            break
        p = out / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths
