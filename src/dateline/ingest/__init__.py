"""Ingest: a path, URL, bytes, feed or archive in -> RawDocument(s) out, one per article.

Readers (one module each, registered in `sources.READERS`): text, html, pdf, feed, warc,
gzip (compressed.py). Limits for hostile input: `limits.Limits`. Formats: docs/inputs.md.
"""
from dateline.ingest.document import RawDocument
from dateline.ingest.limits import Limits
from dateline.ingest.sniff import sniff_format
from dateline.ingest.sources import iter_sources, read_arg, read_bytes, read_source

__all__ = ["RawDocument", "Limits", "read_source", "read_bytes", "read_arg", "iter_sources", "sniff_format"]
