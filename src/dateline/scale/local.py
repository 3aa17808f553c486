"""Runners: where chunks of cleaned articles get annotated.

Every runner has `submit(chunk) -> future` (anything with `.result()`), `slots` (how many
chunks may be in flight at once: the memory bound) and `close()`. The caller
(`store.ingest`) keeps futures in a FIFO, so results come back in input order.

- `InProcess`: this process, the caller's pipeline object (`--workers 1`).
- `ProcessPool`: a forkserver process pool, one spaCy model per process, loaded once in the
  forkserver and inherited by every worker it forks (scale/preload.py).
- `dask_runner.DaskRunner`: a Dask distributed cluster.
"""
from __future__ import annotations

import gc
import itertools
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from dateline.model import Article
from dateline.scale.work import Outcome, StageList, annotate_chunk, restore_text, strip_text, worker_pipeline

T = TypeVar("T")

#: BLAS/OpenMP thread pools: one thread per worker process, or N workers fight over N cores.
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items, pulled lazily: never more than one chunk read ahead."""
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class _Ready:
    """A finished 'future' for the in-process runner."""

    def __init__(self, value: list[Outcome]) -> None:
        self.value = value

    def result(self) -> list[Outcome]:
        return self.value


class InProcess:
    """Annotate in the calling process with the caller's pipeline (no pickling at all)."""

    slots = 1

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline

    def submit(self, chunk: Sequence[Article]) -> _Ready:
        return _Ready(annotate_chunk(self.pipeline, chunk))

    def close(self, *, cancel: bool = False) -> None:
        pass


# -- the process pool -------------------------------------------------------------------------

_STAGES: StageList | None = None

#: The workers' garbage-collector thresholds. spaCy and the stages allocate tens of thousands
#: of container objects per article (Tokens, Spans, the records), so with Python's default
#: (700) the young generation was collected every few hundred words and the older ones
#: often; a larger first threshold makes those collections rare. Measured on 320 Reuters
#: articles in one process, chunks alternating between the two settings: 40.7 -> 39.8 and
#: 39.9 -> 38.5 ms CPU per article (spaCy included). The output cannot change; memory grows
#: by at most that many uncollected objects between collections.
WORKER_GC_THRESHOLD = (10_000, 10, 10)


def tune_gc() -> None:
    """Set this (worker) process's collector thresholds to WORKER_GC_THRESHOLD."""
    gc.set_threshold(*WORKER_GC_THRESHOLD)


def _init_worker(stages: StageList | None, parent: int) -> None:
    """Pool initializer: load the model once per process, before the first chunk.

    Ctrl-C is the parent's business (it stops submitting, keeps what is stored and
    prints the summary); a worker whose parent died (kill -9) exits instead of waiting
    forever for work that will never come.
    """
    global _STAGES
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STAGES = stages
    tune_gc()
    worker_pipeline(stages)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # pragma: no cover - pid reused by another user's process
            os._exit(1)


def _pool_task(chunk: list[Article]) -> list[Outcome]:
    return strip_text(annotate_chunk(worker_pipeline(_STAGES), chunk))


class _Restored:
    """A pool future whose result gets the texts back that the worker did not return."""

    def __init__(self, fut: Future[list[Outcome]], chunk: Sequence[Article]) -> None:
        self.fut, self.chunk = fut, chunk

    def result(self) -> list[Outcome]:
        return restore_text(self.fut.result(), self.chunk)

    def cancel(self) -> bool:
        return self.fut.cancel()

    def done(self) -> bool:
        return self.fut.done()


def start_forkserver() -> Any:
    """Start this process's forkserver (if it is not running yet) and return its context.

    forkserver: clean workers, without the parent's threads or open database handles. It
    loads the model once and forks every worker from that (scale/preload.py); started early
    (the ingest command does, before it opens the store), the load overlaps the parent's own
    set-up. A forkserver already running without the preload keeps working: its workers then
    load the model themselves, as before."""
    from multiprocessing import forkserver

    for name in _ONE_THREAD:  # read by the forkserver's BLAS when it loads the model
        os.environ.setdefault(name, "1")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["dateline.scale.preload"])
    forkserver.ensure_running()
    return ctx


class ProcessPool:
    """`workers` processes, each with its own model; at most 2 chunks per worker in flight
    (one running, one queued, so no worker waits for the parent between chunks)."""

    def __init__(self, workers: int, stages: StageList | None = None) -> None:
        _require_model()
        self.workers, self.stages = workers, stages
        self.slots = 2 * workers
        self._pool = self._start()
        # The first submit blocks until the forkserver has loaded the model and forked the
        # workers (seconds). A thread takes that wait, so the caller can read and clean ahead
        # meanwhile (see `ready`).
        self._ready = threading.Event()
        threading.Thread(target=self._spawn, name="dateline-pool-start", daemon=True).start()

    def _spawn(self) -> None:
        try:
            self._pool.submit(os.getpid).result()
        except Exception:  # noqa: BLE001 - a broken start shows on the first real chunk
            pass
        finally:
            self._ready.set()

    def ready(self) -> bool:
        """Whether the workers are up (a submit now would not wait for them to start)."""
        return self._ready.is_set()

    def _start(self) -> ProcessPoolExecutor:
        ctx = start_forkserver()
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=_init_worker,
                                   initargs=(self.stages, os.getpid()))

    def submit(self, chunk: Sequence[Article]) -> _Restored:
        try:
            fut = self._pool.submit(_pool_task, list(chunk))
        except BrokenProcessPool:  # a worker died (killed, out of memory): start afresh
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            fut = self._pool.submit(_pool_task, list(chunk))
        return _Restored(fut, chunk)

    def close(self, *, cancel: bool = False) -> None:
        self._pool.shutdown(wait=True, cancel_futures=cancel)


def _require_model() -> None:
    """Fail here, in one line, when the model is missing: in a worker's initializer the same
    error would only break the pool, chunk after chunk."""
    import importlib.util

    from dateline.errors import ConfigError
    from dateline.nlp import MODEL_NAME

    if importlib.util.find_spec(MODEL_NAME) is None:
        raise ConfigError(f"spaCy model {MODEL_NAME} is not installed; run scripts/setup "
                          "(it installs requirements/model.txt)")


def make_runner(workers: int, pipeline: Any = None, stages: StageList | None = None) -> Any:
    """`InProcess` for one worker, else a `ProcessPool` of `workers` processes."""
    if workers <= 1:
        if pipeline is None:
            pipeline = worker_pipeline(stages)
        return InProcess(pipeline)
    return ProcessPool(workers, stages)
