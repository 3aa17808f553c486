"""Inputs -> pipeline -> store, one article per transaction, failures recorded not raised.

Re-running an ingest is cheap and safe: an input whose cleaned text is already stored by
the current pipeline version is recognised after cleaning, before the (slow) NLP, and
counted as unchanged. After a crash (even SIGKILL) the same command finishes the job.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dateline.errors import DatelineError
from dateline.ingest.document import RawDocument
from dateline.model import Article
from dateline.store.results import PutResult
from dateline.store.store import Store

#: inputs handed to the pipeline at once (spaCy batches them).
BATCH = 16
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

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        return (f"stored {self.stored}, replaced {self.replaced}, unchanged {self.unchanged}, "
                f"failed {self.failed}")


class _Stop(Exception):
    """--fail-fast: the first failure ends the run."""


Listener = Callable[[str, "PutResult | Failure"], None]


def ingest(store: Store, args: Iterable[str], *, pipeline: Any = None, input_format: str | None = None,
           published: str | None = None, min_words: int = MIN_WORDS, fail_fast: bool = False,
           on_result: Listener | None = None) -> IngestReport:
    """Read every input in `args` (paths, folders, globs, URLs, '-'), run the pipeline and
    store each article. Never raises for a bad input: it becomes a Failure in the report."""
    if pipeline is None:
        from dateline.api import load_pipeline

        pipeline = load_pipeline()
    run = _Run(store, pipeline, published, min_words, fail_fast, on_result)
    try:
        raws = run.fresh(_read_all(args, input_format, run.fail))
        while chunk := list(islice(raws, BATCH)):
            run.process(chunk)
    except _Stop:
        pass
    except KeyboardInterrupt:  # the article being written is rolled back, the others stay
        run.report.interrupted = True
    return run.report


def _read_all(args: Iterable[str], fmt: str | None, fail: Callable[[Failure], None]) -> Iterator[RawDocument]:
    from dateline.ingest.sources import iter_sources, read_arg

    for arg in args:
        try:
            paths = list(iter_sources([arg]))
        except DatelineError as exc:
            fail(Failure(arg, str(exc)))
            continue
        for path in paths:
            try:
                yield from read_arg(path, fmt=fmt)
            except DatelineError as exc:
                fail(Failure(path, str(exc)))
            except Exception as exc:  # a reader bug must not end a batch of thousands
                fail(Failure(path, f"could not read ({type(exc).__name__}: {_one_line(exc)})"))


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


class _Run:
    def __init__(self, store: Store, pipeline: Any, published: str | None, min_words: int, fail_fast: bool,
                 on_result: Listener | None) -> None:
        from dateline.pipeline import PIPELINE_VERSION

        self.store, self.pipeline, self.published = store, pipeline, published
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

    def fresh(self, raws: Iterator[RawDocument]) -> Iterator[RawDocument]:
        """Drop inputs already stored by this pipeline version (cleaning is cheap, NLP is not)."""
        from dateline.clean import clean_document

        for raw in raws:
            try:
                art = clean_document(raw, published=self.published)
            except DatelineError as exc:
                self.fail(Failure(raw.origin, str(exc)))
                continue
            except Exception as exc:
                self.fail(Failure(raw.origin, f"could not clean ({type(exc).__name__}: {_one_line(exc)})"))
                continue
            words = len(art.text.split())
            if words < self.min_words:
                self.fail(Failure(raw.origin, f"no article text: {words} words, fewer than {self.min_words}"))
            elif self.store.version_of(art.id) == self.version:
                self.done(raw.origin, PutResult.UNCHANGED)
            else:
                yield raw

    def process(self, chunk: list[RawDocument]) -> None:
        """Run the pipeline over a chunk; if a stage crashes, redo the rest one by one so
        only the input that triggers the bug fails."""
        done = 0
        try:
            for raw, item in zip(chunk, self.pipeline.pipe(chunk, published=self.published, on_error="skip")):
                self.keep(raw, item)
                done += 1
        except _Stop:
            raise
        except Exception:
            for raw in chunk[done:]:
                self.one(raw)

    def one(self, raw: RawDocument) -> None:
        try:
            item = next(iter(self.pipeline.pipe([raw], published=self.published, on_error="skip")))
        except _Stop:
            raise
        except Exception as exc:
            self.fail(Failure(raw.origin, f"pipeline error ({type(exc).__name__}: {_one_line(exc)})"))
            return
        self.keep(raw, item)

    def keep(self, raw: RawDocument, item: Any) -> None:
        if not isinstance(item, Article):  # the pipeline's own Failure(origin, message)
            self.fail(Failure(item.origin, item.message))
            return
        try:
            self.done(raw.origin, self.store.put(item))
        except DatelineError as exc:
            self.fail(Failure(raw.origin, str(exc)))
