"""The cleaner's part of the record, as the golden files under tests/golden/ pin it.

Shared by the golden test and scripts/regen-goldens so both look at the same fields.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.clean.article import clean_document
from dateline.ingest.document import RawDocument
from dateline.ingest.text import decode_text

GOLDEN_FIELDS = (
    "headline", "published", "publisher", "byline", "credit", "contributors",
    "dateline", "links", "warnings", "text",
)


def golden_record(path: Path) -> dict[str, Any]:
    """Clean the sample at `path` and keep only the fields the cleaner is responsible for."""
    raw = RawDocument(text=decode_text(path.read_bytes(), path.name), format="text", origin=path.name)
    record = clean_document(raw).to_dict()
    return {key: record[key] for key in GOLDEN_FIELDS}
