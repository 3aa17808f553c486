"""Stored records -> files: JSON Lines (the contract), CSV/Parquet tables, GDELT 2.0 TSV."""
from dateline.export.gdelt import write_gdelt
from dateline.export.jsonl import write_jsonl
from dateline.export.tables import ARTICLE_COLUMNS, EVENT_COLUMNS, write_csv, write_parquet

__all__ = ["ARTICLE_COLUMNS", "EVENT_COLUMNS", "write_csv", "write_gdelt", "write_jsonl", "write_parquet"]
