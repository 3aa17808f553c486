"""Where the time goes: pyinstrument over the in-process pipeline on N Reuters articles.

    .venv/bin/python benchmarks/profile_pipeline.py --n 300 [--html out.html]

Also prints the time per stage (clean, spaCy, each dateline stage) measured directly, which is
what docs/performance.md reports.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_corpus import iter_reuters  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REUTERS = ROOT.parent / "shared" / "data" / "corpus" / "reuters21578"


def stage_times(texts: list[str]) -> dict[str, float]:
    from dateline.clean import clean_document
    from dateline.ingest.document import RawDocument
    from dateline.pipeline import Pipeline

    pipe = Pipeline()
    spent: dict[str, float] = defaultdict(float)
    t = time.perf_counter()
    arts = [clean_document(RawDocument(text=x, format="text", origin=str(i))) for i, x in enumerate(texts)]
    spent["clean"] += time.perf_counter() - t
    t = time.perf_counter()
    docs = list(pipe.nlp.pipe([a.text for a in arts], batch_size=32))
    spent["spacy"] += time.perf_counter() - t
    for art, doc in zip(arts, docs):
        for name, stage in pipe.stages:
            t = time.perf_counter()
            setattr(art, name, stage(doc, art))
            spent[name] += time.perf_counter() - t
    return dict(spent)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--html", type=Path)
    args = ap.parse_args()
    texts = [t for _, t in zip(range(args.n), (t for _, t in iter_reuters(REUTERS)))]
    spent = stage_times(texts[:20])  # warm-up: model load, lazy tables
    spent = stage_times(texts)
    total = sum(spent.values())
    print("| step | seconds | share |\n|---|---|---|")
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {secs:.2f} | {100 * secs / total:.0f}% |")
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("pyinstrument not installed: pip install -e '.[bench]'", file=sys.stderr)
        return
    prof = Profiler()
    prof.start()
    stage_times(texts)
    prof.stop()
    if args.html:
        args.html.write_text(prof.output_html())
    print(prof.output_text(unicode=False, color=False, show_all=False)[:6000])


if __name__ == "__main__":
    main()
