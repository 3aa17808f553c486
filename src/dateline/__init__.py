"""dateline: reads news the way an analyst does.

Public API: `extract()`, `load_pipeline()`, `Article` and the `DatelineError` tree.
"""
from __future__ import annotations

__version__ = "0.1.0"

from dateline.api import extract, load_pipeline  # noqa: E402
from dateline.errors import DatelineError  # noqa: E402
from dateline.model import Article  # noqa: E402

__all__ = ["extract", "load_pipeline", "Article", "DatelineError", "__version__"]
