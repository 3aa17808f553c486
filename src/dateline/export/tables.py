"""Flat tables for spreadsheets and dataframes: one row per event, or one per article.

The columns are fixed (EVENT_COLUMNS, ARTICLE_COLUMNS) so that an export of an empty
database, or of articles without events, still has a header and a Parquet schema.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

_S, _I, _F = "string", "int64", "float64"

EVENT_COLUMNS: list[tuple[str, str]] = [
    ("article_id", _S), ("published", _S), ("headline", _S), ("source_url", _S), ("source_path", _S),
    ("event_index", _I), ("code", _S), ("root", _S), ("label", _S), ("goldstein", _F), ("quad_class", _I),
    ("plover", _S),
    ("source_entity", _S), ("source_name", _S), ("source_code", _S), ("source_country", _S), ("source_role", _S),
    ("target_entity", _S), ("target_name", _S), ("target_code", _S), ("target_country", _S), ("target_role", _S),
    ("date", _S), ("location_name", _S), ("location_country", _S), ("lat", _F), ("lon", _F),
    ("evidence_start", _I), ("evidence_end", _I), ("sentence", _S), ("confidence", _F), ("pattern", _S),
]

ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("id", _S), ("published", _S), ("headline", _S), ("publisher", _S), ("byline", _S), ("dateline", _S),
    ("language", _S), ("source_format", _S), ("source_url", _S), ("source_path", _S), ("entities", _I),
    ("timexes", _I), ("quotes", _I), ("events", _I), ("pipeline_version", _S), ("text", _S),
]

TABLES = {"events": EVENT_COLUMNS, "articles": ARTICLE_COLUMNS}


def event_rows(rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    src = rec.get("source") or {}
    text = rec["text"]
    for i, ev in enumerate(rec.get("events") or []):
        loc = ev.get("location") or {}
        evid = ev["evidence"]
        row = {"article_id": rec["id"], "published": rec.get("published"), "headline": rec.get("headline"),
               "source_url": src.get("url"), "source_path": src.get("path"), "event_index": i,
               "date": ev.get("date"), "location_name": loc.get("name"), "location_country": loc.get("country"),
               "lat": loc.get("lat"), "lon": loc.get("lon"), "evidence_start": evid["start"],
               "evidence_end": evid["end"], "sentence": text[evid["start"]:evid["end"]]}
        for key in ("code", "root", "label", "goldstein", "quad_class", "plover", "confidence", "pattern"):
            row[key] = ev.get(key)
        for side in ("source", "target"):
            actor = ev.get(side) or {}
            for key in ("entity", "name", "code", "country", "role"):
                row[f"{side}_{key}"] = actor.get(key)
        yield row


def article_row(rec: dict[str, Any]) -> dict[str, Any]:
    src = rec.get("source") or {}
    return {"id": rec["id"], "published": rec.get("published"), "headline": rec.get("headline"),
            "publisher": rec.get("publisher"), "byline": "; ".join(rec.get("byline") or []),
            "dateline": rec.get("dateline"), "language": rec.get("language"), "source_format": src.get("format"),
            "source_url": src.get("url"), "source_path": src.get("path"),
            "entities": len(rec.get("entities") or []), "timexes": len(rec.get("timexes") or []),
            "quotes": len(rec.get("quotes") or []), "events": len(rec.get("events") or []),
            "pipeline_version": rec.get("pipeline_version"), "text": rec["text"]}


def rows(records: Iterable[dict[str, Any]], table: str) -> Iterator[dict[str, Any]]:
    if table not in TABLES:
        from dateline.errors import ConfigError

        raise ConfigError(f"unknown table {table!r}: use events or articles")
    for rec in records:
        if table == "events":
            yield from event_rows(rec)
        else:
            yield article_row(rec)


def write_csv(records: Iterable[dict[str, Any]], out: TextIO, table: str = "events") -> int:
    """RFC 4180 CSV with a header row; returns the number of data rows."""
    names = [name for name, _ in TABLES.get(table, [])]
    n = 0
    writer: Any = None
    for row in rows(records, table):
        if writer is None:
            writer = _header(out, names)
        writer.writerow(row)
        n += 1
    if writer is None:
        _header(out, names)
    return n


def _header(out: TextIO, names: list[str]) -> csv.DictWriter:
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    return writer


def write_parquet(records: Iterable[dict[str, Any]], path: str | Path, table: str = "events",
                  batch: int = 5000) -> int:
    """A Parquet file with a fixed schema, written in row groups of `batch` rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = TABLES.get(table, [])
    schema = pa.schema([(name, pa.string() if t == _S else pa.int64() if t == _I else pa.float64())
                        for name, t in cols])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        buf: list[dict[str, Any]] = []
        for row in rows(records, table):
            buf.append(row)
            if len(buf) >= batch:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                n, buf = n + len(buf), []
        if buf or n == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n
