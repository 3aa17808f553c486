"""CPU milliseconds per article for every step of an ingest, one process, repeated runs.

    PYTHONPATH=src .venv/bin/python benchmarks/cpu_stages.py --n 300 --repeat 3 [--profile out.prof]

What docs/performance.md reports per stage. It does what `store.ingest` with a process pool
does, step by step, in one process: read (`read_arg`), clean (`clean_one`), skip check
(`Store.versions_of`), pickling a chunk to a worker, spaCy (`nlp.pipe`, batch 32), each
dateline stage, `check_offsets`, pickling the stripped outcomes back, and `Store.put_many`.
CPU time (time.process_time), not wall time: the machine is shared; each figure is the
minimum over the runs (the least disturbed by neighbours' cache use). With --profile, a
cProfile of one more run over everything except spaCy goes to that file.
"""
from __future__ import annotations

import argparse
import cProfile
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


def one_run(paths: list[str], pipe, db: str, prof: cProfile.Profile | None) -> dict[str, float]:
    from dateline.ingest.sources import read_arg
    from dateline.model import check_offsets
    from dateline.pipeline import PIPELINE_VERSION
    from dateline.scale.work import Outcome, clean_one, strip_text
    from dateline.store import Store

    try:
        from dateline.nlp import keep_text
    except ImportError:  # before perf9
        keep_text = None
    cpu: dict[str, float] = defaultdict(float)
    clock = time.process_time

    def on():
        if prof:
            prof.enable()

    def off():
        if prof:
            prof.disable()

    with Store.open(db) as st:
        for i in range(0, len(paths), CHUNK):
            on(); t = clock()
            raws = [r for p in paths[i:i + CHUNK] for r in read_arg(p)]
            cpu["read"] += clock() - t; t = clock()
            arts = [clean_one(r, published=None, min_words=20) for r in raws]
            arts = [a for a in arts if not isinstance(a, str)]
            cpu["clean"] += clock() - t; t = clock()
            st.versions_of([a.id for a in arts])
            cpu["skip check"] += clock() - t; t = clock()
            arts = pickle.loads(pickle.dumps(arts, protocol=pickle.HIGHEST_PROTOCOL))
            cpu["pickle to worker"] += clock() - t
            off(); t = clock()
            docs = list(pipe.nlp.pipe([a.text for a in arts], batch_size=32))
            cpu["spacy"] += clock() - t
            on()
            for art, doc in zip(arts, docs):
                if keep_text is not None:  # what Pipeline.annotate does first (where it exists)
                    keep_text(doc, art.text)
                for name, stage in pipe.stages:
                    if name == "events":
                        off()
                    t = clock()
                    setattr(art, name, stage(doc, art))
                    cpu[name] += clock() - t
                    if name == "events":
                        on()
                t = clock()
                art.pipeline_version = PIPELINE_VERSION
                assert not check_offsets(art)
                cpu["check_offsets"] += clock() - t
            t = clock()
            texts = [a.text for a in arts]
            outs = pickle.loads(pickle.dumps(strip_text([Outcome(article=a) for a in arts]),
                                             protocol=pickle.HIGHEST_PROTOCOL))
            for o, text in zip(outs, texts):
                o.article.text = text
            cpu["pickle back"] += clock() - t; t = clock()
            st.put_many([o.article for o in outs])
            cpu["put_many"] += clock() - t
            off()
    return dict(cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args()
    from dateline.api import load_pipeline
    from dateline.scale.work import warm_worker

    pipe = load_pipeline()
    warm_worker()
    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(p) for p in write_corpus(REUTERS, Path(tmp) / "in", limit=args.n)]
        one_run(paths[:40], pipe, f"{tmp}/warm.db", None)
        runs = [one_run(paths, pipe, f"{tmp}/r{k}.db", None) for k in range(args.repeat)]
        if args.profile:
            prof = cProfile.Profile()
            one_run(paths, pipe, f"{tmp}/prof.db", prof)
            prof.dump_stats(str(args.profile))
    n = len(paths)
    keys = list(runs[0])
    best = {k: min(r[k] for r in runs) for k in keys}
    print(f"{n} Reuters articles, CPU ms/article, min of {args.repeat} runs (all runs)\n")
    print("| step | ms/article | runs |\n|---|---|---|")
    for k in keys:
        print(f"| {k} | {1000 * best[k] / n:.2f} | {' '.join(f'{1000 * r[k] / n:.2f}' for r in runs)} |")
    other = sum(v for k, v in best.items() if k not in ("spacy", "events"))
    print(f"| all but spaCy and events | {1000 * other / n:.2f} | |")


if __name__ == "__main__":
    main()
