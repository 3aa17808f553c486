"""Readers the held-out event-gold tests share (the gold JSONL, the corpus CSV, code tables)."""
from __future__ import annotations

import csv
import json
import sys

#: codes whose GDELT and CAMEO-manual names disagree; the annotation standard does not use them
AMBIGUOUS = {"105", "106", "107", "108"}


def jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def csv_rows(path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def first_column(path) -> set[str]:
    with open(path, encoding="utf-8") as fh:
        return {line.split("\t")[0].strip() for line in fh if line.strip()}


def check_scored_on_limit(result: dict, name: str, limit: int) -> None:
    """`evaluate(..., limit=limit)` scored and reported the set `name` on `limit` sentences."""
    from dateline.eval.events import format_report

    part = result[name]
    assert part["sentences"] == limit
    assert len(part["details"]) == limit
    assert {"exact", "country", "root"} <= set(part["scores"])
    assert name in format_report(result)


def check_fully_scored(result: dict, name: str, records: list[dict]) -> None:
    """A full `evaluate` scored every sentence and gold triple of the set `name`."""
    part = result[name]
    assert part["sentences"] == len(records)
    assert part["gold_triples"] == sum(len(r["events"]) for r in records)
    assert all(0.0 <= part["scores"][level]["f1"] <= 1.0 for level in ("exact", "country", "root"))
