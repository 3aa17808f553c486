"""Rebuild the saved order of unused Reuters-21578 articles that the training annotators take.

Why: annotation batches from round 67 on (r10 and later) take consecutive positions of one
seeded order, written down in docs/evaluation/events-annr67.md; the order must come out the
same on a fresh machine, so the next batch starts where the last one stopped and no article is
coded twice. The "used" NEWIDs are those of the commit before r10 was added (0369e46a^), as the
recipe says; later batches are positions of this same order.

Usage (from a checkout's root, git history present, ../shared/data resolving):
    PYTHONPATH=src .venv/bin/python scripts/reuters_order.py OUT.json
OUT.json: [[file, newid], ...] in order; also checks that the coded files agree with it.
"""
from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tarfile
from pathlib import Path

BEFORE_R10 = "0369e46a^"
TOPIC = re.compile(r"\b(government|ministry|minister|president|parliament|congress|senate|army|troops|military|"
                   r"police|court|party|unions?|strike|embassy|talks|sanctions|ambassador|rebels?|guerrillas?|"
                   r"opposition|cabinet|lawsuit|suit|sued|protest)\b", re.I)
TABLE_OPENING = re.compile(r"^(Shr|Qtr|Net|Oper|Revs)\b")
TITLE_WORDS = re.compile(r"\b(NET|QTR|EARNINGS|PROFITS?|LOSS|DIVIDEND|DIV|RESULTS|SEES HIGHER|SEES LOWER|"
                         r"PRICES?|RATES?)\b")


def used_newids(rev: str = BEFORE_R10) -> set[int]:
    """NEWIDs in any eval-set or training record at `rev` (only the newid keys are read)."""
    tar = subprocess.run(["git", "archive", rev, "src/dateline/eval/data", "src/dateline/data/events_train"],
                         capture_output=True, check=True).stdout
    out: set[int] = set()
    with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
        for member in tf.getmembers():
            if member.isfile() and member.name.endswith(".jsonl"):
                for line in tf.extractfile(member).read().decode().splitlines():  # type: ignore[union-attr]
                    if line.strip() and "newid" in (rec := json.loads(line)):
                        out.add(int(rec["newid"]))
    return out


def passes(title: str, text: str) -> bool:
    from dateline.eval.reuters_events import split_sentences

    body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
    if not TOPIC.search(body[:400]) or TITLE_WORDS.search(title) or TABLE_OPENING.match(body):
        return False
    if len(split_sentences(body)) < 3:
        return False
    return sum(ch.isdigit() for ch in body) <= 0.12 * len(body)


def saved_order(data_dir: Path = Path("../shared/data")) -> list[tuple[str, int]]:
    from dateline.eval.reuters_events import read_articles

    used = used_newids()
    keys = []
    for path in sorted((data_dir / "corpus" / "reuters21578").glob("reut2-0*.xml.gz")):
        for newid, art in read_articles(path).items():
            if newid not in used and passes(art.title, art.text):
                keys.append((path.name, newid))
    keys.sort(key=lambda k: k[1])
    random.Random(67).shuffle(keys)
    return keys


def coded_positions(order: list[tuple[str, int]]) -> dict[int, str]:
    """Position -> training file stem, for every coded article of the order."""
    where = {newid: i for i, (_, newid) in enumerate(order)}
    out = {}
    for path in Path("src/dateline/data/events_train").glob("r*.jsonl"):
        for line in path.read_text().splitlines():
            newid = json.loads(line).get("newid")
            if newid in where:
                out[where[newid]] = path.stem
    return out


if __name__ == "__main__":
    sys.path.insert(0, "src")
    order = saved_order()
    Path(sys.argv[1]).write_text(json.dumps(order))
    coded = coded_positions(order)
    print(f"{len(order)} articles in the order; {len(coded)} positions coded")
    spans, start = [], None
    for p in range(len(order) + 1):
        if p in coded and start is None:
            start = p
        elif p not in coded and start is not None:
            spans.append((start, p - 1))
            start = None
    print("coded runs (with skips the runs break):", spans[:60])
