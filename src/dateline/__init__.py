"""dateline: reads news the way an analyst does.

Public API: `extract()`, `load_pipeline()`, `Article` and the `DatelineError` tree.
"""
from __future__ import annotations

__version__ = "0.1.0"

# Import the extract/ stage package first: importing a submodule later (the pipeline loads
# dateline.extract.quotes lazily) would otherwise rebind `dateline.extract` to the package
# and shadow the extract() function below.
import dateline.extract as _extract_stages  # noqa: E402,F401
from dateline.api import extract, load_pipeline  # noqa: E402
from dateline.errors import DatelineError  # noqa: E402
from dateline.model import Article  # noqa: E402

__all__ = ["extract", "load_pipeline", "Article", "DatelineError", "__version__"]
