"""The `timebank` event gold set: blind CAMEO triples on TimeBank / AQUAINT news (1989-2000).

Why a third source: the other real-news event sets are Wikinews 2019-20 and Reuters 1987, and most
of them have been used for coder work. TempEval-3's TimeBank and AQUAINT documents (AP, NYT, WSJ,
VOA, CNN, PRI, Xinhua) are 1990s newswire and broadcast transcripts nobody has event-coded here,
so they measure the coder on unseen text. The gold file (data/timebank_events.jsonl, see
data/TIMEBANK_EVENTS.md) stores offsets only; they index the `text` field of the shared
data/timex/tbaq-*.jsonl documents exactly as stored, which is also what the pipeline is fed,
with the document creation time (`dct`) as the published date.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError

GOLD = Path(__file__).parent / "data" / "timebank_events.jsonl"
#: the two TempEval-3 (TBAQ-cleaned) conversions the records may point at
FILES = ("tbaq-timebank.jsonl", "tbaq-aquaint.jsonl")


def read_documents(data_dir: Path, name: str) -> dict[str, dict[str, Any]]:
    """The documents of one TBAQ conversion by id ({id, file, dct, text, ...})."""
    if name not in FILES:
        raise ConfigError(f"{name}: not one of the TimeBank/AQUAINT files {FILES}")
    path = Path(data_dir) / "timex" / name
    if not path.is_file():
        raise ConfigError(f"{path}: TimeBank/AQUAINT documents not found (pass --data pointing at the shared data root)")
    with path.open(encoding="utf-8") as fh:
        return {doc["id"]: doc for doc in map(json.loads, filter(str.strip, fh))}


def load_timebank(data_dir: Path, path: Path = GOLD, prefix: str = "timebank") -> list[dict[str, Any]]:
    """The gold records with `text` cut from their document and the document attached.

    A span, id or date that does not fit is an error rather than a skip: a mis-cut sentence would be
    scored against the wrong gold and nobody would notice. `prefix` is the ids' first part: the
    training annotations of other TBAQ documents (data/events_train/t*.jsonl) use "ttrain".
    """
    from dateline.eval.events import _read_jsonl

    records = _read_jsonl(path)
    files: dict[str, dict[str, dict[str, Any]]] = {}
    for rec in records:
        if rec.get("file") not in FILES:
            raise ConfigError(f"{path}: {rec.get('id')} names {rec.get('file')!r}, not one of {FILES}")
        if rec["file"] not in files:  # read each document file once, not once per record
            files[rec["file"]] = read_documents(data_dir, rec["file"])
        doc = files[rec["file"]].get(rec["doc"])
        if (doc is None or not 0 <= rec["start"] < rec["end"] <= len(doc["text"]) or doc["dct"] != rec["date"]
                or rec["id"] != f"{prefix}:{rec['doc']}-{rec['start']}"):
            raise ConfigError(f"{path}: {rec['id']} does not fit document {rec['doc']} of {rec['file']}")
        rec["text"] = doc["text"][rec["start"]:rec["end"]]
        rec["document"] = doc
    return records


def score_timebank(data_dir: Path, limit: int | None = None, path: Path = GOLD,
                   prefix: str = "timebank") -> dict[str, Any]:
    """Score the set like the Reuters sets: each whole document goes through the pipeline once, with
    its creation date as the published date, and the events whose trigger lies in a gold span are
    that sentence's predictions (`score_article_spans`, shared by every rebuilt-text set). `prefix`
    is `load_timebank`'s: "ttrain" scores a training file (data/events_train/t*.jsonl)."""
    from dateline.eval.reuters_events import score_article_spans
    from dateline.model import Article, Source

    def article_of(rec: dict[str, Any]) -> Article:
        doc = rec["document"]
        origin = str(Path(data_dir) / "timex" / rec["file"])
        return Article(text=doc["text"], source=Source("text", path=origin), published=doc["dct"])

    return score_article_spans(load_timebank(data_dir, path, prefix)[:limit], lambda r: (r["file"], r["doc"]),
                               article_of)
