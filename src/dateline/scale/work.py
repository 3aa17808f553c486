"""The unit of work every runner (in-process, process pool, Dask worker) executes.

A work item is a chunk of *cleaned* articles: the main process reads and cleans inputs
(cheap) and skips what is already stored, so workers only do what is expensive: one
batched `nlp.pipe` over the chunk and the dateline stages, under the per-article limits.
Chunks amortise inter-process traffic and let spaCy batch. A crash or a timeout while
annotating one article fails that article only.
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
    """spaCy once over the chunk (batched: 14% less CPU than one by one on news wires), then
    the stages over each article, each under the per-article time limit.

    The batched parse runs under the chunk's summed time limit; if it runs over, or spaCy
    itself raises, every article is redone alone (Pipeline.analyse), so that only the one
    at fault fails and its error names it. A stage crash fails only its article.
    """
    from dateline.errors import DatelineError
    from dateline.pipeline import article_time_limit, cap_text

    limits = pipeline.limits
    for art in articles:
        cap_text(art, min(limits.max_article_chars, pipeline.nlp.max_length))
    docs: list[Any] | None
    try:
        with article_time_limit(limits.max_article_seconds * max(1, len(articles)), "chunk"):
            docs = list(pipeline.nlp.pipe([a.text for a in articles], batch_size=batch_size))
    except Exception:
        docs = None
    out: list[Outcome] = []
    for i, art in enumerate(articles):
        origin = art.source.path or art.source.url or art.id
        try:
            if docs is None:
                out.append(Outcome(article=pipeline.analyse(art, origin=origin)))
            else:
                with article_time_limit(limits.max_article_seconds, origin):
                    out.append(Outcome(article=pipeline.annotate(art, docs[i])))
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


#: A short article of our own that reaches every lazily built table: the gazetteers (a
#: dateline city, countries, demonyms), the cue lexicon, the time rules, the event dictionary.
_WARM_TEXT = (
    "Talks resume in Geneva\n\n"
    "GENEVA, March 3 (Reuters) - Kenya's foreign minister said on Monday that talks with "
    "Ugandan officials would resume next week in Geneva. \"We are ready to sign,\" she told "
    "reporters, and the government condemned the attack on a border post in Busia.\n"
)


def warm_worker(stages: StageList | None = None) -> Any:
    """Load this process's pipeline and run it once, so that everything built on first use
    (model, gazetteers, lexicons, compiled rules) is ready before the first real article.

    Run in the forkserver before it forks workers (`scale.preload`), this is paid once for
    all workers instead of once per worker, on a core the workers do not yet need."""
    from dateline.model import Article, Source
    from dateline.resolve import countries, places

    pipe = worker_pipeline(stages)
    places._gazetteer()
    countries._table()
    # The stages only: pool workers never clean (the parent does), so the cleaner's word
    # frequencies need not be loaded here.
    art = Article(text=_WARM_TEXT, source=Source("text"), published="2020-03-03")
    pipe.annotate(art, pipe.nlp(art.text))
    return pipe


def worker_state() -> dict[str, Any]:
    """What this worker process started with (for tests and `--verbose` diagnostics): whether
    the forkserver preloaded the pipeline, and how many objects it froze."""
    import gc
    import os
    import sys

    return {"pid": os.getpid(), "preloaded": "dateline.scale.preload" in sys.modules,
            "pipeline_ready": None in _PIPELINES, "frozen": gc.get_freeze_count(),
            "gc_threshold": gc.get_threshold()}


def stages_of(pipeline: Any) -> StageList | None:
    """The picklable stage list of a caller's pipeline (None when it is the default)."""
    if pipeline is None:
        return None
    return tuple((name, fn) for name, fn in pipeline.stages)
