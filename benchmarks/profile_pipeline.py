"""Where the time goes: pyinstrument over the in-process pipeline on N Reuters articles.

    .venv/bin/python benchmarks/profile_pipeline.py --n 300 [--html out.html]
    .venv/bin/python benchmarks/profile_pipeline.py --n 300 --ingest   # the whole `ingest --workers 1`

With --ingest it profiles `store.ingest.ingest()` in one process (read, clean, skip check,
spaCy, stages, SQLite writes with FTS) and prints the share of each of those.

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


def profile_ingest(n: int, html: Path | None) -> None:
    """pyinstrument over a one-process `ingest()` of n articles into a fresh SQLite file."""
    import tempfile

    from pyinstrument import Profiler

    from dateline.api import load_pipeline
    from dateline.store import Store
    from dateline.store.ingest import ingest
    from reuters_corpus import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(REUTERS, Path(tmp) / "in", limit=n)
        pipe = load_pipeline()
        with Store.open(str(Path(tmp) / "warm.db")) as store:
            ingest(store, [str(p) for p in paths[:10]], pipeline=pipe)
        prof = Profiler()
        with Store.open(str(Path(tmp) / "p.db")) as store:
            prof.start()
            rep = ingest(store, [str(p) for p in paths], pipeline=pipe)
            prof.stop()
    print(rep.summary())
    session = prof.last_session
    # Cython frames (.pyx) are spaCy/thinc; samples pyinstrument cannot place (the root's
    # [self]) are C code under them too, so they count as spaCy.
    groups = {"spaCy (nlp.pipe)": ("spacy/", "thinc/", ".pyx", "[self]"), "store.put (SQLite, FTS)": ("dateline/store/store.py",),
              "clean": ("dateline/clean/",), "read": ("dateline/ingest/",)}
    frames = session.root_frame()
    totals = {k: 0.0 for k in groups}

    def walk(frame, claimed: str | None) -> None:
        mine = claimed
        if mine is None:
            for name, pats in groups.items():
                if any(p in (frame.file_path or "") or p == frame.function for p in pats):
                    mine = name
                    totals[name] += frame.time
                    break
        for child in frame.children:
            walk(child, mine)

    walk(frames, None)
    print(f"| part | seconds | share of {session.duration:.1f} s |\n|---|---|---|")
    for name, secs in totals.items():
        print(f"| {name} | {secs:.1f} | {100 * secs / session.duration:.0f}% |")
    rest = session.duration - sum(totals.values())
    print(f"| everything else (stages, skip check, glue) | {rest:.1f} | {100 * rest / session.duration:.0f}% |")
    if html:
        html.write_text(prof.output_html())
    print(prof.output_text(unicode=False, color=False, show_all=False)[:8000])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--html", type=Path)
    ap.add_argument("--ingest", action="store_true", help="profile the whole one-process ingest")
    args = ap.parse_args()
    if args.ingest:
        profile_ingest(args.n, args.html)
        return
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
