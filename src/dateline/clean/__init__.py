"""Clean: RawDocument -> Article (clean body text + metadata); `text` is frozen from here on."""
from dateline.clean.article import clean_document

__all__ = ["clean_document"]
