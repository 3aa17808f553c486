"""The unit of work every runner (in-process, process pool, Dask worker) executes.

A work item is a chunk of *cleaned* articles: the main process reads and cleans inputs
(cheap) and skips what is already stored, so workers only do what is expensive: one
batched `nlp.pipe` over the chunk and the dateline stages. Chunks amortise inter-process
traffic and let spaCy batch. A crash while annotating one article fails that article only.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dateline.model import Article

#: (article field, stage function) pairs, as `Pipeline.stages` holds them. Module-level
#: functions pickle by reference, so a worker rebuilds exactly the caller's stages.
StageList = tuple[tuple[str, Callable[..., Any]], ...]

#: spaCy's batch inside one chunk.
NLP_BATCH = 32


@dataclass
class Outcome:
    """What one article gave: the annotated article, or the one-line reason it failed.

    Across processes the article travels without its text (`strip_text`): the sender
    still holds it, so only the annotations cross the pipe.
    """

    article: Article | None = None
    error: str | None = None


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


def clean_one(raw: Any, *, published: str | None, min_words: int) -> Article | str:
    """A RawDocument -> its cleaned Article, or the one-line reason it is not an article.
    The same rule wherever cleaning runs (the ingest process, or a Dask worker)."""
    from dateline.clean import clean_document
    from dateline.errors import DatelineError

    try:
        art = clean_document(raw, published=published)
    except DatelineError as exc:
        return str(exc)
    except Exception as exc:  # a cleaner bug must not end a batch of thousands
        return f"could not clean ({type(exc).__name__}: {one_line(exc)})"
    words = len(art.text.split())
    if words < min_words:
        return f"no article text: {words} words, fewer than {min_words}"
    return art


def annotate_chunk(pipeline: Any, articles: Sequence[Article], *, batch_size: int = NLP_BATCH) -> list[Outcome]:
    """Run spaCy once over the chunk (batched) and the stages over each article.

    If `nlp.pipe` itself raises, each article is parsed alone so that only the one that
    triggers the bug fails; a stage crash fails only its article.
    """
    try:
        docs: list[Any] | None = list(pipeline.nlp.pipe([a.text for a in articles], batch_size=batch_size))
    except Exception:
        docs = None
    out: list[Outcome] = []
    for i, art in enumerate(articles):
        try:
            doc = docs[i] if docs is not None else pipeline.nlp(art.text)
            out.append(Outcome(article=pipeline.annotate(art, doc)))
        except Exception as exc:  # a stage bug must not end a batch of thousands
            out.append(Outcome(error=f"pipeline error ({type(exc).__name__}: {one_line(exc)})"))
    return out


def strip_text(outcomes: list[Outcome]) -> list[Outcome]:
    """Drop the (sender-held) text before results cross a process boundary."""
    for o in outcomes:
        if o.article is not None:
            o.article.text = ""
    return outcomes


def restore_text(outcomes: list[Outcome], sent: Sequence[Article]) -> list[Outcome]:
    for o, art in zip(outcomes, sent):
        if o.article is not None and not o.article.text:
            o.article.text = art.text
    return outcomes


_PIPELINES: dict[StageList | None, Any] = {}


def worker_pipeline(stages: StageList | None) -> Any:
    """This process's pipeline for `stages` (None: the default one), built once: one spaCy
    model per worker process, whatever the number of chunks it runs."""
    pipe = _PIPELINES.get(stages)
    if pipe is None:
        from dateline.api import load_pipeline

        pipe = load_pipeline()
        if stages is not None and tuple(pipe.stages) != stages:
            from dateline.pipeline import Pipeline

            pipe = Pipeline(nlp=pipe.nlp)  # same model, the caller's stages
            pipe.stages = list(stages)
        _PIPELINES[stages] = pipe
    return pipe


def stages_of(pipeline: Any) -> StageList | None:
    """The picklable stage list of a caller's pipeline (None when it is the default)."""
    if pipeline is None:
        return None
    return tuple((name, fn) for name, fn in pipeline.stages)
