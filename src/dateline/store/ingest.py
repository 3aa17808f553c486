"""Inputs -> pipeline -> store, one transaction per chunk, failures recorded not raised.

Streaming and parallel: this process reads and cleans the inputs (cheap), skips what the
current pipeline version already stored, and hands chunks of cleaned articles to a runner
(`dateline.scale`: in-process, a process pool with one spaCy model per process, or a Dask
cluster). Results come back in input order and are stored one transaction per chunk.
Memory is bounded whatever the corpus size: inputs are pulled lazily, at most
`runner.slots` chunks are in flight, and at most READ_AHEAD cleaned articles wait (read
and cleaned while this process would otherwise wait for a worker).

Re-running an ingest is cheap and safe: an input whose cleaned text is already stored by
the current pipeline version is recognised after cleaning, before the (slow) NLP, and
counted as unchanged. After a crash (even SIGKILL) the same command finishes the job.
"""
from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from dateline.errors import DatelineError
from dateline.ingest.document import RawDocument
from dateline.model import Article
from dateline.store.results import PutResult
from dateline.store.store import Store

#: cleaned articles sent to a worker at once (spaCy batches them; IPC is per chunk). 32
#: measured about 1 ms less CPU per article than 16 on Reuters (docs/performance.md).
BATCH = 32
#: a body with fewer words than this is "no article text" (a stub, an error page).
MIN_WORDS = 20


