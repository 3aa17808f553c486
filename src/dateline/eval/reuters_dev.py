"""`reuters_dev`: a small hand-coded CAMEO set on 1987 Reuters newswire (wire-service style).

All the tuned event gold is Wikinews 2019-20; wire prose (title-only officials, "X said Y would ...",
upper-case headline lines, Iran-Iraq war reports) is a different register, so this set measures the
coder on it. The repository keeps offsets only: each record names a Reuters-21578 file and NEWID,
and the sentence is cut at load time from the article text this module rebuilds.

Article text = TITLE + "\\n\\n" + BODY, where the body's wrapped lines are joined with one space,
its paragraphs (lines that start indented) are separated by "\\n\\n", and the trailing "Reuter"
sign-off is dropped. The XML uses character references XML 1.0 forbids ("&#3;"), so a tolerant
regex pass reads it instead of an XML parser.
"""
from __future__ import annotations

import datetime as dt
import gzip
import html
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError

GOLD = Path(__file__).parent / "data" / "reuters_dev_events.jsonl"
# Files 011-014 only: the others are kept for a blind set.
DEV_FILES = ("reut2-011.xml.gz", "reut2-012.xml.gz", "reut2-013.xml.gz", "reut2-014.xml.gz")

_DOC = re.compile(r"<REUTERS\b[^>]*\bNEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "BODY")}
_CTRL = re.compile(r"&#\d+;|[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SIGNOFF = re.compile(r"\s*\bReuter\s*$", re.I)


def article_text(title: str, body: str) -> str:
    """The article text the offsets point into: title, blank line, body paragraphs joined."""
    body = _SIGNOFF.sub("", _clean(body))
    paragraphs: list[list[str]] = []
    for line in body.split("\n"):
        if not line.strip():
            continue
        # a wire paragraph starts with an indented line; the others are wrapped continuations
        if not paragraphs or line[:1].isspace():
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    title = " ".join(_clean(title).split())
    return f"{title}\n\n{text}" if title else text


def iso_date(stamp: str) -> str:
    """'30-MAR-1987 14:22:36.87' (sometimes with a leading space) -> '1987-03-30'."""
    return dt.datetime.strptime(stamp.strip().split()[0], "%d-%b-%Y").date().isoformat()


def _clean(s: str) -> str:
    return html.unescape(_CTRL.sub("", s))


@lru_cache(maxsize=8)
def read_file(path: Path) -> dict[int, dict[str, str]]:
    """NEWID -> {title, text, date} for every article of one reut2-*.xml.gz that has a body."""
    raw = gzip.open(path, "rt", encoding="latin-1").read()
    out: dict[int, dict[str, str]] = {}
    for m in _DOC.finditer(raw):
        fields = {k: p.search(m.group(2)) for k, p in _FIELD.items()}
        if not fields["BODY"] or not fields["DATE"]:
            continue
        title = " ".join(_clean(fields["TITLE"].group(1)).split()) if fields["TITLE"] else ""
        out[int(m.group(1))] = {"title": title, "date": iso_date(fields["DATE"].group(1)),
                                "text": article_text(title, fields["BODY"].group(1))}
    return out


def load_reuters_dev(data_dir: Path, path: Path = GOLD) -> list[dict[str, Any]]:
    """The reuters_dev records with `text` (the sentence), `article` and `title` filled in.

    A record whose span or date no longer fits its article is an error, not a silent skip: a mis-cut
    sentence would be scored against the wrong gold.
    """
    folder = Path(data_dir) / "corpus" / "reuters21578"
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    for rec in records:
        gz = folder / rec["file"]
        if rec["file"] not in DEV_FILES or not gz.is_file():
            raise ConfigError(f"{gz}: Reuters dev file not found or not a dev file (needed by {rec['id']})")
        art = read_file(gz).get(rec["newid"])
        if art is None or not 0 <= rec["start"] < rec["end"] <= len(art["text"]) or art["date"] != rec["date"]:
            raise ConfigError(f"{path}: {rec['id']} does not fit NEWID {rec['newid']} of {gz.name}")
        rec["text"] = art["text"][rec["start"]:rec["end"]]
        rec["article"], rec["title"] = art["text"], art["title"]
    return records


def score_reuters_dev(data_dir: Path, limit: int | None = None, path: Path = GOLD) -> dict[str, Any]:
    """Score whole Reuters articles run through the pipeline, sentence by sentence, like Wikinews."""
    from dateline.api import load_pipeline
    from dateline.eval.events import _event_triples, _gold_triples, score
    from dateline.model import Article, Source

    records = load_reuters_dev(data_dir, path)[:limit]
    pipe = load_pipeline()
    done: dict[tuple[str, int], Article] = {}
    pairs, details = [], []
    for rec in records:
        key = (rec["file"], rec["newid"])
        if key not in done:
            art = Article(text=rec["article"], source=Source("text"), published=rec["date"], headline=rec["title"])
            done[key] = pipe.annotate(art, pipe.nlp(art.text))
        evs = [e for e in done[key].events if rec["start"] <= (e.trigger or e.evidence).start < rec["end"]]
        pred, gold = _event_triples(evs), _gold_triples(rec)
        pairs.append((pred, gold))
        details.append({"id": rec["id"], "pred": sorted(map(list, pred), key=str),
                        "gold": sorted(map(list, gold), key=str)})
    return {"sentences": len(records), "gold_triples": sum(len(g) for _, g in pairs),
            "scores": score(pairs), "details": details}
