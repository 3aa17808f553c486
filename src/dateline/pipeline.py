"""The pipeline: ingest -> clean -> NLP -> resolve -> events, as named stages run in order.

A stage is a pure function `stage(doc, article) -> list[...]` that reads the spaCy Doc of
`article.text` and what earlier stages put on the article, and returns its own spans; the
pipeline stores them on the article under the stage's name. Stages never edit `text`.

Two limits guard a batch against one pathological article (docs/reliability.md):
- `max_article_chars`: a longer cleaned text is cut at a paragraph break before spaCy sees
  it, with a warning in `article.warnings` (so spaCy's own max_length is never reached);
- `max_article_seconds`: cleaning + NLP + stages of one article run under a timer; past it
  the article fails with a one-line LimitError naming the input and the batch goes on.
Both come from `dateline.ingest.limits.Limits` (env vars DATELINE_MAX_ARTICLE_CHARS,
DATELINE_MAX_ARTICLE_SECONDS) unless a Pipeline is given its own.
"""
from __future__ import annotations

import ctypes
import hashlib
import dataclasses
import importlib
import logging
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from dateline import __version__
from dateline.clean import clean_document
from dateline.errors import DatelineError, LimitError
from dateline.ingest.document import RawDocument
from dateline.ingest.limits import Limits, current_limits
from dateline.model import Article, article_id, check_offsets
from dateline.nlp import keep_text, load_nlp
from dateline.wire_datelines import opening_place

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: (article field, "module:function"), in the order they run.
STAGES: list[tuple[str, str]] = [
    ("entities", "dateline.resolve.entities:resolve_entities"),
    ("timexes", "dateline.resolve.time:find_timexes"),
    ("quotes", "dateline.extraction.quotes:find_quotes"),
    ("events", "dateline.events:code_events"),
]

#: The I/O edges: what they change never changes a stored record's facts.
_EDGE_PACKAGES = frozenset({"cli", "serve", "store", "export", "ingest", "scale", "eval"})


