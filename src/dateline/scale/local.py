"""All cores of one machine: a process pool, one spaCy model per process, bounded memory.

Memory stays bounded whatever the corpus size: inputs are consumed lazily in chunks and at
most `workers * 2` chunks are in flight. Results come back in input order, so the caller
can write them to the database as a stream.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from dateline.scale.work import WorkResult, process_chunk

T = TypeVar("T")


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _warm_up() -> None:
    """Pool initializer: load the model once per worker process, before the first input."""
    from dateline.api import load_pipeline

    load_pipeline()


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def run_chunks(chunks: Iterable[list[T]], fn: Callable[..., list[WorkResult]], *, workers: int,
               **kwargs: object) -> Iterator[WorkResult]:
    """Apply `fn(chunk, **kwargs)` to every chunk on `workers` processes, yielding in order."""
    if workers <= 1:
        for chunk in chunks:
            yield from fn(chunk, **kwargs)
        return
    # forkserver: clean workers, without the parent's threads or open database handles.
    ctx = mp.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm_up) as pool:
        pending: deque[Future[list[WorkResult]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(fn, chunk, **kwargs))
            if len(pending) >= workers * 2:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def process_parallel(args: Iterable[str], *, workers: int | None = None, published: str | None = None,
                     fmt: str | None = None, chunk_size: int = 8) -> Iterator[WorkResult]:
    """Yield one WorkResult per input argument, in input order, using `workers` processes."""
    return run_chunks(chunked(args, chunk_size), process_chunk, workers=workers or default_workers(),
                      published=published, fmt=fmt)
