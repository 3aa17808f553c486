"""Load time and size of the Phoenix actor dictionaries (the `--actors` import of issue #4).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_dictionaries.py [--repeat 3]

Wall and CPU seconds for each repeat. Kept out of the unit tests on purpose: on a shared,
loaded machine a stopwatch inside a test fails for the neighbours' sake, not ours.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PETRARCH = ROOT.parent / "shared" / "data" / "gdelt" / "petrarch"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dir", type=Path, default=PETRARCH)
    args = ap.parse_args()
    from dateline.resolve.actor_dictionary import load_actor_dictionary

    files = [args.dir / f"Phoenix.{n}.actors.txt.gz" for n in ("Countries", "International", "MilNonState")]
    runs = []
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        d = load_actor_dictionary(files, args.dir / "Phoenix.agents.txt.gz")
        runs.append({"wall_s": round(time.perf_counter() - wall, 3), "cpu_s": round(time.process_time() - cpu, 3),
                     "actors": d.actor_count, "agents": d.agent_count})
    print(json.dumps(runs, indent=1))


if __name__ == "__main__":
    main()
