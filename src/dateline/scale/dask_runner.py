"""The same pipeline on a Dask distributed cluster (or a LocalCluster with `address="local"`).

The client reads and cleans the inputs (so workers need no access to them: no shared
filesystem, no network) and submits chunks of cleaned articles. A worker annotates a chunk
with its process's pipeline (`work.worker_pipeline`: the spaCy model is loaded once per
worker process, on its first chunk) and, with an output folder, writes the chunk's contract
records as one Parquet partition `part-NNNNNN.parquet` (NNNNNN = chunk number in input
order, so reading the partitions in name order gives the input order). The output folder
must be reachable by every worker at the same path (a shared filesystem) or be an
fsspec URL pyarrow can write (s3://…).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dateline.errors import ConfigError
from dateline.model import Article
from dateline.scale.work import (
    Outcome,
    StageList,
    annotate_chunk,
    clean_one,
    restore_text,
    strip_text,
    worker_pipeline,
)


def dask_task(chunk: list[Any], index: int, out_dir: str | None, keep: bool,
              stages: StageList | None, clean: tuple[str | None, int] | None = None) -> list[Outcome]:
    """Runs on a Dask worker: (clean,) annotate, write the partition, send back what the
    client keeps. With `clean` = (published, min_words) the chunk holds RawDocuments."""
    if clean is not None:
        outcomes = _clean_and_annotate(chunk, *clean, stages)
    else:
        outcomes = annotate_chunk(worker_pipeline(stages), chunk)
    if out_dir is not None:
        from dateline.scale.parquet_parts import write_part

        write_part([o.article.to_dict() for o in outcomes if o.article is not None], out_dir, index)
    if not keep:  # Parquet only: the client just counts, so send back ids and errors
        return [Outcome(error=o.error) if o.article is None else Outcome(article=_id_only(o.article))
                for o in outcomes]
    return strip_text(outcomes)


def _clean_and_annotate(raws: list[Any], published: str | None, min_words: int,
                        stages: StageList | None) -> list[Outcome]:
    cleaned = [clean_one(raw, published=published, min_words=min_words) for raw in raws]
    arts = [a for a in cleaned if not isinstance(a, str)]
    done = iter(annotate_chunk(worker_pipeline(stages), arts))
    return [Outcome(error=a) if isinstance(a, str) else next(done) for a in cleaned]


def _id_only(art: Article) -> Article:
    from dateline.model import Source

    return Article(text="", source=Source(format=art.source.format), id=art.id,
                   pipeline_version=art.pipeline_version)


def connect(address: str, *, n_workers: int = 2) -> Any:
    """A distributed Client for `address`, or for a new LocalCluster when address is "local"
    (`n_workers` processes, one thread each: spaCy releases little of the GIL)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("--dask needs Dask: pip install 'dateline[dask]'") from None
    try:
        if address == "local":
            import logging

            # silence_logs: the nanny's shutdown chatter ("still alive after 4 s, killing") and a
            # worker's last heartbeat to a scheduler already closed (a CommClosedError traceback,
            # logged at ERROR now and then as the local cluster shuts down) are noise for a CLI
            # user; a task's own error still reaches the client through its future.
            cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.CRITICAL)
            return Client(cluster)
        return Client(address, timeout="30s")
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler {address}: {' '.join(str(exc).split())[:200]}") from None


class _Restored:
    def __init__(self, fut: Any, chunk: Sequence[Article]) -> None:
        self.fut, self.chunk = fut, chunk

    def result(self) -> list[Outcome]:
        return restore_text(self.fut.result(), [a for a in self.chunk if isinstance(a, Article)])

    def cancel(self) -> None:
        self.fut.cancel()

    def done(self) -> bool:
        return bool(self.fut.done())


class DaskRunner:
    """Chunks as Dask tasks; 2 chunks in flight per worker thread (memory bound).

    Parquet only (`out_dir` and not `keep`): nothing is stored, so nothing needs skipping,
    and the workers clean too (`cleans`): the client then only reads (about 0.1 ms of CPU
    per article instead of 4), so one client can feed hundreds of worker cores. `clean`
    = (published, min_words) for that case.
    """

    def __init__(self, client: Any, *, out_dir: str | None = None, keep: bool = True,
                 stages: StageList | None = None, own_client: bool = False,
                 clean: tuple[str | None, int] | None = None) -> None:
        self.client, self.out_dir, self.keep, self.stages = client, out_dir, keep, stages
        self.own_client = own_client
        self.clean = clean if (out_dir is not None and not keep) else None
        self.cleans = self.clean is not None
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values())
        self.slots = max(2, 2 * threads)
        self._index = 0

    def submit(self, chunk: Sequence[Article]) -> _Restored:
        fut = self.client.submit(dask_task, list(chunk), self._index, self.out_dir, self.keep, self.stages,
                                 self.clean, pure=False)
        self._index += 1
        return _Restored(fut, chunk)

    def close(self, *, cancel: bool = False) -> None:
        if self.own_client:
            cluster = getattr(self.client, "cluster", None)
            self.client.close()
            if cluster is not None:
                cluster.close()
