"""JSON Lines: one contract record (Article.to_dict()) per line, UTF-8, nothing added."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write each record on its own line; returns how many were written."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
