"""Byte-identity check for speed work: the whole pipeline's Article dicts, before vs after.

    PYTHONPATH=src .venv/bin/python benchmarks/identity_check.py --write /tmp/before.json.gz
    ... change the code ...
    PYTHONPATH=src .venv/bin/python benchmarks/identity_check.py --compare /tmp/before.json.gz

Why: a change made for speed must not change one character of the output. The inputs are
N Reuters articles (benchmarks/reuters_corpus.py), the repository's samples/ and the messy
corpus's pasted/PDF texts (cleaning paths Reuters never reaches), each through
`Pipeline.process` (clean -> spaCy -> stages -> check_offsets). With --ingest the Reuters
articles also go through `store.ingest` with a 2-process pool (cleaning in the parent,
pickling both ways, `Store.put_many`), and the stored records (`Store.record`) are compared
too. Kept out of the default tests: it runs the model over hundreds of articles.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters_corpus import iter_reuters, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REUTERS = SHARED / "data" / "corpus" / "reuters21578"
MESSY = SHARED / "data" / "corpus" / "messy"


def _inputs(n: int) -> list[tuple[str, object]]:
    """(name, RawDocument) for every input, in a fixed order."""
    from dateline.ingest.document import RawDocument
    from dateline.ingest.sources import read_arg

    out: list[tuple[str, object]] = []
    for name, text in zip(range(n), iter_reuters(REUTERS)):
        out.append((text[0], RawDocument(text=text[1], format="text", origin=text[0])))
    for path in sorted((ROOT / "samples").iterdir()):
        if path.is_file():
            for k, raw in enumerate(read_arg(str(path))):
                out.append((f"samples/{path.name}#{k}", raw))
    if MESSY.is_dir():
        for path in sorted(MESSY.glob("*.messy.txt")):
            for k, raw in enumerate(read_arg(str(path), fmt="text")):
                out.append((f"messy/{path.name}#{k}", raw))
    return out


def process_all(n: int) -> dict[str, object]:
    from dateline.api import load_pipeline
    from dateline.errors import DatelineError

    pipe = load_pipeline()
    result: dict[str, object] = {}
    for name, raw in _inputs(n):
        try:
            result[name] = pipe.process(raw).to_dict()
        except DatelineError as exc:
            result[name] = {"error": str(exc)}
    return result


def ingest_all(n: int) -> dict[str, object]:
    from dateline.store import Store
    from dateline.store.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(REUTERS, Path(tmp) / "in", limit=n)
        with Store.open(str(Path(tmp) / "x.db")) as store:
            rep = ingest(store, [str(p) for p in paths], workers=2)
            tables: dict[str, object] = {}
            with store.engine.connect() as conn:
                names = [r[0] for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
                for name in names:
                    cols = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{name}")')
                            if r[1] != "stored_at"]  # the one column that is a clock reading
                    if not cols:
                        continue
                    sel = ", ".join(f'"{c}"' for c in cols)
                    tables[name] = [cols] + sorted(
                        ([v.hex() if isinstance(v, bytes) else v for v in r] for r in conn.exec_driver_sql(f'SELECT {sel} FROM "{name}"')), key=repr)
        summary = [rep.stored, rep.replaced, rep.unchanged, [str(f) for f in rep.failures]]
        out = {"summary": summary, **{f"table {k}": v for k, v in tables.items()}}
        # the temporary folder's name is in paths and in FTS shadow rows: not part of the output
        return json.loads(json.dumps(out, ensure_ascii=False).replace(tmp, "TMP"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--ingest", action="store_true", help="also ingest into SQLite with 2 workers")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write", type=Path)
    g.add_argument("--compare", type=Path)
    args = ap.parse_args()
    got: dict[str, object] = {"process": process_all(args.n)}
    if args.ingest:
        got["ingest"] = ingest_all(args.n)
    blob = json.dumps(got, sort_keys=True, ensure_ascii=False).encode("utf-8")
    if args.write:
        args.write.write_bytes(gzip.compress(blob))
        print(f"wrote {len(got['process'])} articles ({len(blob)} bytes) to {args.write}")
        return
    want = json.loads(gzip.decompress(args.compare.read_bytes()))
    # `pipeline_version` is a hash of the rule sources (pipeline.rules_fingerprint): any code change,
    # a speed change included, changes it by design. It is compared apart, and left out of the rest.
    versions = {part: {a.pop("pipeline_version", None) for a in items.values() if isinstance(a, dict)}
                for part, items in (("before", want.get("process", {})), ("now", got.get("process", {})))}
    print(f"pipeline_version (not compared): {sorted(map(str, versions['before']))} -> {sorted(map(str, versions['now']))}")
    blob = json.dumps(got, sort_keys=True, ensure_ascii=False).encode("utf-8")
    bad = 0
    for part, items in want.items():
        if part not in got:
            print(f"{part}: not run this time (pass the same flags)")
            continue
        mine = json.loads(json.dumps(got[part], sort_keys=True, ensure_ascii=False))
        if mine == items:
            print(f"{part}: identical")
            continue
        keys = items if isinstance(items, dict) else {}
        diff = [k for k in set(keys) | set(mine) if keys.get(k) != mine.get(k)]
        bad += len(diff) or 1
        print(f"{part}: {len(diff)} differ, e.g. {sorted(diff)[:5]}")
    same_bytes = blob == json.dumps(want, sort_keys=True, ensure_ascii=False).encode("utf-8") if set(want) == set(got) else None
    print(f"byte-identical JSON (pipeline_version left out): {same_bytes}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
