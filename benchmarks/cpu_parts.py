"""CPU seconds per ingest step on N Reuters articles, one process, as shares of spaCy's.

    PYTHONPATH=src .venv/bin/python benchmarks/cpu_parts.py --n 200

CPU time (time.process_time), not wall time: on a shared, loaded machine wall time says
more about the neighbours than about us. The question it answers: with W worker processes
doing spaCy + stages and one main process doing read + clean + skip check + put, how much
of a core does the main process's work cost per article compared with spaCy's?
"""
from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_corpus import iter_reuters  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "data" / "corpus" / "reuters21578"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--chunk", type=int, default=16)
    args = ap.parse_args()
    from dateline.api import load_pipeline
    from dateline.clean import clean_document
    from dateline.ingest.sources import read_arg
    from dateline.store import Store

    n = args.n
    texts = [t for _, t in zip(range(n), (t for _, t in iter_reuters(REUTERS)))]
    pipe = load_pipeline()
    pipe.nlp("Warm up the model.")
    cpu: dict[str, float] = {}

    def tick(name: str, t0: float) -> None:
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - t0

    with tempfile.TemporaryDirectory() as d, Store.open(f"{d}/x.db") as st:
        for i, t in enumerate(texts):
            Path(d, f"{i:05d}.txt").write_text(t, encoding="utf-8")
        for i in range(0, n, args.chunk):
            names = [f"{d}/{k:05d}.txt" for k in range(i, min(n, i + args.chunk))]
            t0 = time.process_time()
            raws = [r for name in names for r in read_arg(name, fmt="text")]
            tick("read", t0)
            t0 = time.process_time()
            arts = [clean_document(r) for r in raws]
            tick("clean", t0)
            t0 = time.process_time()
            st.versions_of([a.id for a in arts])
            tick("skip check", t0)
            t0 = time.process_time()
            docs = list(pipe.nlp.pipe([a.text for a in arts]))
            tick("spacy", t0)
            t0 = time.process_time()
            arts = [pipe.annotate(a, doc) for a, doc in zip(arts, docs)]
            tick("stages", t0)
            t0 = time.process_time()
            pickle.loads(pickle.dumps(arts))  # both directions, roughly: articles out, annotations back
            tick("pickle round trip", t0)
            t0 = time.process_time()
            for a in arts:
                st.put(a)
            tick("put (SQLite + FTS)", t0)
    print(f"{n} articles, CPU seconds per step\n\n| step | CPU s | ms/article | share of spaCy |\n|---|---|---|---|")
    for k, v in sorted(cpu.items(), key=lambda kv: -kv[1]):
        print(f"| {k} | {v:.2f} | {1000 * v / n:.1f} | {100 * v / cpu['spacy']:.1f}% |")


if __name__ == "__main__":
    main()
