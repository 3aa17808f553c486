"""Ingest: a path, URL, bytes, feed or archive in -> RawDocument(s) out, one per article."""
from dateline.ingest.document import RawDocument
from dateline.ingest.sources import read_source, iter_sources

__all__ = ["RawDocument", "read_source", "iter_sources"]
