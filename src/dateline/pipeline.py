"""The pipeline: ingest -> clean -> NLP -> resolve -> events, as named stages run in order.

A stage is a pure function `stage(doc, article) -> list[...]` that reads the spaCy Doc of
`article.text` and what earlier stages put on the article, and returns its own spans; the
pipeline stores them on the article under the stage's name. Stages never edit `text`.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from dateline import __version__
from dateline.clean import clean_document
from dateline.errors import DatelineError
from dateline.ingest.document import RawDocument
from dateline.model import Article, check_offsets
from dateline.nlp import load_nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: (article field, "module:function"), in the order they run.
STAGES: list[tuple[str, str]] = [
    ("entities", "dateline.resolve.entities:resolve_entities"),
    ("quotes", "dateline.extract.quotes:find_quotes"),
]

#: Bumped whenever a stage's output can change, so stored articles get re-processed.
PIPELINE_VERSION = f"{__version__}+1"


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

    def __init__(self, nlp: Any | None = None, stages: list[tuple[str, str]] | None = None) -> None:
        self.nlp = nlp or load_nlp()
        self.stages = [(name, _load_stage(ref)) for name, ref in (stages or STAGES)]

    def process(self, raw: RawDocument, *, published: str | None = None) -> Article:
        article = clean_document(raw, published=published)
        return self.annotate(article, self.nlp(article.text))

    def annotate(self, article: Article, doc: "Doc") -> Article:
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
        """Stream articles (or Failures when on_error="skip") in input order, in batches."""
        batch: list[Article | Failure] = []
        for raw in raws:
            try:
                batch.append(clean_document(raw, published=published))
            except DatelineError as exc:
                if on_error == "raise":
                    raise
                batch.append(Failure(raw.origin, str(exc)))
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article | Failure]) -> Iterator[Article | Failure]:
        arts = [a for a in batch if isinstance(a, Article)]
        docs = iter(self.nlp.pipe([a.text for a in arts]))
        for item in batch:
            yield self.annotate(item, next(docs)) if isinstance(item, Article) else item
