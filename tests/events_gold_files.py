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
