"""Contract records <-> Parquet: flat columns for filtering, the full record as JSON for fidelity."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

SCHEMA = pa.schema([
    ("id", pa.string()),
    ("headline", pa.string()),
    ("published", pa.string()),
    ("source_format", pa.string()),
    ("source_path", pa.string()),
    ("source_url", pa.string()),
    ("n_entities", pa.int32()),
    ("n_events", pa.int32()),
    ("record", pa.string()),  # the whole contract record, JSON
])


def records_table(records: list[dict[str, Any]]) -> pa.Table:
    cols: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
    for rec in records:
        src = rec.get("source") or {}
        cols["id"].append(rec["id"])
        cols["headline"].append(rec.get("headline"))
        cols["published"].append(rec.get("published"))
        cols["source_format"].append(src.get("format"))
        cols["source_path"].append(src.get("path"))
        cols["source_url"].append(src.get("url"))
        cols["n_entities"].append(len(rec.get("entities") or []))
        cols["n_events"].append(len(rec.get("events") or []))
        cols["record"].append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    return pa.table(cols, schema=SCHEMA)


def write_part(records: list[dict[str, Any]], out_dir: str | Path, index: int) -> Path:
    """Write one partition atomically (temp name, then rename), so a crash leaves no half file."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    final = out / f"part-{index:06d}.parquet"
    tmp = out / f".part-{index:06d}.parquet.tmp"
    pq.write_table(records_table(records), tmp)
    tmp.replace(final)
    return final


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """All records of a Parquet file or a folder of partitions, in partition order."""
    p = Path(path)
    files = sorted(p.glob("part-*.parquet")) if p.is_dir() else [p]
    out: list[dict[str, Any]] = []
    for f in files:
        out.extend(json.loads(s) for s in pq.read_table(f, columns=["record"]).column("record").to_pylist())
    return out
