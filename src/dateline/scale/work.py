"""The unit of work every runner (in-process, process pool, Dask worker) executes.

A work item is a small chunk of input arguments (paths or URLs). A worker reads them, runs the
pipeline over all their articles in one batched `nlp.pipe` and returns plain dicts, which
pickle cheaply between processes. Chunks amortise inter-process traffic and let spaCy batch.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dateline.errors import DatelineError


@dataclass
class WorkResult:
    """What one input gave: contract records, or the one-line reason it failed."""

    origin: str
    records: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


def process_chunk(args: list[str], *, published: str | None = None, fmt: str | None = None,
                  batch_size: int = 32) -> list[WorkResult]:
    """Read each input and extract every article in it with this process's pipeline."""
    from dateline.ingest.sources import read_arg

    results = [WorkResult(origin=arg) for arg in args]
    raws, owners = [], []
    for i, arg in enumerate(args):
        try:
            for raw in read_arg(arg, fmt=fmt):
                raws.append(raw)
                owners.append(i)
        except DatelineError as exc:
            results[i].error = str(exc)
    _run(raws, owners, results, published=published, batch_size=batch_size)
    return results


def process_texts(items: list[tuple[str, str]], *, published: str | None = None,
                  batch_size: int = 32) -> list[WorkResult]:
    """Extract from in-memory (origin, text) pairs: how benchmarks and corpora feed workers."""
    from dateline.ingest.document import RawDocument

    results = [WorkResult(origin=origin) for origin, _ in items]
    raws = [RawDocument(text=text, format="text", origin=origin) for origin, text in items]
    _run(raws, list(range(len(raws))), results, published=published, batch_size=batch_size)
    return results


def _run(raws: list, owners: list[int], results: list[WorkResult], *, published: str | None,
         batch_size: int) -> None:
    from dateline.api import load_pipeline
    from dateline.pipeline import Failure

    items = load_pipeline().pipe(raws, published=published, batch_size=batch_size, on_error="skip")
    for owner, item in zip(owners, items):
        if isinstance(item, Failure):
            results[owner].error = results[owner].error or item.message
        else:
            results[owner].records.append(item.to_dict())