def rules_fingerprint(root: Path | None = None) -> str:
    """A short hash of every code and data file the cleaning and NLP stages read.

    Why not a number bumped by hand: the rule tables and modules change many times a session,
    and a forgotten bump leaves stored articles coded by old rules for good (ingest skips an
    article stored under the same version). Hashing the files makes any change to cleaning,
    resolution or coding re-process what is stored; changes to the CLI, API, store or exports
    (the I/O edges) do not."""
    root = root or Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=6)
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or rel.parts[0] in _EDGE_PACKAGES or "__pycache__" in rel.parts \
                or path.suffix in (".pyc", ".pyo"):
            continue
        digest.update(rel.as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


#: Changes whenever a stage's output can change (the rules' fingerprint), so stored articles
#: get re-processed.
PIPELINE_VERSION = f"{__version__}+{rules_fingerprint()}"


@dataclass
class Failure:
    """One input that could not be processed, with the one-line reason."""

    origin: str
    message: str


def _load_stage(ref: str) -> Callable[["Doc", Article], list[Any]]:
    mod, _, fn = ref.partition(":")
    return getattr(importlib.import_module(mod), fn)


class Pipeline:
    """Runs the stages over raw documents; one spaCy model per process."""

    def __init__(self, nlp: Any | None = None, stages: list[tuple[str, str]] | None = None,
                 limits: Limits | None = None) -> None:
        self.nlp = nlp or load_nlp()
        self.stages = [(name, _load_stage(ref)) for name, ref in (stages or STAGES)]
        self._limits = limits  # None: read the environment at each call (cheap, testable)

    @property
    def limits(self) -> Limits:
        return self._limits or current_limits()

    def process(self, raw: RawDocument, *, published: str | None = None) -> Article:
        """Clean, analyse and annotate one document, within the per-article limits."""
        limits = self.limits
        with article_time_limit(limits.max_article_seconds, raw.origin):
            article = self.prepare(raw, published=published, limits=limits)
            return self.annotate(article, self.nlp(article.text))

    def analyse(self, article: Article, *, origin: str | None = None) -> Article:
        """NLP + stages for an article cleaned elsewhere (a parallel runner cleans in the main
        process and annotates in workers), under the same two limits as `process`."""
        limits = self.limits
        label = origin or article.source.path or article.source.url or article.id
        with article_time_limit(limits.max_article_seconds, label):
            cap_text(article, min(limits.max_article_chars, self.nlp.max_length))
            return self.annotate(article, self.nlp(article.text))

    def prepare(self, raw: RawDocument, *, published: str | None = None, limits: Limits | None = None) -> Article:
        """Clean one document and cut its text to what spaCy may be given."""
        return prepare_document(raw, published=published, limits=limits or self.limits,
                                max_length=self.nlp.max_length)

    def annotate(self, article: Article, doc: "Doc") -> Article:
        keep_text(doc, article.text)
        if article.dateline is None:  # conflict31: a bare wire text still opens with its dateline
            article.dateline = opening_place(article.text)
        for name, stage in self.stages:
            setattr(article, name, stage(doc, article))
        article.pipeline_version = PIPELINE_VERSION
        problems = check_offsets(article)
        if problems:  # a bug in a stage, never the input's fault: fail loudly
            raise AssertionError("; ".join(problems[:5]))
        return article

    def pipe(
        self,
        raws: Iterable[RawDocument],
        *,
        published: str | None = None,
        batch_size: int = 16,
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Iterator[Article | Failure]:
        """Stream articles (or Failures when on_error="skip") in input order.

        Each article runs alone under its own time limit: with the small CPU model spaCy's
        batching bought nothing measurable (64 articles: 23.0 s piped, 22.5 s one by one), and
        one by one is what lets a timeout name the article and spare the rest. `batch_size`
        is kept for callers; it no longer changes the result or the speed.
        """
        for raw in raws:
            try:
                yield self.process(raw, published=published)
            except DatelineError as exc:
                if on_error == "raise":
                    raise
                yield Failure(raw.origin, str(exc))


def prepare_document(raw: RawDocument, *, published: str | None = None, limits: Limits | None = None,
                     max_length: int = 1_000_000) -> Article:
    """Clean one document and cut its text to what spaCy may be given (`max_length`).

    A raw text far over the limit is cut before cleaning too (at twice the limit, since
    cleaning drops furniture and links): the cleaner's own cost grows with the input.
    Needs no model, so a parallel runner's main process cleans with it.
    """
    limit = min((limits or current_limits()).max_article_chars, max_length)
    raw_len = len(raw.text or "")
    if raw_len > 2 * limit:
        raw = dataclasses.replace(raw, text=raw.text[:_cut_point(raw.text, 2 * limit)])
    article = clean_document(raw, published=published)
    return cap_text(article, limit, raw_len=raw_len if raw_len > 2 * limit else None)


def cap_text(article: Article, max_chars: int, *, raw_len: int | None = None) -> Article:
    """Cut an over-long cleaned text before NLP, preferring a paragraph break, then a space.

    Runs before any span exists, so nothing points past the cut; the id is recomputed from
    the kept text so a re-run of the same input gets the same id. `raw_len`: the input was
    already cut before cleaning (from this many characters), so warn even if no cut is left.
    """
    text = article.text
    if len(text) <= max_chars and raw_len is None:
        return article
    if len(text) > max_chars:
        article.text = text[:_cut_point(text, max_chars)].rstrip()
        article.id = article_id(article.text)
    whole = f"an input of {raw_len}" if raw_len else f"{len(text)}"
    article.warnings.append(f"text cut at {len(article.text)} of {whole} characters before analysis "
                            "(DATELINE_MAX_ARTICLE_CHARS)")
    return article


def _cut_point(text: str, max_chars: int) -> int:
    """Where to cut `text` to at most max_chars: a paragraph break, else a space, in the
    second half of the allowance; else exactly at max_chars."""
    cut = text.rfind("\n\n", 0, max_chars + 1)
    if cut < max_chars // 2:
        cut = text.rfind(" ", 0, max_chars + 1)
    return cut if cut >= max_chars // 2 else max_chars


class _Timeout(BaseException):
    """Raised into the worker when its time is up. A BaseException, so that a stage's
    `except Exception` cannot swallow it; turned into a LimitError by `article_time_limit`."""


class article_time_limit:
    """`with article_time_limit(seconds, origin):` raises LimitError when the block outlives `seconds`.

    In the main thread (a CLI run, a multiprocessing worker) a real-time itimer (SIGALRM)
    interrupts even a long spaCy call between two Python steps. Elsewhere (a Dask worker
    thread, a web server's thread pool) signals cannot be used, so a watchdog thread raises
    the timeout into the worker with PyThreadState_SetAsyncExc: it takes effect at the next
    Python bytecode, which covers runaway stage code but not one long C call. Nested use
    is harmless: an inner limit under a running SIGALRM timer does nothing.
    """

    def __init__(self, seconds: float | None, origin: str) -> None:
        self.seconds, self.origin = seconds, origin
        self._mode = "off"

    def __enter__(self) -> "article_time_limit":
        if not self.seconds or self.seconds <= 0:
            return self
        try:
            if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
                self._arm_alarm()
            else:
                self._arm_watchdog()
        except _Timeout:  # a tiny limit ran out before the block even started
            self.__exit__(_Timeout, None, None)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> bool:
        mode, self._mode = self._mode, "off"  # first: from here on a late alarm does nothing
        try:
            self._disarm(mode)
        except _Timeout:  # the watchdog's shot landed while we were disarming: the work was done
            pass
        if kind is not None and issubclass(kind, _Timeout):
            raise LimitError(f"analysis took over {self.seconds:g} s, the per-article limit "
                             "(raise DATELINE_MAX_ARTICLE_SECONDS to allow more)", source=self.origin) from None
        return False

    def _arm_alarm(self) -> None:
        if signal.getitimer(signal.ITIMER_REAL)[0] > 0:  # someone else's timer runs: leave it alone
            log.debug("an interval timer is already set; per-article time limit not enforced")
            return
        self._old_handler = signal.signal(signal.SIGALRM, self._on_alarm)
        self._mode = "alarm"
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def _arm_watchdog(self) -> None:
        self._lock, self._live, self._fired = threading.Lock(), True, False
        self._tid = threading.get_ident()
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True
        self._mode = "watchdog"
        self._timer.start()

    def _on_alarm(self, signum: int, frame: Any) -> None:
        if self._mode == "alarm":
            raise _Timeout

    def _fire(self) -> None:
        with self._lock:
            if self._live:
                self._fired = True
                _set_async_exc(self._tid, _Timeout)

    def _disarm(self, mode: str) -> None:
        if mode == "alarm":
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old_handler)
        elif mode == "watchdog":
            self._timer.cancel()
            with self._lock:
                self._live = False
                fired = self._fired
            if fired:  # fired but maybe not yet delivered: withdraw it
                _set_async_exc(self._tid, None)


def _set_async_exc(tid: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(exc) if exc else None)
