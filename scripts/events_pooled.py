"""Pool the blind sets of a `dateline eval events` table report.

Why: each blind set holds about a hundred gold triples, too few to show a change alone; the
session notes of issue #4 report the four older blind sets pooled (pooled4) and all six (pooled6).

Usage: .venv/bin/dateline eval events > REPORT.txt; python scripts/events_pooled.py REPORT.txt
"""
from __future__ import annotations

import re
import sys

POOLS = {"pooled4": ("wikinews_extra3", "reuters", "conll", "timebank"),
         "pooled6": ("wikinews_extra3", "reuters", "conll", "timebank", "wikinews_extra4", "wikinews_extra5")}
LINE = re.compile(r"^(\S+)\s+(exact|country|root)\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+(\d+)/(\d+)/(\d+)\s*$")


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(path: str) -> None:
    counts: dict[tuple[str, str], tuple[int, int, int]] = {}
    for line in open(path):
        m = LINE.match(line)
        if m:
            counts[(m[1], m[2])] = (int(m[4]), int(m[5]), int(m[6]))
    for name in ("wikinews", "wikinews_extra", "wikinews_extra2", "reuters_dev", "conll_train",
                 *POOLS["pooled6"]):
        if (name, "exact") in counts:
            ex = counts[(name, "exact")]
            print(f"{name:16s} exact {f1(*ex):.3f} {ex}  country {f1(*counts[(name, 'country')]):.3f}"
                  f"  root {f1(*counts[(name, 'root')]):.3f}")
    for pool, names in POOLS.items():
        parts = []
        for level in ("exact", "country", "root"):
            tp, fp, fn = (sum(counts[(n, level)][i] for n in names) for i in range(3))
            parts.append(f"{level} {f1(tp, fp, fn):.3f} ({tp}/{fp}/{fn})")
        print(f"{pool:16s} " + "  ".join(parts))


if __name__ == "__main__":
    main(sys.argv[1])