@dataclass
class Failure:
    """One input that was not stored, with its one-line reason."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return self.reason if self.reason.startswith(self.origin) else f"{self.origin}: {self.reason}"


@dataclass
class IngestReport:
    stored: int = 0
    replaced: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    interrupted: bool = False  # Ctrl-C: what was stored stays stored; run again to finish
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def done(self) -> int:
        return self.stored + self.replaced + self.unchanged + self.failed

    @property
    def rate(self) -> float:
        """Articles (stored, replaced, unchanged or failed) per second."""
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (f"stored {self.stored}, replaced {self.replaced}, unchanged {self.unchanged}, "
                f"failed {self.failed} in {self.seconds:.1f} s ({self.rate:.1f} articles/s)")


class _Stop(Exception):
    """--fail-fast: the first failure ends the run."""


Listener = Callable[[str, "PutResult | Failure"], None]


def ingest(store: Store | None, args: Iterable[str], *, pipeline: Any = None, input_format: str | None = None,
           published: str | None = None, min_words: int = MIN_WORDS, fail_fast: bool = False,
           on_result: Listener | None = None, workers: int = 1, runner: Any = None,
           chunk_size: int = BATCH) -> IngestReport:
    """Read every input in `args` (paths, folders, globs, URLs, '-'), run the pipeline and
    store each article. Never raises for a bad input: it becomes a Failure in the report.

    `workers` > 1 annotates in that many processes (each loads its own model and rebuilds
    `pipeline`'s stages; `pipeline.nlp` itself stays here). `runner` (see scale/local.py)
    overrides both, e.g. a `DaskRunner`. `store=None` stores nothing (a runner writing
    Parquet); the articles then count as stored.
    """
    from dateline.scale.local import make_runner
    from dateline.scale.work import stages_of

    t0 = time.perf_counter()
    run = _Run(store, published, min_words, fail_fast, on_result)
    own = runner is None
    try:
        if own:
            runner = make_runner(workers, pipeline, stages_of(pipeline))
        run.drive(runner, _read_all(args, input_format, run.fail), chunk_size)
    except _Stop:
        pass
    except KeyboardInterrupt:  # the chunk being written is rolled back, the others stay
        run.report.interrupted = True
    finally:
        if own and runner is not None:
            try:
                runner.close(cancel=True)
            except KeyboardInterrupt:  # a second Ctrl-C while workers wind down
                run.report.interrupted = True
        run.report.seconds = time.perf_counter() - t0
    return run.report


def _read_all(args: Iterable[str], fmt: str | None, fail: Callable[[Failure], None]) -> Iterator[RawDocument]:
    from dateline.ingest.sources import read_arg
    from dateline.scale.inputs import iter_paths

    for arg in args:
        paths = iter_paths(arg)
        while True:
            try:
                path = next(paths)
            except StopIteration:
                break
            except DatelineError as exc:
                fail(Failure(arg, str(exc)))
                break
            try:
                yield from read_arg(path, fmt=fmt)
            except DatelineError as exc:
                fail(Failure(path, str(exc)))
            except Exception as exc:  # a reader bug must not end a batch of thousands
                fail(Failure(path, f"could not read ({type(exc).__name__}: {_one_line(exc)})"))


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


class _Run:
    def __init__(self, store: Store | None, published: str | None, min_words: int, fail_fast: bool,
                 on_result: Listener | None) -> None:
        from dateline.pipeline import PIPELINE_VERSION

        self.store, self.published = store, published
        self.min_words, self.fail_fast, self.on_result = min_words, fail_fast, on_result
        self.version = PIPELINE_VERSION
        self.report = IngestReport()

    def fail(self, failure: Failure) -> None:
        self.report.failures.append(failure)
        if self.on_result:
            self.on_result(failure.origin, failure)
        if self.fail_fast:
            raise _Stop

    def done(self, origin: str, result: PutResult) -> None:
        attr = {PutResult.STORED: "stored", PutResult.REPLACED: "replaced", PutResult.UNCHANGED: "unchanged"}
        setattr(self.report, attr[result], getattr(self.report, attr[result]) + 1)
        if self.on_result:
            self.on_result(origin, result)

    def fresh(self, raws: Iterator[RawDocument], group: int = BATCH) -> Iterator[_Item]:
        """Clean each input; drop those already stored by this pipeline version (cleaning is
        cheap, NLP is not). The stored versions are looked up `group` articles per query."""
        from dateline.scale.local import chunked

        for batch in chunked(self._cleaned(raws), group):
            stored = self.store.versions_of([it.article.id for it in batch]) if self.store is not None else {}
            for it in batch:
                if stored.get(it.article.id) == self.version:
                    self.done(it.origin, PutResult.UNCHANGED)
                else:
                    yield it

    def _cleaned(self, raws: Iterator[RawDocument]) -> Iterator[_Item]:
        from dateline.scale.work import clean_one

        for raw in raws:
            art = clean_one(raw, published=self.published, min_words=self.min_words)
            if isinstance(art, str):
                self.fail(Failure(raw.origin, art))
            else:
                yield _Item(raw.origin, art)

    def drive(self, runner: Any, raws: Iterator[RawDocument], chunk_size: int) -> None:
        """Submit chunks while fewer than `runner.slots` are in flight; collect the oldest
        first, so articles are stored in input order."""
        pending: deque[tuple[list[_Item], Any]] = deque()
        if getattr(runner, "cleans", False):  # raw documents go out; the runner cleans (Parquet only)
            items: Iterator[_Item] = (_Item(raw.origin, raw) for raw in raws)
        else:
            items = self.fresh(raws, chunk_size)
        ahead = ReadAhead(items, READ_AHEAD, max_size=READ_AHEAD_CHARS, size=_text_size)
        try:
            for chunk in _chunks(ahead, chunk_size, tail=runner.slots * chunk_size):
                while not _ready(runner) and ahead.fill():
                    pass  # the workers are still starting: read and clean ahead meanwhile
                pending.append((chunk, runner.submit([it.article for it in chunk])))
                while len(pending) >= runner.slots:
                    oldest = pending[0][1]
                    # waiting for a worker: read and clean ahead meanwhile (at start-up the
                    # workers are still loading their model; later this work would compete
                    # with them for the cores)
                    while not _done(oldest) and ahead.fill():
                        pass
                    self.collect(*pending.popleft())
            while pending:
                self.collect(*pending.popleft())
        finally:
            for _, fut in pending:  # stopped early: what was not started never starts
                cancel = getattr(fut, "cancel", None)
                if cancel is not None:
                    cancel()

    def collect(self, chunk: list[_Item], fut: Any) -> None:
        try:
            outcomes = fut.result()
        except (_Stop, KeyboardInterrupt):
            raise
        except Exception as exc:  # the worker itself died (killed, out of memory) or was lost
            for it in chunk:
                self.fail(Failure(it.origin, f"worker failed ({type(exc).__name__}: {_one_line(exc)})"))
            return
        kept: list[tuple[str, Article]] = []
        failed: list[Failure] = []
        for it, out in zip(chunk, outcomes):
            if out.article is None:
                failed.append(Failure(it.origin, out.error or "pipeline error"))
            else:
                kept.append((it.origin, out.article))
        # what the chunk did get right is stored and counted before its failures are
        # reported (with --fail-fast the first report ends the run)
        failed += self.keep(kept)
        for failure in failed:
            self.fail(failure)

    def keep(self, kept: list[tuple[str, Article]]) -> list[Failure]:
        """Store a chunk's articles in one transaction (Store.put_many), in input order;
        the ones the store refused come back as failures."""
        if self.store is None:  # written by the runner (Parquet)
            for origin, _ in kept:
                self.done(origin, PutResult.STORED)
            return []
        results = self.store.put_many([article for _, article in kept]) if kept else []
        refused = []
        for (origin, _), result in zip(kept, results):
            if isinstance(result, DatelineError):
                refused.append(Failure(origin, str(result)))
            else:
                self.done(origin, result)
        return refused


#: cleaned articles the parent may hold ahead of the chunks in flight, and their total
#: characters (the memory bound whatever the articles' size). At start-up, while the
#: workers load the model (2 s), the parent can clean about a thousand news articles.
READ_AHEAD = 1024
READ_AHEAD_CHARS = 8_000_000


def _chunks(ahead: "ReadAhead", size: int, *, tail: int) -> Iterator[list[Any]]:
    """Chunks of `size`, except at the very end: once the input is read to its end and no
    more than `tail` articles are left, chunks of a quarter of `size`, so that the workers
    finish together instead of one of them idling while the other runs a whole last chunk."""
    small = max(1, size // 4)
    while True:
        n = small if ahead.ended and len(ahead) <= tail else size
        chunk = list(itertools.islice(ahead, n))
        if not chunk:
            return
        yield chunk


def _text_size(item: Any) -> int:
    return len(getattr(item.article, "text", "") or "")


def _ready(runner: Any) -> bool:
    """Whether the runner can take work without making the caller wait for it to start."""
    ready = getattr(runner, "ready", None)
    return True if ready is None else bool(ready())


def _done(fut: Any) -> bool:
    """Whether a runner's future has its result (futures without `done` are always done)."""
    done = getattr(fut, "done", None)
    return True if done is None else bool(done())


class ReadAhead(Iterator[Any]):
    """An iterator that can be asked to pull items early (`fill`), up to `limit` held.

    The parent uses the time it would spend waiting for a worker to read and clean the
    next inputs, so that the work is done when a core is idle rather than later, when the
    workers need both cores."""

    def __init__(self, items: Iterable[Any], limit: int, *, max_size: int | None = None,
                 size: Callable[[Any], int] = lambda _: 0) -> None:
        self._it, self._held, self.limit = iter(items), deque[Any](), limit
        self.max_size, self._size, self._held_size = max_size, size, 0
        self._ended = False

    @property
    def ended(self) -> bool:
        """Whether the underlying input is read to its end (what is held is all that is left)."""
        return self._ended

    def __len__(self) -> int:
        return len(self._held)

    def fill(self) -> bool:
        """Pull one more item into the buffer; False when full or at the end."""
        if self._ended or len(self._held) >= self.limit:
            return False
        if self.max_size is not None and self._held_size >= self.max_size:
            return False
        try:
            item = next(self._it)
        except StopIteration:
            self._ended = True
            return False
        self._held.append(item)
        self._held_size += self._size(item)
        return True

    def __next__(self) -> Any:
        if self._held:
            item = self._held.popleft()
            self._held_size -= self._size(item)
            return item
        if self._ended:
            raise StopIteration
        return next(self._it)


@dataclass
class _Item:
    origin: str
    article: Article  # or the RawDocument itself, for a runner that cleans
