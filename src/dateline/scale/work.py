"""The unit of work every runner (in-process, process pool, Dask worker) executes.

A work item is a chunk of *cleaned* articles: the main process reads and cleans inputs
(cheap) and skips what is already stored, so workers only do what is expensive: spaCy
and the dateline stages, article by article under the per-article limits. Chunks amortise
inter-process traffic. A crash or a timeout while annotating one article fails that article only.
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
    from dateline.errors import DatelineError
    from dateline.ingest.limits import current_limits
    from dateline.pipeline import article_time_limit, prepare_document

    limits = current_limits()
    try:
        # The same cleaning, length cap and time limit as Pipeline.process, so the id checked
        # against the store is the id that gets stored.
        with article_time_limit(limits.max_article_seconds, raw.origin):
            art = prepare_document(raw, published=published, limits=limits)
    except DatelineError as exc:
        return str(exc)
    except Exception as exc:  # a cleaner bug must not end a batch of thousands
        return f"could not clean ({type(exc).__name__}: {one_line(exc)})"
    words = len(art.text.split())
    if words < min_words:
        return f"no article text: {words} words, fewer than {min_words}"
    return art


def annotate_chunk(pipeline: Any, articles: Sequence[Article], *, batch_size: int = NLP_BATCH) -> list[Outcome]:
    """NLP and the stages over each article of the chunk, each under the per-article limits.

    One article at a time (Pipeline.analyse): a time limit can then name the article that ran
    over and spare the rest, and with the small CPU model spaCy's batching buys nothing
    measurable. A stage crash fails only its article. `batch_size` is kept for callers.
    """
    from dateline.errors import DatelineError

    out: list[Outcome] = []
    for art in articles:
        try:
            out.append(Outcome(article=pipeline.analyse(art, origin=art.source.path or art.source.url)))
        except DatelineError as exc:
            out.append(Outcome(error=str(exc)))
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
