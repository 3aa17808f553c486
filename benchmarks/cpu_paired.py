"""Before/after CPU per ingest step, both versions in ONE process, chunk by chunk.

    PYTHONPATH=src .venv/bin/python benchmarks/cpu_paired.py --base /tmp/pair --n 300 --rounds 3

`--base` is a folder holding an older `dateline` renamed to `dateline_base` (every
`dateline` import and "dateline." string rewritten; see docs/performance.md, sixth session).
Why: on the shared machine two separate runs differ by as much as the change being measured
(neighbours' load moves a stage's CPU time by 10-20%); alternating the two versions chunk by
chunk in one process gives both the same conditions. Each step is timed with
time.process_time: read and clean (the parent's share), each stage, pickling the results
back, Store.put_many. spaCy is run for both but not compared (the same model and code).
"""
from __future__ import annotations

import argparse
import gc
import importlib
import pickle
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_corpus import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "data" / "corpus" / "reuters21578"
CHUNK = 32


class Version:
    def __init__(self, pkg: str, db: str) -> None:
        imp = lambda m: importlib.import_module(f"{pkg}.{m}")  # noqa: E731
        self.read_arg = imp("ingest.sources").read_arg
        self.clean_one = imp("scale.work").clean_one
        self.Outcome, self.strip_text = imp("scale.work").Outcome, imp("scale.work").strip_text
        self.pipe = imp("api").load_pipeline()
        imp("scale.work").warm_worker()
        self.keep_text = getattr(imp("nlp"), "keep_text", None)
        self.version = imp("pipeline").PIPELINE_VERSION
        self.store = imp("store").Store.open(db)
        self.cpu: dict[str, float] = defaultdict(float)

    def chunk(self, paths: list[str]) -> None:
        clock, cpu = time.process_time, self.cpu
        t = clock()
        raws = [r for p in paths for r in self.read_arg(p)]
        cpu["read"] += clock() - t
        t = clock()
        arts = [a for a in (self.clean_one(r, published=None, min_words=20) for r in raws) if not isinstance(a, str)]
        cpu["clean"] += clock() - t
        t = clock()
        docs = list(self.pipe.nlp.pipe([a.text for a in arts], batch_size=32))
        cpu["spacy (not compared)"] += clock() - t
        for art, doc in zip(arts, docs):
            t = clock()
            if self.keep_text is not None:
                self.keep_text(doc, art.text)
            cpu["entities"] += clock() - t
            for name, stage in self.pipe.stages:
                t = clock()
                setattr(art, name, stage(doc, art))
                cpu[name] += clock() - t
            art.pipeline_version = self.version
        t = clock()
        texts = [a.text for a in arts]
        outs = pickle.loads(pickle.dumps(self.strip_text([self.Outcome(article=a) for a in arts]),
                                         protocol=pickle.HIGHEST_PROTOCOL))
        for o, text in zip(outs, texts):
            o.article.text = text
        cpu["pickle back"] += clock() - t
        t = clock()
        self.store.put_many([o.article for o in outs])
        cpu["put_many"] += clock() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    sys.path.insert(0, str(args.base))
    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(p) for p in write_corpus(REUTERS, Path(tmp) / "in", limit=args.n)]
        versions = {"before": Version("dateline_base", f"{tmp}/b.db"), "after": Version("dateline", f"{tmp}/a.db")}
        for v in versions.values():  # warm-up, not counted
            v.chunk(paths[:CHUNK])
            v.cpu.clear()
        # as the forkserver does before forking workers (scale/preload.py): the models and
        # tables leave the collector's generations, so a full collection, which either
        # version may happen to trigger, no longer walks them (it made "pickle back" swing)
        gc.collect()
        gc.freeze()
        for r in range(args.rounds):
            for v in versions.values():
                v.store.close()
                v.store = type(v.store).open(f"{tmp}/{id(v)}-{r}.db")
            for k, i in enumerate(range(0, len(paths), CHUNK)):
                order = list(versions.values()) if (k + r) % 2 == 0 else list(versions.values())[::-1]
                for v in order:
                    v.chunk(paths[i:i + CHUNK])
        n = args.rounds * len(paths)
    before, after = versions["before"].cpu, versions["after"].cpu
    print(f"{len(paths)} Reuters articles x {args.rounds} rounds, both versions alternating chunk by chunk; "
          "CPU ms/article\n\n| step | before | after | change |\n|---|---|---|---|")
    for k in before:
        b, a = 1000 * before[k] / n, 1000 * after[k] / n
        print(f"| {k} | {b:.2f} | {a:.2f} | {a - b:+.2f} ({100 * (a - b) / b:+.0f}%) |")
    skip = ("spacy (not compared)", "events")
    b = sum(v for k, v in before.items() if k not in skip) * 1000 / n
    a = sum(v for k, v in after.items() if k not in skip) * 1000 / n
    print(f"| **all but spaCy and events** | {b:.2f} | {a:.2f} | {a - b:+.2f} ({100 * (a - b) / b:+.0f}%) |")


if __name__ == "__main__":
    main()
