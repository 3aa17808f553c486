"""The same pipeline on a Dask distributed cluster (or a LocalCluster with `address="local"`).

Each task is a chunk of inputs; `process_chunk` runs in a worker process, whose pipeline (and
spaCy model) is loaded once per worker by the lru_cache in `load_pipeline`. Workers need the
inputs at the same paths (a shared filesystem) or URLs. With `out_dir`, each chunk becomes one
Parquet partition written by the worker; records also come back to the client when asked for
(to load a database), in input order.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.scale.local import chunked
from dateline.scale.work import WorkResult, process_chunk


def _chunk_task(chunk: list[str], index: int, out_dir: str | None, keep_records: bool,
                published: str | None, fmt: str | None) -> list[WorkResult]:
    results = process_chunk(chunk, published=published, fmt=fmt)
    if out_dir is not None:
        from dateline.scale.parquet_parts import write_part

        write_part([rec for r in results for rec in r.records], out_dir, index)
    if not keep_records:
        for r in results:
            r.records = [{"id": rec["id"]} for rec in r.records]
    return results


def connect(address: str, *, n_workers: int = 2) -> Any:
    """A distributed Client for `address`, or for a new LocalCluster when address is "local"."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("Dask is not installed: pip install 'dateline[dask]'") from None
    if address == "local":
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    return Client(address)


def run_on_dask(args: Iterable[str], *, client: Any, out_dir: str | Path | None = None,
                keep_records: bool = True, published: str | None = None, fmt: str | None = None,
                chunk_size: int = 8, max_in_flight: int | None = None) -> Iterator[WorkResult]:
    """Yield WorkResults in input order; at most `max_in_flight` chunks are queued at once."""
    limit = max_in_flight or max(2, 2 * len(client.scheduler_info().get("workers", {})) or 4)
    out = str(Path(out_dir).resolve()) if out_dir is not None else None
    pending: deque[Any] = deque()
    for index, chunk in enumerate(chunked(args, chunk_size)):
        pending.append(client.submit(_chunk_task, chunk, index, out, keep_records, published, fmt,
                                     pure=False))
        if len(pending) >= limit:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
