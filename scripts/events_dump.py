"""Dump the event coder's output on the annotated training sentences, one row per sentence.

Why: rule work on issue #4 needs to see, per sentence, what the coder predicted beside the gold
and how far it got (the loss stage), and to compare two commits sentence by sentence
(`scripts/events_diff.py`). `dateline eval events_train` gives only the totals.

Usage (from a checkout's root; `../shared/data` must resolve):
    PYTHONPATH=src .venv/bin/python scripts/events_dump.py OUT.json [STEM ...]
STEMs ("r46", "c9") restrict the dump to those training files; without them every file is dumped.
It prints exact / country / root lines for all, tune and holdout, and per file.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def dump(out: Path, stems: set[str]) -> list[dict[str, Any]]:
    from dateline.api import load_pipeline
    from dateline.eval.events import _stage
    from dateline.events.learn_train import gold_triples, training_records

    recs = [r for r in training_records(Path("../shared/data"))
            if not stems or r[0].removeprefix("train_") in stems]
    pipe = load_pipeline()
    rows: list[dict[str, Any]] = []
    current: tuple[Any, Any, Any] | None = None
    for n, (name, rec, make, key) in enumerate(recs):
        if current is None or current[0] != key:
            art = make()
            doc = pipe.nlp(art.text)
            current = (key, pipe.annotate(art, doc), doc)
        art, doc = current[1], current[2]
        s, e = rec["start"], rec["end"]
        evs = [ev for ev in art.events if s <= (ev.trigger or ev.evidence).start < e]
        pred = sorted({(ev.source.code, ev.code, ev.target.code) for ev in evs if ev.target.code})
        gold = sorted(gold_triples(rec))
        drops: list[str] = []
        stage = _stage(evs, doc, art, s, e, drops) if gold and not pred else ""
        rows.append({"id": rec.get("id", f"{name}:{s}"), "file": name.removeprefix("train_"),
                     "text": art.text[s:e], "pred": pred, "gold": gold, "stage": stage, "why": drops})
        if n % 1000 == 0:
            print(f"  {n}/{len(recs)}", file=sys.stderr, flush=True)
    out.write_text(json.dumps(rows, indent=0))
    return rows


def report(rows: list[dict[str, Any]]) -> None:
    from dateline.eval.events import score
    from dateline.eval.events_train import part_of

    def line(label: str, part: list[dict[str, Any]]) -> None:
        sc = score(({tuple(t) for t in r["pred"]}, {tuple(t) for t in r["gold"]}) for r in part)
        ex = sc["exact"]
        print(f"{label:10s} n={len(part):6d} exact {ex['f1']:.3f} ({ex['tp']}/{ex['fp']}/{ex['fn']})"
              f"  country {sc['country']['f1']:.3f}  root {sc['root']['f1']:.3f}")

    line("all", rows)
    for part in ("tune", "holdout"):
        line(part, [r for r in rows if part_of(r["file"]) == part])
    for stem in sorted({r["file"] for r in rows}, key=lambda f: (f[0], int(f[1:]))):
        line(stem, [r for r in rows if r["file"] == stem])


if __name__ == "__main__":
    report(dump(Path(sys.argv[1]), set(sys.argv[2:])))
