"""Compare two `scripts/events_dump.py` dumps sentence by sentence.

Why: a rule change is judged by which gold triples it gains and which wrong ones it adds, on
the tune files it was written from and (counts only) on the holdout files it must not be read on.

Usage: python scripts/events_diff.py OLD.json NEW.json [tune|holdout|counts]
  tune (default): print each changed tune sentence with its gold and both predictions;
  holdout / counts: print only the tp/fp changes (the holdout is never read sentence by sentence).
"""
from __future__ import annotations

import json
import sys
from typing import Any


def holdout_stems() -> frozenset[str]:
    sys.path.insert(0, "src")
    from dateline.eval.events_train import HOLDOUT_FILES
    return HOLDOUT_FILES


def main(old_path: str, new_path: str, mode: str = "tune") -> None:
    old = {r["id"]: r for r in json.load(open(old_path))}
    new = {r["id"]: r for r in json.load(open(new_path))}
    held = holdout_stems()
    tp = fp = 0
    for key, b in new.items():
        a = old.get(key)
        if a is None:
            continue
        if (b["file"] in held) != (mode == "holdout") and mode != "counts":
            continue
        pa, pb, g = ({tuple(t) for t in a["pred"]}, {tuple(t) for t in b["pred"]}, {tuple(t) for t in b["gold"]})
        if pa == pb:
            continue
        dtp = len(pb & g) - len(pa & g)
        dfp = len(pb - g) - len(pa - g)
        tp, fp = tp + dtp, fp + dfp
        if mode == "tune":
            print(f"--- {key} ({b['file']}) tp{dtp:+d} fp{dfp:+d}\n{b['text']}\n  gold {sorted(g)}"
                  f"\n  old  {sorted(pa)}\n  new  {sorted(pb)}")
    print(f"{mode}: tp {tp:+d} fp {fp:+d}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
