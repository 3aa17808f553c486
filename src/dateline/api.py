"""The library's front door: `extract()` one article from text, bytes or a path."""
from __future__ import annotations

import datetime as dt
import functools
import os

from dateline.errors import ConfigError
from dateline.ingest.sources import read_source
from dateline.model import Article


@functools.lru_cache(maxsize=1)
def load_pipeline():  # -> Pipeline (import kept lazy: spaCy is slow to import)
    """The process-wide pipeline, model loaded once."""
    from dateline.pipeline import Pipeline

    return Pipeline()


def extract(
    source: str | bytes | os.PathLike[str],
    *,
    published: str | dt.date | None = None,
    format: str | None = None,
) -> Article:
    """Extract the first article of `source` (text, bytes or a path).

    `published` supplies or overrides the publication date that time expressions are
    resolved against; `format` forces a reader ("text", "html", "pdf", "feed", "warc").
    """
    pub = _iso_date(published)
    raws = read_source(source, fmt=format)
    raw = next(iter(raws), None)
    if raw is None:
        from dateline.errors import NoArticleError

        raise NoArticleError("no article found in the input", source=_label(source))
    return load_pipeline().process(raw, published=pub)


def _iso_date(value: str | dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat() if len(str(value)) <= 10 else \
            dt.datetime.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ConfigError(f"published must be an ISO date such as 2018-04-10, not {value!r}") from None


def _label(source: object) -> str:
    return os.fspath(source) if isinstance(source, os.PathLike) else "<input>"
